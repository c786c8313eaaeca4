import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { likelyMatchesElsewhere, type MatchElsewhere } from '../linkage/index.ts';

/**
 * Before a person is erased on their request, the likely matches other agencies hold of them (the
 * linkage model across agencies): found while the person's names still exist (decision 0042).
 */
export function matchesToNotice(tx: Tx, personId: string): Promise<MatchElsewhere[]> {
  return likelyMatchesElsewhere(tx, personId);
}

/**
 * Leaves each other agency holding a likely match a notice on its own person that a person who may
 * be this one had their data erased on their request; each agency then asks for its own person's
 * erasure under its own approval, or not. Audited per notice as the platform, counts and ids only.
 * Runs as the platform in the erasure job, after the person was erased.
 */
export async function noticeOtherAgencies(
  tx: Tx,
  matches: readonly MatchElsewhere[],
  cause: { approvalId: string; agencyId: string },
): Promise<number> {
  let made = 0;
  for (const match of matches) {
    const rows = await tx.query<{ id: string }>(
      `insert into erasure_notice (agency_id, person_id, probability, approval_id)
       values ($1, $2, $3, $4) on conflict do nothing returning id`,
      [match.agencyId, match.personId, match.probability, cause.approvalId],
    );
    const id = rows[0]?.id;
    if (!id) continue;
    made += 1;
    await recordAudit(tx, {
      actorUserId: null,
      agencyId: match.agencyId,
      action: 'erasure_notice.create',
      subject: { type: 'person', id: match.personId },
      detail: { noticeId: id, approvalId: cause.approvalId, fromAgencyId: cause.agencyId },
    });
  }
  return made;
}

export interface ErasureNoticeRow {
  id: string;
  person_id: string;
  probability: number;
  noticed_at: Date;
  /** Whether the agency's own person was erased since, or an erasure of them is waiting for approval. */
  handled: boolean;
}

/** The acting agency's notices, newest first (row-level security keeps them to the agency's case workers). */
export function listErasureNotices(
  tx: Tx,
  filter: { after?: [string, string] | undefined; limit: number },
): Promise<ErasureNoticeRow[]> {
  return tx.query<ErasureNoticeRow>(
    `select n.id, n.person_id, n.probability, n.noticed_at,
            (p.anonymised_at is not null
              or exists (select 1 from approval_request a
                          where a.kind = 'erasure' and a.status in ('pending', 'approved')
                            and a.change ->> 'personId' = n.person_id::text)) as handled
       from erasure_notice n join person p on p.id = n.person_id
      where ($1::timestamptz is null or (n.noticed_at, n.id) < ($1::timestamptz, $2::uuid))
      order by n.noticed_at desc, n.id desc
      limit $3`,
    [filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1],
  );
}
