import type { Keyring } from '../../crypto/keyring.ts';
import type { Queryable, Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError } from '../../shared/errors.ts';
import { type ApprovalRow, requestApproval } from '../approvals/index.ts';
import { recordCaseEvent } from '../cases/index.ts';
import type { PersonRow } from '../persons/index.ts';
import { LegalHoldError } from './erasure.errors.ts';
import { casesOnLegalHold } from './retention.job.ts';

/** A case of the person in one agency, as erasure needs to see it. */
export interface PersonCase {
  readonly id: string;
  readonly status: string;
  readonly anonymised: boolean;
  /** Whether it is the person's own case (they are its victim or presumed victim), not another's they appear in. */
  readonly own: boolean;
}

/** The roles that make a case the person's own; as a witness, family or guardian they are in someone else's. */
const ownRoles = ['presumed_victim', 'victim'];

/**
 * Every case of the agency the person appears in (in any role), as any record of theirs: the
 * records merged with theirs in the agency (decision 0029: the same person, kept as two records)
 * count as theirs, so that erasing her does not leave her duplicate behind (decision 0042). Read in
 * the caller's transaction: under the agency's row-level security for a request, as the platform
 * (with the agency named) in the erasure job.
 */
export function casesOfPerson(
  queryable: Queryable,
  personId: string,
  agencyId: string,
): Promise<PersonCase[]> {
  return queryable.query<PersonCase>(
    `with recursive records (person_id, depth) as (
       select lindung_person_master($1), 0
       union all
       select m.merged_id, records.depth + 1
         from records join person_merge m on m.survivor_id = records.person_id and m.undone_at is null
        where records.depth < 100
     )
     select c.id, c.status, c.anonymised_at is not null as anonymised,
            exists (select 1 from case_person cp
                     where cp.case_id = c.id and cp.person_id in (select person_id from records)
                       and cp.role = any ($3::text[])) as own
       from case_file c
      where c.agency_id = $2
        and exists (select 1 from case_person cp
                     where cp.case_id = c.id and cp.person_id in (select person_id from records))
      order by c.closed_at desc nulls first, c.id`,
    [personId, agencyId, ownRoles],
  );
}

/**
 * Of a person's cases, those an erasure of the person erases: every one not yet anonymised, which
 * must all be their own (not someone else's they appear in), closed and free of a legal hold.
 * Throws the reason otherwise (409).
 */
export async function casesToEraseForPerson(
  tx: Queryable,
  personId: string,
  agencyId: string,
): Promise<string[]> {
  const cases = await casesOfPerson(tx, personId, agencyId);
  const remaining = cases.filter((found) => !found.anonymised);
  if (cases.length === 0) {
    throw new ConflictError(
      'person_without_case',
      'The person is in no case of your agency: there is nothing to erase.',
    );
  }
  if (remaining.length === 0) {
    throw new ConflictError('person_anonymised', "The person's personal data was already erased.");
  }
  // Erasing a witness must not erase the victim's case they appear in.
  if (remaining.some((found) => !found.own)) {
    throw new ConflictError(
      'person_in_other_case',
      "The person also appears in someone else's case (as a witness, family or guardian): that case is not theirs to erase.",
    );
  }
  if (remaining.some((found) => found.status !== 'closed')) {
    throw new ConflictError(
      'person_case_open',
      "Close every case of this person before asking for the person's erasure.",
    );
  }
  const ids = remaining.map((found) => found.id);
  if ((await casesOnLegalHold(tx, ids)).size > 0) throw new LegalHoldError();
  return ids;
}

/**
 * A case worker asks, on the person's request, for everything the agency holds on a person to be
 * erased: every one of their cases (all closed, none held by a prosecution) and, with them, the
 * person. One approval, made on the person's most recently closed case and naming the person;
 * the reason is sealed. A supervisor decides, and the platform erases (erasure.job.ts).
 */
export async function requestPersonErasure(props: {
  tx: Tx;
  actor: Actor;
  keyring: Keyring;
  person: PersonRow;
  reason: string;
  requestId: string;
}): Promise<ApprovalRow> {
  const { tx, actor, person } = props;
  const caseIds = await casesToEraseForPerson(tx, person.id, actor.agencyId);
  const anchor = caseIds[0] as string;
  const approval = await requestApproval({
    tx,
    actor,
    kind: 'erasure',
    caseId: anchor,
    change: { personId: person.id, cases: caseIds.length },
    sealed: { keyring: props.keyring, change: { reason: props.reason } },
    requestId: props.requestId,
  });
  for (const caseId of caseIds) {
    await recordCaseEvent(tx, {
      caseId,
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      kind: 'case.erasure_requested',
      detail: { approvalId: approval.id, personId: person.id },
    });
  }
  return approval;
}

/** The person an erasure approval names, when it erases a person rather than one case. */
export function erasedPersonOf(approval: { change: Record<string, unknown> }): string | undefined {
  const personId = approval.change.personId;
  return typeof personId === 'string' ? personId : undefined;
}
