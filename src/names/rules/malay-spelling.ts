/**
 * Malaysian spellings beside Indonesian ones (the 1972 joint spelling left these apart): Malaysian
 * "sh" is Indonesian "sy" (Aishah/Aisyah, Shafiq/Syafiq, Shahrul/Syahrul, Sharifah/Syarifah).
 * Rewritten to the Indonesian spelling as an extra matching key, never a replacement of what was
 * written. A final "h" dropped (Aisyah/Aisya, Fatimah/Fatima) is read by the romanisation skeleton.
 */
export const malaySpellingRules: readonly (readonly [malaysian: string, indonesian: string])[] = [
  ['sh', 'sy'],
];
