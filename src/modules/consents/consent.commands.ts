import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { type PackCode, packForAgency } from '../../jurisdictions/index.ts';
import type { Actor } from '../../policy/policy.ts';
import {
  ConflictError,
  dateInFuture,
  type FieldProblem,
  RuleViolationError,
  ValidationError,
} from '../../shared/errors.ts';
import { agencyToday, findAgency } from '../agencies/index.ts';
import { recordPersonCaseEvent } from '../cases/index.ts';
import { checkNotBeforeBirth, requirePerson } from '../persons/index.ts';
import { ageBoundsOn, type BirthOnRecord } from '../screening/index.ts';
import {
  type ConsentRow,
  insertConsent,
  listConsentsOfPerson,
  markWithdrawn,
  requireConsent,
} from './consent.repo.ts';
import type { RecordConsent } from './consent.schema.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

/**
 * What the schema cannot know: today's date in the agency's time zone, which agencies exist, and
 * that none of them is the consenting agency itself.
 */
async function checkConsent(tx: Tx, actor: Actor, consent: RecordConsent): Promise<void> {
  const problems: FieldProblem[] = [];
  if (consent.givenOn > (await agencyToday(tx, actor.agencyId))) {
    problems.push(dateInFuture('givenOn'));
  }
  for (const [index, id] of consent.recipientAgencyIds.entries()) {
    if (id === actor.agencyId) {
      // The agency holds the data already: naming itself would read as a share that is none.
      problems.push({
        code: 'agency_is_own',
        field: `recipientAgencyIds.${index}`,
        message: 'is your own agency: a consent names the agencies the data goes to',
      });
    } else if (!(await findAgency(tx, id))) {
      problems.push({
        code: 'agency_not_in_directory',
        field: `recipientAgencyIds.${index}`,
        message: 'is not an agency of the directory',
      });
    }
  }
  if (problems.length > 0) throw new ValidationError(problems);
}

/**
 * A person certainly under the age of consent of the agency's jurisdiction on the day consent was
 * given (by a recorded birth date or year; an estimated or uncertain age is not refused) consents
 * through a named guardian, or the officer records why the person consented themselves (422
 * `guardian_required` on `method`; decision 0072). The age bounds are the screening's.
 */
async function checkConsentAge(
  tx: Tx,
  actor: Actor,
  props: { person: BirthOnRecord; consent: RecordConsent; deployment: PackCode },
): Promise<void> {
  const { consent } = props;
  if (consent.method === 'guardian' || consent.ownConsentReason) return;
  const agency = await findAgency(tx, actor.agencyId);
  const { consentAge } = packForAgency({ country: agency?.country ?? '' }, props.deployment);
  const bounds = ageBoundsOn(props.person, consent.givenOn);
  if (!bounds || bounds.max >= consentAge) return;
  throw new RuleViolationError(
    'guardian_required',
    `The person was under ${consentAge} on ${consent.givenOn}: a guardian consents (method guardian, guardianName), or say why the person consented themselves (ownConsentReason).`,
    [
      {
        code: 'guardian_required',
        field: 'method',
        message: `must be guardian for a person under ${consentAge}, unless ownConsentReason says why not`,
      },
    ],
  );
}

/**
 * Records what a person this agency may see agreed to: which agencies (by id, or by type and
 * country) may receive which categories of their data, for which purposes, how the consent was
 * given (written, verbal, or by a named guardian), from when (not before the person's earliest
 * possible birth, nor in the future) and until when. A consent is never
 * changed afterwards; a new scope is a new consent, and the old one can be withdrawn.
 */
export async function recordConsent(
  props: CommandProps & { personId: string; consent: RecordConsent; deployment: PackCode },
): Promise<ConsentRow> {
  const { tx, actor, consent } = props;
  const person = await requirePerson(tx, props.personId);
  await checkConsent(tx, actor, consent);
  await checkNotBeforeBirth(tx, person.id, 'givenOn', consent.givenOn);
  await checkConsentAge(tx, actor, { person, consent, deployment: props.deployment });
  const id = await insertConsent(tx, {
    agencyId: actor.agencyId,
    personId: person.id,
    recipientAgencyIds: consent.recipientAgencyIds,
    recipientAgencyTypes: consent.recipientAgencyTypes,
    recipientCountry: consent.recipientCountry ?? null,
    purposes: consent.purposes,
    dataCategories: consent.dataCategories,
    method: consent.method,
    guardianName: consent.guardianName ?? null,
    ownConsentReason: consent.ownConsentReason ?? null,
    givenOn: consent.givenOn,
    expiresOn: consent.expiresOn ?? null,
    recordedBy: actor.userId,
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'consent.record',
    subject: { type: 'consent', id },
    requestId: props.requestId,
    detail: {
      personId: person.id,
      purposes: consent.purposes,
      dataCategories: consent.dataCategories,
      method: consent.method,
    },
  });
  await recordPersonCaseEvent(tx, {
    personId: person.id,
    agencyId: actor.agencyId,
    actorUserId: actor.userId,
    kind: 'consent.recorded',
    detail: { consentId: id, personId: person.id },
  });
  return requireConsent(tx, id);
}

/** The consents this agency recorded for a person it may see (404 for one it may not), audited. */
export async function listConsents(props: CommandProps & { personId: string }): Promise<ConsentRow[]> {
  const person = await requirePerson(props.tx, props.personId);
  const rows = await listConsentsOfPerson(props.tx, person.id);
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'consent.list',
    subject: { type: 'person', id: person.id },
    requestId: props.requestId,
    detail: { results: rows.length },
  });
  return rows;
}

/**
 * Withdraws a consent, with effect from this moment: every referral that relies on it stops
 * showing shared data on its next read, because the database checks the consent on every read.
 * The person need not give a reason.
 */
export async function withdrawConsent(
  props: CommandProps & { consentId: string; reason?: string | undefined },
): Promise<ConsentRow> {
  const { tx, actor } = props;
  const consent = await requireConsent(tx, props.consentId);
  const withdrawn =
    consent.state !== 'withdrawn' &&
    // False too when a concurrent request withdrew it first.
    (await markWithdrawn(tx, consent.id, { userId: actor.userId, reason: props.reason ?? null }));
  if (!withdrawn) throw new ConflictError('consent_withdrawn', 'The consent has already been withdrawn.');
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'consent.withdraw',
    subject: { type: 'consent', id: consent.id },
    reason: props.reason,
    requestId: props.requestId,
    detail: { personId: consent.person_id },
  });
  // On the timeline of each of the agency's cases the person is in: referrals under it stop sharing.
  await recordPersonCaseEvent(tx, {
    personId: consent.person_id,
    agencyId: actor.agencyId,
    actorUserId: actor.userId,
    kind: 'consent.withdrawn',
    detail: { consentId: consent.id, personId: consent.person_id },
  });
  return requireConsent(tx, consent.id);
}
