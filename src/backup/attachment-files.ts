import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Queryable } from '../db/db.ts';
import { BackupFileError, BackupRefusedError } from './backup-errors.ts';
import type { BackupHeader } from './backup-header.ts';

/*
 * Attachment files (case attachments, persons' photos, evidence on action-plan reports) live on disk beside the database,
 * encrypted (see modules/attachments/attachment.store.ts). A backup carries them as they are
 * stored, still encrypted under the keyring's keys, one frame each after the tables' frames:
 *   {"file":"<agency id>/<attachment id>"}\n<the stored bytes>
 * Only files whose row is in the backup's snapshot are taken: a file written for an upload that
 * never committed is left out, and a row without its file refuses the backup.
 */

export type BackupFileEntry = NonNullable<BackupHeader['files']>[number];

const idPattern = /^[0-9a-f-]{36}$/;

/** The stored files the snapshot's rows refer to, with their sizes (read in the backup's transaction). */
export async function listAttachmentFiles(db: Queryable, attachmentsDir: string): Promise<BackupFileEntry[]> {
  const rows = await db.query<{ agencyId: string; id: string }>(
    `select agency_id::text as "agencyId", id::text as id from case_attachment
     union all
     select agency_id::text, id::text from person_photo
     union all
     select agency_id::text, id::text from action_plan_report_evidence
     order by 1, 2`,
  );
  const files: BackupFileEntry[] = [];
  for (const { agencyId, id } of rows) {
    const relative = `${agencyId}/${id}`;
    const size = await stat(path.join(attachmentsDir, agencyId, id)).then(
      (s) => s.size,
      () => {
        throw new BackupRefusedError(
          'attachment_file_missing',
          `attachment ${id} has no file in ${attachmentsDir}: set LINDUNG_ATTACHMENTS_DIR to the server's folder`,
        );
      },
    );
    files.push({ path: relative, bytes: size, sha256: '0'.repeat(64) });
  }
  return files;
}

/** One frame per file; returns each file's checksum for the header. */
export async function writeAttachmentFrames(
  attachmentsDir: string,
  files: readonly BackupFileEntry[],
  writeFrame: (frame: Buffer) => Promise<void>,
): Promise<BackupFileEntry[]> {
  const written: BackupFileEntry[] = [];
  for (const file of files) {
    const content = await readFile(path.join(attachmentsDir, file.path));
    await writeFrame(Buffer.concat([Buffer.from(`${JSON.stringify({ file: file.path })}\n`), content]));
    written.push({ path: file.path, bytes: content.length, sha256: sha256(content) });
  }
  return written;
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** Whether a frame carries a file (rather than a table's rows): its first line is an object. */
export function fileFrame(frame: Buffer): { path: string; content: Buffer } | undefined {
  if (frame[0] !== 0x7b) return undefined; // '{': table frames start with the table's name as a JSON string
  const lineEnd = frame.indexOf(0x0a);
  if (lineEnd < 0) throw new BackupFileError('backup_file_damaged', 'a file frame has no name line');
  const { file } = JSON.parse(frame.subarray(0, lineEnd).toString('utf8')) as { file?: unknown };
  const parts = typeof file === 'string' ? file.split('/') : [];
  if (parts.length !== 2 || !parts.every((part) => idPattern.test(part))) {
    throw new BackupFileError('backup_file_damaged', 'a file frame names an impossible path');
  }
  return { path: file as string, content: frame.subarray(lineEnd + 1) };
}

/** Refuses to restore files into a folder that already holds attachment files. */
export async function refuseUnlessNoFiles(attachmentsDir: string): Promise<void> {
  const entries = await readdir(attachmentsDir).catch(() => [] as string[]);
  if (entries.some((entry) => idPattern.test(entry))) {
    throw new BackupRefusedError(
      'attachments_dir_not_empty',
      `${attachmentsDir} already holds attachment files: restore into an empty folder`,
    );
  }
}

/** Writes restored files (durably, atomically) and remembers them, so that a failed restore removes them. */
export class RestoredFiles {
  readonly written: string[] = [];
  private readonly attachmentsDir: string;
  constructor(attachmentsDir: string) {
    this.attachmentsDir = attachmentsDir;
  }

  async write(file: { path: string; content: Buffer }): Promise<void> {
    const target = path.join(this.attachmentsDir, file.path);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const temporary = `${target}.restore.tmp`;
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(file.content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    this.written.push(file.path);
  }

  /** Checks the files against the header: every one there, with its size and checksum. */
  async check(expected: readonly BackupFileEntry[]): Promise<void> {
    for (const entry of expected) {
      const content = await readFile(path.join(this.attachmentsDir, entry.path)).catch(() => undefined);
      if (!content || content.length !== entry.bytes || sha256(content) !== entry.sha256) {
        throw new BackupFileError(
          'backup_file_damaged',
          `attachment file ${entry.path} was not restored whole`,
        );
      }
    }
    if (this.written.length !== expected.length) {
      throw new BackupFileError(
        'backup_file_damaged',
        'the backup holds other attachment files than its header lists',
      );
    }
  }

  async removeAll(): Promise<void> {
    for (const relative of this.written) await rm(path.join(this.attachmentsDir, relative), { force: true });
  }
}
