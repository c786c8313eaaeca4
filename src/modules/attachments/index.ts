export { registerAttachmentRoutes } from './attachment.routes.ts';
export { removeAttachmentFile } from './attachment.store.ts';
