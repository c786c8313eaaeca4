export { createBackup } from './backup.ts';
export { BackupFileError, BackupRefusedError } from './backup-errors.ts';
export type { BackupHeader } from './backup-header.ts';
export { readCatalog } from './catalog.ts';
export { type RestoreReport, restoreBackup } from './restore.ts';
export { dumpTable, type TableDigest, useCanonicalText } from './table-dump.ts';
