import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { type PackCode, packForAgency } from '../../jurisdictions/index.ts';
import type { Actor } from '../../policy/policy.ts';
import {
  type AppError,
  ConflictError,
  caseClosed,
  RuleViolationError,
  ValidationError,
} from '../../shared/errors.ts';
import { requireAgency } from '../agencies/agency.repo.ts';
import {
  type ApprovalAppliers,
  type ApprovalRow,
  needsApproval,
  requestApproval,
} from '../approvals/index.ts';
import { recordCaseEvent, requireCase } from '../cases/index.ts';
import { findConsent } from '../consents/index.ts';
import {
  findBasisProblems,
  findPendingReferral,
  insertReferral,
  type ReferralRow,
  requireReferral,
} from './referral.repo.ts';
import { type CreateReferral, createReferralSchema, type ReReferral } from './referral.schema.ts';
import { responseDeadline } from './referral-deadline.ts';
import { type RecipientRequest, resolveRecipient } from './referral-recipient.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
  /** The deployment's jurisdiction: the receiving agency's own country's pack wins when one exists. */
  readonly jurisdiction: PackCode;
}

const caseClosedError = () =>
  new ConflictError('case_closed', 'The case is closed. Reopen it before referring it.', [caseClosed()]);

/** What the database found against a referral (`lindung_referral_basis_problems`), most basic first. */
/**
 * The fields of the request that named the receiver: `toAgencyId`, or the type and country it was
 * found by — a problem with the receiver names what the sender sent, never a field they did not.
 */
function recipientFields(request: RecipientRequest): readonly string[] {
  return request.toAgencyId !== undefined ? ['toAgencyId'] : ['toAgencyType', 'toCountry'];
}

const basisErrors: readonly [string, (request: RecipientRequest) => AppError][] = [
  ['case_closed', () => caseClosedError()],
  [
    'case_mismatch',
    () =>
      new ValidationError([
        {
          code: 'consent_not_of_case_person',
          field: 'consentId',
          message: 'is not the consent of a person in this case',
        },
      ]),
  ],
  [
    'consent_withdrawn',
    () =>
      new RuleViolationError('consent_not_in_force', 'The consent (consentId) was withdrawn.', [
        { code: 'consent_not_in_force', field: 'consentId', message: 'was withdrawn' },
      ]),
  ],
  [
    'consent_expired',
    () =>
      new RuleViolationError('consent_not_in_force', 'The consent (consentId) has expired.', [
        { code: 'consent_not_in_force', field: 'consentId', message: 'has expired' },
      ]),
  ],
  [
    'recipient_not_covered',
    (request) => {
      const fields = recipientFields(request);
      return new RuleViolationError(
        'consent_does_not_cover_recipient',
        `The consent does not allow sharing with the receiving agency (${fields.join(', ')}).`,
        fields.map((field) => ({
          code: 'consent_does_not_cover_recipient',
          field,
          message: 'is not an agency the consent allows sharing with',
        })),
      );
    },
  ],
  [
    'purpose_not_covered',
    () =>
      new RuleViolationError(
        'consent_does_not_cover_purpose',
        'The consent does not allow sharing for this purpose (purpose).',
        [
          {
            code: 'consent_does_not_cover_purpose',
            field: 'purpose',
            message: 'is not a purpose the consent allows',
          },
        ],
      ),
  ],
];

interface Basis {
  readonly caseId: string;
  readonly caseReference: string;
  readonly personId: string;
  readonly consentId: string;
  readonly parentReferralId: string | null;
}

/**
 * The agency a referral may go to, once the database agrees: the consent is in force and covers
 * the recipient and the purpose, and the case is open. The same function guards the insert itself.
 */
async function checkReferral(props: CommandProps & { basis: Basis; request: ReReferral }): Promise<string> {
  const { tx, actor, basis, request } = props;
  const toAgencyId = await resolveRecipient(tx, actor, request);
  const problems = await findBasisProblems(tx, {
    consentId: basis.consentId,
    caseId: basis.caseId,
    recipientId: toAgencyId,
    purpose: request.purpose,
  });
  if (problems === undefined) {
    throw new ValidationError([
      {
        code: 'consent_not_for_referral',
        field: 'consentId',
        message: 'is not a consent your agency may refer under',
      },
    ]);
  }
  for (const [problem, error] of basisErrors) if (problems.includes(problem)) throw error(request);
  const pending = await findPendingReferral(tx, {
    agencyId: actor.agencyId,
    caseId: basis.caseId,
    personId: basis.personId,
    toAgencyId,
    purpose: request.purpose,
  });
  if (pending) {
    throw new ConflictError(
      'referral_pending',
      `A referral of this person to this agency for this purpose is pending already (${pending.id}): wait for its answer, or cancel it and refer again.`,
      recipientFields(request).map((field) => ({
        code: 'referral_pending',
        field,
        message: `has referral ${pending.id} pending`,
      })),
    );
  }
  return toAgencyId;
}

/** Sends a checked referral to `toAgencyId`. */
async function insertCheckedReferral(
  props: CommandProps & { basis: Basis; request: ReReferral; toAgencyId: string },
): Promise<ReferralRow> {
  const { tx, actor, basis, request, toAgencyId } = props;
  const services = [...new Set(request.services)];
  const recipientPack = packForAgency(await requireAgency(tx, toAgencyId), props.jurisdiction);
  const id = await insertReferral(tx, {
    agencyId: actor.agencyId,
    toAgencyId,
    ...basis,
    purpose: request.purpose,
    services,
    urgency: request.urgency,
    responseDeadline: responseDeadline(request.urgency, recipientPack),
    createdBy: actor.userId,
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'referral.create',
    subject: { type: 'referral', id },
    requestId: props.requestId,
    detail: {
      caseId: basis.caseId,
      consentId: basis.consentId,
      toAgencyId,
      purpose: request.purpose,
      services,
      urgency: request.urgency,
      parentReferralId: basis.parentReferralId,
    },
  });
  return requireReferral(tx, id);
}

/** A referral sent, or — where the agency wants referrals out approved — the request for it. */
export type ReferralOutcome = { readonly referral: ReferralRow } | { readonly approval: ApprovalRow };

/**
 * Refers a person of one of this agency's open cases to another agency, under a consent the
 * agency recorded for that person: services requested, urgency (which sets the response
 * deadline), purpose. The receiving agency then sees what the consent covers, and no more.
 */
export async function createReferral(
  props: CommandProps & { referral: CreateReferral; approved?: boolean },
): Promise<ReferralOutcome> {
  const { tx, actor, referral } = props;
  const found = await requireCase(tx, referral.caseId);
  if (found.status === 'closed') throw caseClosedError();
  const consent = await findConsent(tx, referral.consentId);
  if (!consent) {
    throw new ValidationError([
      {
        code: 'consent_not_recorded_here',
        field: 'consentId',
        message: 'is not a consent your agency recorded',
      },
    ]);
  }
  // Whether the consent is of a person of the case (or of a record merged with one) is judged with
  // the rest of the basis, in the database (lindung_referral_basis_problems).
  const { caseId, consentId, ...request } = referral;
  const basis: Basis = {
    caseId,
    caseReference: found.reference,
    personId: consent.person_id,
    consentId,
    parentReferralId: null,
  };
  const toAgencyId = await checkReferral({ ...props, basis, request });
  if (!props.approved && (await needsApproval(tx, actor.agencyId, 'referral_out'))) {
    const { purpose, services, urgency } = request;
    const change = { consentId, toAgencyId, purpose, services, urgency };
    const approval = await requestApproval({ ...props, kind: 'referral_out', caseId, change });
    await recordCaseEvent(tx, {
      caseId,
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      kind: 'referral.submitted',
      detail: { approvalId: approval.id, toAgencyId, purpose },
    });
    return { approval };
  }
  return { referral: await insertCheckedReferral({ ...props, basis, request, toAgencyId }) };
}

/**
 * What an approved referral does: it is checked again (the consent may have been withdrawn while
 * it waited) and sent, by the approver.
 */
export function referralApprovalAppliers(jurisdiction: PackCode): Pick<ApprovalAppliers, 'referral_out'> {
  return {
    referral_out: async (tx, actor, approval) => {
      await createReferral({
        tx,
        actor,
        jurisdiction,
        referral: createReferralSchema.parse({ caseId: approval.case_id, ...approval.change }),
        approved: true,
        requestId: `approval:${approval.id}`,
      });
    },
  };
}

/**
 * Passes an accepted referral on to a further agency (a re-referral), by the agency that accepted
 * it, under the same case and consent: allowed only where the consent covers that agency too.
 */
export async function reRefer(
  props: CommandProps & { parent: ReferralRow; request: ReReferral },
): Promise<ReferralRow> {
  const { parent } = props;
  if (parent.status !== 'accepted') {
    throw new ConflictError(
      'referral_not_accepted',
      'Only a referral your agency accepted can be passed on.',
    );
  }
  const basis: Basis = {
    caseId: parent.case_id,
    caseReference: parent.case_reference,
    personId: parent.person_id,
    consentId: parent.consent_id,
    parentReferralId: parent.id,
  };
  const toAgencyId = await checkReferral({ ...props, basis });
  return insertCheckedReferral({ ...props, basis, toAgencyId });
}
