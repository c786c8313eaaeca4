import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface AttachmentRow {
  id: string;
  case_id: string;
  agency_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: Date;
}

const columns = 'id, case_id, agency_id, file_name, media_type, size_bytes, sha256, uploaded_by, created_at';

export async function insertAttachment(
  tx: Tx,
  row: Omit<AttachmentRow, 'created_at' | 'uploaded_by'> & { uploadedBy: string },
): Promise<AttachmentRow> {
  const [inserted] = await tx.query<AttachmentRow>(
    `insert into case_attachment (id, case_id, agency_id, file_name, media_type, size_bytes, sha256, uploaded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${columns}`,
    [
      row.id,
      row.case_id,
      row.agency_id,
      row.file_name,
      row.media_type,
      row.size_bytes,
      row.sha256,
      row.uploadedBy,
    ],
  );
  if (!inserted) throw new Error('attachment insert returned no row');
  return inserted;
}

export async function requireAttachment(tx: Tx, id: string): Promise<AttachmentRow> {
  const [row] = await tx.query<AttachmentRow>(`select ${columns} from case_attachment where id = $1`, [id]);
  if (!row) throw new NotFoundError('attachment');
  return row;
}

export function listAttachments(tx: Tx, caseId: string): Promise<AttachmentRow[]> {
  return tx.query<AttachmentRow>(
    `select ${columns} from case_attachment where case_id = $1 order by created_at, id`,
    [caseId],
  );
}
