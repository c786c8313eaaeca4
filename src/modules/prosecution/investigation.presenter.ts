import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { ChargeRow, HearingRow } from './court.repo.ts';
import type { InvestigationView } from './court.schema.ts';
import type { ArrestRow, InvestigationRow, SuspectRow } from './investigation.repo.ts';
import type { InvestigationSummaryView, VictimLinkView } from './investigation.schema.ts';
import { presentOrigin } from './investigation-origin.commands.ts';
import type { InvestigationRecord, VictimLink } from './investigation-read.commands.ts';
import { prosecutionFields } from './prosecution.fields.ts';
import type { RestitutionOrderRow } from './restitution.repo.ts';

export function presentInvestigationSummary(row: InvestigationRow): InvestigationSummaryView {
  return {
    id: row.id,
    reference: row.reference,
    openedOn: row.opened_on,
    offences: row.offences,
    createdByUserId: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}

/** A victim link; the identity only when the read found it visible to the user. */
export function presentVictimLink(link: VictimLink): VictimLinkView {
  return {
    id: link.id,
    source: link.case_id ? 'case' : 'referral',
    caseId: link.case_id,
    referralId: link.referral_id,
    identityShown: link.identity !== undefined,
    caseReference: link.identity?.caseReference ?? null,
    victims: link.identity?.victims ?? null,
    linkedByUserId: link.linked_by,
    linkedAt: link.created_at.toISOString(),
  };
}

export function presentSuspect(row: SuspectRow) {
  return { id: row.id, personId: row.person_id, names: row.names, addedAt: row.created_at.toISOString() };
}

export function presentArrest(row: ArrestRow, keyring: Keyring) {
  return {
    id: row.id,
    suspectId: row.suspect_id,
    arrestedOn: row.arrested_on,
    place: decryptField(keyring, prosecutionFields.arrestPlace, row.place),
    recordedByUserId: row.recorded_by,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentCharge(row: ChargeRow) {
  return {
    id: row.id,
    investigationId: row.investigation_id,
    suspectId: row.suspect_id,
    offenceCode: row.offence_code,
    offenceCategory: row.offence_category,
    chargedOn: row.charged_on,
    outcome: row.outcomes.at(-1)?.outcome ?? ('pending' as const),
    outcomes: row.outcomes.map((o) => ({
      id: o.id,
      outcome: o.outcome,
      decidedOn: o.decidedOn,
      prisonMonths: o.prisonMonths,
      fine: o.fineAmount && o.fineCurrency ? { amount: o.fineAmount, currency: o.fineCurrency.trim() } : null,
      recordedByUserId: o.recordedBy,
      createdAt: o.createdAt,
    })),
    recordedByUserId: row.recorded_by,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentHearing(row: HearingRow) {
  return {
    id: row.id,
    chargeId: row.charge_id,
    hearingOn: row.hearing_on,
    court: row.court,
    kind: row.kind as InvestigationView['hearings'][number]['kind'],
    recordedByUserId: row.recorded_by,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentRestitutionOrder(row: RestitutionOrderRow) {
  const money = (amount: string) => ({ amount, currency: row.currency });
  return {
    id: row.id,
    chargeId: row.charge_id,
    victimId: row.victim_id,
    kind: row.kind,
    amount: money(row.amount),
    paid: money(row.paid),
    outstanding: money(row.outstanding),
    orderedOn: row.ordered_on,
    payments: row.payments.map((p) => ({
      id: p.id,
      amount: money(p.amount),
      paidOn: p.paidOn,
      createdAt: p.createdAt,
    })),
    createdAt: row.created_at.toISOString(),
  };
}

export function presentInvestigation(record: InvestigationRecord, keyring: Keyring): InvestigationView {
  return {
    ...presentInvestigationSummary(record.investigation),
    victims: record.victims.map(presentVictimLink),
    suspects: record.suspects.map(presentSuspect),
    arrests: record.arrests.map((row) => presentArrest(row, keyring)),
    charges: record.charges.map(presentCharge),
    hearings: record.hearings.map(presentHearing),
    restitutionOrders: record.restitutionOrders.map(presentRestitutionOrder),
    fromPublicReport: record.origin ? presentOrigin(record.origin, keyring) : null,
  };
}
