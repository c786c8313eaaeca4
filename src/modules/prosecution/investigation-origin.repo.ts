import type { Tx } from '../../db/db.ts';

/** Where an investigation came from: a report by the public (what, where, when encrypted). */
export interface OriginRow {
  public_report_id: string;
  tracking_code: string;
  what: string;
  place: string;
  happened: string | null;
  who: string | null;
  reported_at: Date;
}

export async function insertOrigin(
  tx: Tx,
  origin: {
    investigationId: string;
    agencyId: string;
    reportId: string;
    trackingCode: string;
    what: string;
    place: string;
    happened: string | null;
    who: string | null;
    reportedAt: Date;
    createdBy: string;
  },
): Promise<void> {
  await tx.query(
    `insert into investigation_public_report
       (investigation_id, agency_id, public_report_id, tracking_code, what, place, happened, reported_at, created_by, who)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      origin.investigationId,
      origin.agencyId,
      origin.reportId,
      origin.trackingCode,
      origin.what,
      origin.place,
      origin.happened,
      origin.reportedAt,
      origin.createdBy,
      origin.who,
    ],
  );
}

export async function findOrigin(tx: Tx, investigationId: string): Promise<OriginRow | undefined> {
  const [row] = await tx.query<OriginRow>(
    `select public_report_id, tracking_code, what, place, happened, who, reported_at
       from investigation_public_report where investigation_id = $1`,
    [investigationId],
  );
  return row;
}
