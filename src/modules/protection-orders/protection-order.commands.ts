import { recordAudit } from '../../audit/audit.ts';
import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import { type JurisdictionPack, type PackCode, packForAgency } from '../../jurisdictions/index.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, dateInFuture, ValidationError } from '../../shared/errors.ts';
import { requireAgency } from '../agencies/agency.repo.ts';
import { agencyToday } from '../agencies/index.ts';
import { type CaseEventKind, type CaseRow, recordCaseEvent, refuseClosedCase } from '../cases/index.ts';
import { closeDeadline, registerDeadline } from '../deadlines/index.ts';
import { protectionOrderFields } from './protection-order.fields.ts';
import {
  insertProtectionOrder,
  type ProtectionOrderRow,
  requireProtectionOrder,
  revokeProtectionOrderRow,
  supersedeProtectionOrder,
} from './protection-order.repo.ts';
import { custodyProblem, orderTerm } from './protection-order.rules.ts';
import type {
  CreateProtectionOrder,
  ExtendProtectionOrder,
  ProtectionOrderKind,
  RevokeProtectionOrder,
} from './protection-order.schema.ts';

export interface OrderCommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
  readonly jurisdiction: PackCode;
}

/** The pack of the agency recording the order: its own country's, else the deployment's. */
export async function agencyPack(tx: Tx, agencyId: string, deployment: PackCode): Promise<JurisdictionPack> {
  return packForAgency(await requireAgency(tx, agencyId), deployment);
}

async function recordOrderChange(
  props: OrderCommandProps,
  caseId: string,
  kind: Extract<CaseEventKind, `protection_order.${string}`>,
  orderId: string,
  detail: Record<string, unknown>,
): Promise<void> {
  const { tx, actor } = props;
  await recordCaseEvent(tx, { caseId, agencyId: actor.agencyId, actorUserId: actor.userId, kind, detail });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: kind,
    subject: { type: 'protection_order', id: orderId },
    requestId: props.requestId,
    detail: { caseId, ...detail },
  });
}

function checkDates(input: { appliedOn: string; issuedOn: string }, today: string): void {
  if (input.issuedOn > today) {
    throw new ValidationError([dateInFuture('issuedOn')]);
  }
  if (input.issuedOn < input.appliedOn) {
    throw new ValidationError([
      {
        code: 'date_before_earlier_step',
        field: 'issuedOn',
        message: 'is before the application (appliedOn)',
      },
    ]);
  }
}

interface NewOrder {
  readonly found: CaseRow;
  readonly kind: ProtectionOrderKind;
  readonly personId: string;
  readonly input: ExtendProtectionOrder;
  readonly follows: ProtectionOrderRow | undefined;
}

/** Writes an order with its computed expiry, registers its deadline, and puts it on the timeline. */
async function makeOrder(props: OrderCommandProps, order: NewOrder): Promise<string> {
  const { tx, actor } = props;
  const pack = await agencyPack(tx, actor.agencyId, props.jurisdiction);
  const term = orderTerm(pack, order.kind, order.input.issuedOn, order.input.period);
  const id = await insertProtectionOrder(tx, {
    caseId: order.found.id,
    agencyId: actor.agencyId,
    personId: order.personId,
    kind: order.kind,
    court: order.input.court,
    magistrate: order.input.magistrate ?? null,
    courtReference: order.input.courtReference ?? null,
    appliedOn: order.input.appliedOn,
    issuedOn: order.input.issuedOn,
    jurisdiction: pack.code,
    legalBasis: term.legalBasis,
    periodAmount: term.period.amount,
    periodUnit: term.period.unit,
    expiresOn: term.expiresOn,
    followsOrderId: order.follows?.id ?? null,
    recordedBy: actor.userId,
  });
  await registerDeadline({
    tx,
    source: { kind: 'protection_order_expiry', id },
    agencyId: actor.agencyId,
    caseId: order.found.id,
    ownerUserId: actor.userId,
    due: { on: term.expiresOn },
  });
  await recordOrderChange(
    props,
    order.found.id,
    `protection_order.${order.follows ? 'extend' : 'record'}`,
    id,
    {
      orderId: id,
      kind: order.kind,
      issuedOn: order.input.issuedOn,
      expiresOn: term.expiresOn,
      jurisdiction: pack.code,
      legalBasis: term.legalBasis,
      followsOrderId: order.follows?.id ?? null,
    },
  );
  return id;
}

/**
 * Records an interim order or a protection order made by a court for a person on the case. The
 * period and expiry come from the agency's jurisdiction pack; dates that contradict it (an order
 * before its application, a period beyond the law's, production before the magistrate later than
 * the law allows) are refused naming the field. The order's expiry becomes a deadline.
 */
export async function recordProtectionOrder(
  props: OrderCommandProps & { found: CaseRow; order: CreateProtectionOrder },
): Promise<ProtectionOrderRow> {
  const { tx, found, order } = props;
  refuseClosedCase(found);
  if (!found.persons.some((person) => person.personId === order.personId)) {
    throw new ValidationError([
      { code: 'person_not_of_case', field: 'personId', message: 'is not a person on this case' },
    ]);
  }
  checkDates(order, await agencyToday(tx, props.actor.agencyId));
  const pack = await agencyPack(tx, props.actor.agencyId, props.jurisdiction);
  const custody = custodyProblem(pack, order.custodyStartedAt, order.producedAt);
  if (custody) throw custody;
  const { kind, personId, custodyStartedAt: _c, producedAt: _p, ...input } = order;
  const id = await makeOrder(props, { found, kind, personId, input, follows: undefined });
  return requireProtectionOrder(tx, id);
}

/**
 * Follows an order in force with the next one: an interim order becomes a protection order, a
 * protection order is extended. The new order must be made while the old one is in force; the
 * old one is superseded and its deadline met.
 */
export async function extendProtectionOrder(
  props: OrderCommandProps & {
    found: CaseRow;
    follows: ProtectionOrderRow;
    extension: ExtendProtectionOrder;
  },
): Promise<ProtectionOrderRow> {
  const { tx, found, follows, extension } = props;
  refuseClosedCase(found);
  if (follows.status !== 'in_force') {
    throw new ConflictError(
      'protection_order_not_in_force',
      `The order is ${follows.status}; only one in force can be extended.`,
    );
  }
  checkDates(extension, await agencyToday(tx, props.actor.agencyId));
  if (extension.issuedOn > follows.expires_on) {
    throw new ValidationError([
      {
        code: 'order_followed_expired',
        field: 'issuedOn',
        message: `is after the order it follows expired (${follows.expires_on})`,
      },
    ]);
  }
  if (extension.issuedOn < follows.issued_on) {
    throw new ValidationError([
      {
        code: 'date_before_earlier_step',
        field: 'issuedOn',
        message: `is before the order it follows was made (${follows.issued_on})`,
      },
    ]);
  }
  const kind: ProtectionOrderKind = follows.kind === 'interim' ? 'full' : 'extension';
  if (!(await supersedeProtectionOrder(tx, follows.id))) {
    throw new ConflictError('protection_order_not_in_force', 'The order changed meanwhile; reload it.');
  }
  await closeDeadline({ tx, source: { kind: 'protection_order_expiry', id: follows.id }, status: 'done' });
  const id = await makeOrder(props, { found, kind, personId: follows.person_id, input: extension, follows });
  return requireProtectionOrder(tx, id);
}

/** Revokes an order in force, with the date and a reason (kept encrypted); its deadline is cancelled. */
export async function revokeProtectionOrder(
  props: OrderCommandProps & { found: CaseRow; order: ProtectionOrderRow; revocation: RevokeProtectionOrder },
): Promise<ProtectionOrderRow> {
  const { tx, actor, order, revocation } = props;
  refuseClosedCase(props.found);
  if (revocation.revokedOn < order.issued_on) {
    throw new ValidationError([
      {
        code: 'date_before_earlier_step',
        field: 'revokedOn',
        message: `is before the order was made (${order.issued_on})`,
      },
    ]);
  }
  if (revocation.revokedOn > (await agencyToday(tx, actor.agencyId))) {
    throw new ValidationError([dateInFuture('revokedOn')]);
  }
  const revoked = await revokeProtectionOrderRow(tx, order.id, {
    revokedOn: revocation.revokedOn,
    reason: encryptField(props.keyring, protectionOrderFields.revocationReason, revocation.reason),
    revokedBy: actor.userId,
  });
  if (!revoked) {
    throw new ConflictError(
      'protection_order_not_in_force',
      `The order is ${order.status}; it cannot be revoked.`,
    );
  }
  await closeDeadline({ tx, source: { kind: 'protection_order_expiry', id: order.id }, status: 'cancelled' });
  await recordOrderChange(props, order.case_id, 'protection_order.revoke', order.id, {
    orderId: order.id,
    revokedOn: revocation.revokedOn,
  });
  return requireProtectionOrder(tx, order.id);
}
