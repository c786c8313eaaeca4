/*
 * The shapes of issue 5's API the victim-path screens read (see /api/openapi.json and the zod
 * schemas in src/modules/protection-orders, shelters, health-screening, repatriation,
 * reintegration and prosecution).
 */
import type { Locale } from '../../api/types.ts';

export type Labels = Record<Locale, string>;

export interface ProtectionOrder {
  id: string;
  caseId: string;
  personId: string;
  kind: 'interim' | 'full' | 'extension';
  status: 'in_force' | 'superseded' | 'revoked';
  court: string;
  magistrate: string | null;
  courtReference: string | null;
  appliedOn: string;
  issuedOn: string;
  period: { amount: number; unit: 'days' | 'months' };
  expiresOn: string;
  legalBasis: string;
  unconfirmedLimit: boolean;
  followsOrderId: string | null;
  revokedOn: string | null;
  revocationReason: string | null;
  deadline: { dueOn: string; reminders: { leadDays: number; at: string; sentAt: string | null }[] } | null;
  createdAt: string;
}

export interface Placement {
  id: string;
  caseId: string;
  personId: string;
  agencyId: string;
  shelter: { id: string; name: string; agencyId: string };
  bed: { id: string; label: string };
  reason: string;
  admittedOn: string;
  acknowledgedWarnings: string[];
  dischargedOn: string | null;
  dischargeReason: string | null;
  current: boolean;
  person: { name: string | null; sex: string; ageBand: string } | null;
}

export interface Shelter {
  id: string;
  agencyId: string;
  agencyName: string;
  name: string;
  type: 'government' | 'ngo';
  population: 'women' | 'men' | 'children' | 'mixed';
  region: string;
  active: boolean;
  occupancy: { beds: number; occupied: number; free: number };
}

export interface ShelterOptions {
  type: Record<string, Labels>;
  population: Record<string, Labels>;
  service: Record<string, Labels>;
  placementReason: Record<string, Labels>;
  dischargeReason: Record<string, Labels>;
  ageBand: Record<string, Labels>;
  warning: Record<string, Labels>;
}

export interface Occupancy {
  shelters: {
    shelterId: string;
    name: string;
    agencyId: string;
    population: string;
    region: string;
    beds: number;
    occupied: number;
    free: number;
  }[];
  regions: { region: string; shelters: number; beds: number; occupied: number; free: number }[];
}

export interface CodeLabel {
  code: string;
  label: Labels;
}

export interface HealthChecklist {
  version: string;
  current: boolean;
  source: string;
  symptoms: CodeLabel[];
  tests: CodeLabel[];
  results: CodeLabel[];
  separations: CodeLabel[];
}

export interface HealthScreening {
  id: string;
  screenedOn: string;
  checklistVersion: string;
  consent: { basis: string; reference: string };
  symptoms: string[];
  tests: { code: string; takenOn: string | null; result: string; resultOn: string | null }[];
  separation: { kind: string; startsOn: string; endsOn: string } | null;
  referral: { facility: string; referredOn: string; reason: string | null } | null;
  notes: string | null;
}

export interface Repatriation {
  id: string;
  caseId: string | null;
  sendingAgencyId: string;
  receivingAgencyId: string;
  person: { fullName: string | null; sex: string; birthYear: number | null; nationality: string | null };
  destinationCountry: string;
  destinationProvince: string;
  plannedOn: string;
  travelDocuments: { type: string; number?: string; status: string }[];
  escort: { name: string; organisation?: string } | null;
  route: string;
  status: 'planned' | 'departed' | 'handed_over' | 'cancelled';
  departedOn: string | null;
  handedOverOn: string | null;
  cancelReason: string | null;
}

export interface ReintegrationPlan {
  id: string;
  repatriationId: string | null;
  caseId: string | null;
  returnedOn: string;
  country: string;
  province: string;
  followUpMonths: number[];
  goals: string[];
  status: 'open' | 'closed';
  closedOn: string | null;
  closureReason: string | null;
  schedule: {
    sequence: number;
    months: number;
    dueOn: string;
    followUpId: string | null;
    overdue: boolean;
  }[];
  followUps: {
    id: string;
    sequence: number;
    dueOn: string | null;
    heldOn: string;
    outcomes: Record<string, string>;
    notes: string | null;
  }[];
}

export interface ReintegrationOptions {
  measures: { code: string; label: Labels; codes: CodeLabel[] }[];
  closureReasons: CodeLabel[];
  defaultFollowUpMonths: number[];
}

export interface Money {
  amount: string;
  currency: string;
}

export interface InvestigationSummary {
  id: string;
  reference: string;
  openedOn: string;
  offences: { code: string; category: string }[];
}

export interface Investigation extends InvestigationSummary {
  fromPublicReport: {
    publicReportId: string;
    trackingCode: string;
    what: string;
    where: string;
    when: string | null;
    who: string | null;
    reportedAt: string;
  } | null;
  victims: {
    id: string;
    source: 'case' | 'referral';
    caseId: string | null;
    identityShown: boolean;
    caseReference: string | null;
    victims: { names: string[]; sex: string | null; nationality: string | null }[] | null;
  }[];
  suspects: { id: string; personId: string; names: string[] | null }[];
  arrests: { id: string; suspectId: string; arrestedOn: string; place: string }[];
  charges: {
    id: string;
    suspectId: string;
    offenceCode: string;
    offenceCategory: string;
    chargedOn: string;
    outcome: string;
    outcomes: {
      id: string;
      outcome: string;
      decidedOn: string;
      prisonMonths: number | null;
      fine: Money | null;
    }[];
  }[];
  hearings: { id: string; chargeId: string | null; hearingOn: string; court: string; kind: string }[];
  restitutionOrders: {
    id: string;
    chargeId: string;
    kind: string;
    amount: Money;
    paid: Money;
    outstanding: Money;
    orderedOn: string;
  }[];
}

export interface ProsecutionOptions {
  offences: { code: string; category: string; title: Labels }[];
  offenceCategories: Record<string, Labels>;
  outcomes: Record<string, Labels>;
  hearingKinds: Record<string, Labels>;
  restitutionKinds: Record<string, Labels>;
}
