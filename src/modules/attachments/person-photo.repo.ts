import type { Tx } from '../../db/db.ts';

export interface PersonPhotoRow {
  id: string;
  person_id: string;
  agency_id: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: Date;
}

const columns = 'id, person_id, agency_id, media_type, size_bytes, sha256, uploaded_by, created_at';

export async function insertPersonPhoto(
  tx: Tx,
  row: Omit<PersonPhotoRow, 'created_at'>,
): Promise<PersonPhotoRow> {
  const [inserted] = await tx.query<PersonPhotoRow>(
    `insert into person_photo (id, person_id, agency_id, media_type, size_bytes, sha256, uploaded_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning ${columns}`,
    [row.id, row.person_id, row.agency_id, row.media_type, row.size_bytes, row.sha256, row.uploaded_by],
  );
  if (!inserted) throw new Error('person photo insert returned no row');
  return inserted;
}

/** The person's photo in use: the newest. */
export async function findCurrentPersonPhoto(tx: Tx, personId: string): Promise<PersonPhotoRow | undefined> {
  const [row] = await tx.query<PersonPhotoRow>(
    `select ${columns} from person_photo where person_id = $1 order by created_at desc, id desc limit 1`,
    [personId],
  );
  return row;
}
