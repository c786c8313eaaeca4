import path from 'node:path';
import { describeFileProblem, readEncryptedFile, writeEncryptedFile } from '../../crypto/file-cipher.ts';
import { KeyError, type Keyring } from '../../crypto/keyring.ts';

export { sha256Of } from '../../crypto/file-cipher.ts';

/*
 * Generated report files on disk as `<attachments dir>/reports/<agency>/<id>`, encrypted as
 * attachments are (src/crypto/file-cipher.ts) with the magic `LNDR1` and the report's id
 * authenticated with the content.
 */
const fileOf = (dir: string, agencyId: string, id: string) => path.join(dir, 'reports', agencyId, id);
const sealOf = (id: string) => ({ magic: 'LNDR1', aad: `report:${id}` });

export class ReportFileError extends KeyError {}

export async function storeReportFile(
  dir: string,
  keyring: Keyring,
  file: { agencyId: string; id: string; content: Buffer },
): Promise<void> {
  await writeEncryptedFile(fileOf(dir, file.agencyId, file.id), keyring, sealOf(file.id), file.content);
}

/** Reads, decrypts and checks a report file against the checksum its row recorded. */
export function loadReportFile(
  dir: string,
  keyring: Keyring,
  file: { agencyId: string; id: string; sha256: string },
): Promise<Buffer> {
  return readEncryptedFile(
    fileOf(dir, file.agencyId, file.id),
    keyring,
    { ...sealOf(file.id), sha256: file.sha256 },
    (problem) => {
      throw new ReportFileError(`report ${file.id}: ${describeFileProblem(problem)}`);
    },
  );
}
