/**
 * The key every notifications query starts with: the header's count and list, asked again when
 * one is read and when the account's language changes (the server words them in that language).
 */
export const notificationsKey = ['notifications'] as const;
