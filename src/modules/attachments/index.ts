// The file store and upload/download helpers, for other modules' evidence (action-plan reports).
export { cleanFileName } from './attachment.commands.ts';
export { registerAttachmentRoutes } from './attachment.routes.ts';
export { loadAttachment, removeAttachmentFile, sha256Of, storeAttachment } from './attachment.store.ts';
export { maxAttachmentBytes, sniffMediaType } from './attachment.types.ts';
export { readUploadedFile, sendAsDownload } from './file-transfer.ts';
export {
  defaultOrphanGraceMs,
  type OrphanSweepReport,
  orphanSweepHandler,
  orphanSweepJob,
  scheduleOrphanSweep,
  sweepOrphanFiles,
} from './orphan-files.ts';
