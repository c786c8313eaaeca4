import { auditCommand, recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { likelyMatchesElsewhere, type MatchElsewhere } from '../linkage/index.ts';

/** Why a notice was made: a person's erasure on her request (an approval), or a case past retention. */
export type NoticeCause =
  | { readonly kind: 'request'; readonly approvalId: string; readonly agencyId: string }
  | { readonly kind: 'retention'; readonly caseId: string; readonly agencyId: string };

/**
 * Before a person is erased on their request, the likely matches other agencies hold of them (the
 * linkage model across agencies): found while the person's names still exist (decision 0042).
 */
export function matchesToNotice(tx: Tx, personId: string): Promise<MatchElsewhere[]> {
  return likelyMatchesElsewhere(tx, personId);
}

/** A person of a case past retention, her likely matches in the agencies she was referred to from it. */
export interface ReferredMatches {
  readonly personId: string;
  readonly caseId: string;
  readonly agencyId: string;
  readonly matches: readonly MatchElsewhere[];
}

/**
 * Before the retention job anonymises these cases: for each of the persons it anonymises who was
 * referred from one of them, the likely matches held by the agencies she was referred to — and
 * only those, since they are the agencies that received her data from this record (decision
 * 0049). Found while her names exist. A person the job keeps (she has a case still open) is not
 * scored: nothing is noticed of her, and her record is not compared across agencies for nothing.
 */
export async function referredMatchesToNotice(
  tx: Tx,
  caseIds: readonly string[],
  anonymisedPersonIds: readonly string[],
): Promise<ReferredMatches[]> {
  if (caseIds.length === 0 || anonymisedPersonIds.length === 0) return [];
  const referred = await tx.query<{ person_id: string; case_id: string; agency_id: string; to: string[] }>(
    `select r.person_id, min(r.case_id::text)::uuid as case_id, min(c.agency_id::text)::uuid as agency_id,
            array_agg(distinct r.to_agency_id) as to
       from referral r join case_file c on c.id = r.case_id
      where r.case_id = any ($1::uuid[]) and r.person_id = any ($2::uuid[])
      group by r.person_id`,
    [caseIds, anonymisedPersonIds],
  );
  const found: ReferredMatches[] = [];
  for (const row of referred) {
    const matches = (await likelyMatchesElsewhere(tx, row.person_id)).filter((match) =>
      row.to.includes(match.agencyId),
    );
    if (matches.length > 0) {
      found.push({ personId: row.person_id, caseId: row.case_id, agencyId: row.agency_id, matches });
    }
  }
  return found;
}

/**
 * Leaves each other agency holding a likely match a notice on its own person that a person who may
 * be this one had their data erased (on their request, or at the end of a retention period); each
 * agency then asks for its own person's erasure under its own approval, or not. Audited per notice
 * as the platform, counts and ids only. Runs as the platform, after the person was erased.
 */
export async function noticeOtherAgencies(
  tx: Tx,
  matches: readonly MatchElsewhere[],
  cause: NoticeCause,
): Promise<number> {
  const source = cause.kind === 'request' ? cause.approvalId : cause.caseId;
  let made = 0;
  for (const match of matches) {
    const rows = await tx.query<{ id: string }>(
      `insert into erasure_notice (agency_id, person_id, probability, cause, approval_id, anonymised_case_id)
       values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning id`,
      [
        match.agencyId,
        match.personId,
        match.probability,
        cause.kind,
        cause.kind === 'request' ? source : null,
        cause.kind === 'retention' ? source : null,
      ],
    );
    const id = rows[0]?.id;
    if (!id) continue;
    made += 1;
    await recordAudit(tx, {
      actorUserId: null,
      agencyId: match.agencyId,
      action: 'erasure_notice.create',
      subject: { type: 'person', id: match.personId },
      detail: {
        noticeId: id,
        cause: cause.kind,
        ...(cause.kind === 'request' ? { approvalId: source } : { caseId: source }),
        fromAgencyId: cause.agencyId,
      },
    });
  }
  return made;
}

export interface ErasureNoticeRow {
  id: string;
  agency_id: string;
  person_id: string;
  probability: number;
  cause: NoticeCause['kind'];
  noticed_at: Date;
  /** Whether the agency's own person was erased since, or an erasure of them is waiting for approval. */
  handled: boolean;
  acknowledged_at: Date | null;
}

const noticeColumns = `n.id, n.agency_id, n.person_id, n.probability, n.cause, n.noticed_at, n.acknowledged_at,
  (p.anonymised_at is not null
    or exists (select 1 from approval_request a
                where a.kind = 'erasure' and a.status in ('pending', 'approved')
                  and a.change ->> 'personId' = n.person_id::text)) as handled`;

/** The acting agency's notices, newest first (row-level security keeps them to the agency's case workers). */
export function listErasureNotices(
  tx: Tx,
  filter: { after?: [string, string] | undefined; limit: number },
): Promise<ErasureNoticeRow[]> {
  return tx.query<ErasureNoticeRow>(
    `select ${noticeColumns}
       from erasure_notice n join person p on p.id = n.person_id
      where ($1::timestamptz is null or (n.noticed_at, n.id) < ($1::timestamptz, $2::uuid))
      order by n.noticed_at desc, n.id desc
      limit $3`,
    [filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1],
  );
}

/** One of the notices this agency's case worker may read, or not found (row-level security decides). */
export async function requireErasureNotice(tx: Tx, noticeId: string): Promise<ErasureNoticeRow> {
  const [notice] = await tx.query<ErasureNoticeRow>(
    `select ${noticeColumns} from erasure_notice n join person p on p.id = n.person_id where n.id = $1`,
    [noticeId],
  );
  if (!notice) throw new NotFoundError('erasure_notice');
  return notice;
}

/**
 * Acknowledges one of the agency's notices: its case workers have looked at their own person.
 * The first acknowledgement is kept (who, when) and audited; acknowledging again changes nothing.
 */
export async function acknowledgeErasureNotice(props: {
  tx: Tx;
  actor: Actor;
  notice: ErasureNoticeRow;
  requestId: string;
}): Promise<ErasureNoticeRow> {
  const { tx, actor, notice } = props;
  if (notice.acknowledged_at) return notice;
  const changed = await tx.query<{ id: string }>(
    `update erasure_notice set acknowledged_at = now(), acknowledged_by = $2
      where id = $1 and acknowledged_at is null returning id`,
    [notice.id, actor.userId],
  );
  if (changed.length > 0) {
    await auditCommand(
      props,
      'erasure_notice.acknowledge',
      { type: 'person', id: notice.person_id },
      {
        noticeId: notice.id,
      },
    );
  }
  return requireErasureNotice(tx, notice.id);
}
