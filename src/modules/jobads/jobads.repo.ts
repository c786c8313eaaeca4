import type { Tx } from '../../db/db.ts';

export interface InvestigationAdvertRow {
  readonly id: string;
  readonly investigation_id: string;
  readonly agency_id: string;
  readonly advert_text: string;
  readonly source: string | null;
  readonly language: string;
  readonly risk: 'low' | 'medium' | 'high';
  readonly score: string;
  readonly flags: string[];
  readonly rules_version: string;
  readonly model_version: string;
  readonly saved_by: string;
  readonly created_at: Date;
}

const columns = `id, investigation_id, agency_id, advert_text, source, language, risk, score, flags,
  rules_version, model_version, saved_by, created_at`;

export async function insertInvestigationAdvert(
  tx: Tx,
  advert: Omit<InvestigationAdvertRow, 'id' | 'created_at' | 'score'> & { score: number },
): Promise<InvestigationAdvertRow> {
  const [row] = await tx.query<InvestigationAdvertRow>(
    `insert into investigation_advert (investigation_id, agency_id, advert_text, source, language, risk, score,
       flags, rules_version, model_version, saved_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning ${columns}`,
    [
      advert.investigation_id,
      advert.agency_id,
      advert.advert_text,
      advert.source,
      advert.language,
      advert.risk,
      advert.score,
      advert.flags,
      advert.rules_version,
      advert.model_version,
      advert.saved_by,
    ],
  );
  if (!row) throw new Error('investigation advert insert returned no row');
  return row;
}

/** The adverts saved to an investigation, oldest first. */
export function listInvestigationAdverts(tx: Tx, investigationId: string): Promise<InvestigationAdvertRow[]> {
  return tx.query<InvestigationAdvertRow>(
    `select ${columns} from investigation_advert where investigation_id = $1 order by created_at, id`,
    [investigationId],
  );
}
