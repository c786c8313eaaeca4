export { registerAttachmentRoutes } from './attachment.routes.ts';
