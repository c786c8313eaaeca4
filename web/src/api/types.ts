/*
 * The API's shapes the app reads, as documented in /api/openapi.json (the zod schemas in src/modules).
 */

import type { CaseEventKind } from '../../../src/shared/case-event-kinds.ts';

export type Locale = 'en' | 'ms' | 'id' | 'vi';

export interface Me {
  user: { id: string; email: string; displayName: string; locale: Locale; twoFactorEnabled: boolean };
  agency: {
    id: string;
    name: string;
    shortName: string | null;
    type: string;
    country: string;
    timeZone: string;
  };
  memberships: { agencyId: string; agencyName: string; roles: string[] }[];
  permissions: string[];
  stage: 'complete' | 'enrolment_required';
  csrfToken: string | null;
  sessionExpiresAt: string | null;
}

export interface SignedIn {
  userId: string;
  agencyId: string;
  stage: 'complete' | 'enrolment_required';
  csrfToken: string;
  expiresAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CaseSummary {
  id: string;
  reference: string;
  type: 'victim_case' | 'investigation';
  status: 'open' | 'active' | 'closed';
  riskLevel: 'low' | 'medium' | 'high' | 'critical';
  exploitationTypes: string[];
  openedOn: string;
  primaryPersonName: string | null;
  /** Listed by person (`personId`): that person's roles in the case. */
  personRoles?: string[];
}

export interface CaseView extends CaseSummary {
  agencyId: string;
  labourSector: string | null;
  recruitmentPlace: string | null;
  recruitmentCountry: string | null;
  exploitationPlace: string | null;
  exploitationCountry: string | null;
  recruitedOn: string | null;
  exploitationStartedOn: string | null;
  exploitationEndedOn: string | null;
  meansOfControl: string[];
  recruiterRelationship: string | null;
  summary: string | null;
  closedAt: string | null;
  closeReason: string | null;
  persons: { personId: string; role: string; name: string | null }[];
  workers: { userId: string; displayName: string }[];
  createdAt: string;
  updatedAt: string;
  /** Moves with every change of the case's facts and status: sent back in If-Match. */
  version: number;
}

export interface CaseEvent {
  id: string;
  at: string;
  actorUserId: string | null;
  kind: CaseEventKind;
  detail: Record<string, unknown>;
  /** A referral's step: who referred to whom, and a decline's or cancellation's reason when ours to read. */
  referral?: {
    fromAgency: { id: string; name: string; shortName: string | null };
    toAgency: { id: string; name: string; shortName: string | null };
    byAgencyId: string | null;
    onward: boolean;
    reason: string | null;
  } | null;
}

export interface Task {
  id: string;
  caseId: string;
  title: string;
  dueOn: string | null;
  ownerUserId: string | null;
  status: 'open' | 'done' | 'cancelled';
  overdue: boolean;
  createdAt: string;
}

export interface Note {
  id: string;
  caseId: string;
  body: string;
  authorUserId: string | null;
  createdAt: string;
}

export interface Consent {
  id: string;
  state: string;
  purposes: string[];
  dataCategories: string[];
  givenOn: string;
  /** The last day the consent is in force, when it ends by itself. */
  expiresOn: string | null;
  createdAt: string;
  [key: string]: unknown;
}

export interface ReferralSummary {
  id: string;
  direction: 'incoming' | 'outgoing';
  fromAgency: { id: string; name: string; shortName: string | null };
  toAgency: { id: string; name: string; shortName: string | null };
  /** The sending agency's case (the receiving agency cannot open it). */
  caseId: string;
  caseReference: string;
  purpose: string;
  services: string[];
  urgency: 'emergency' | 'urgent' | 'routine';
  status: 'pending' | 'accepted' | 'declined' | 'completed' | 'cancelled';
  responseDeadline: string;
  overdue: boolean;
  /** The sending agency's case is closed: the referral cannot be accepted (decision 0059). */
  caseClosed: boolean;
  /** Anything but in_force: the referral can only be declined, completed or cancelled. */
  consentState: 'in_force' | 'withdrawn' | 'expired' | null;
  /** What the receiving agency said when declining, and when completing; what the sender said when cancelling. */
  declineReason: string | null;
  completionNote: string | null;
  cancelReason: string | null;
}

/** A person's birth as known. */
export type Birth =
  | { precision: 'exact'; date: string }
  | { precision: 'year'; year: number }
  | { precision: 'estimated'; age: number; on: string }
  | { precision: 'unknown' };

/** A name as recorded and how a page shows it (decision 0083; src/modules/persons/person.schema.ts). */
export interface NameReading {
  name: string;
  /** Its usual Latin spelling, for a name written in another script (Burmese, Thai, Khmer…). */
  latin: string | null;
  /** Its Unicode form, for a Burmese name recorded in Zawgyi: shown instead of the Zawgyi text. */
  unicode: string | null;
}

export interface PersonMatch {
  id: string;
  names: string[];
  /** Each of `names`, in order, with its readings. */
  nameReadings: NameReading[];
  sex: string;
  birth: Birth;
  nationality: string | null;
  /** The person this record was merged into, when only this record matched. */
  mergedInto: string | null;
  /** A record merged into this person matched too: the name searched for may be that record's. */
  foundThroughMerged?: boolean;
  score: number;
  /** Why the person matched, strongest first. */
  reasons?: MatchReason[];
}

/** Why a person matched a search: what agreed, and for a name how its words did. */
export interface MatchReason {
  on: string;
  weight: number;
  detail?: string;
  /** For a name: how many of the words typed agreed, of how many (Nurhaliza is one word, as typed). */
  words?: { matched: number; of: number };
  /** For a name whose words agreed: how the weakest did (`exact` only when every word was written alike). */
  agreement?: 'exact' | 'variant' | 'phonetic' | 'prefix' | 'similar';
}

export interface Person {
  id: string;
  names: { fullName: string }[];
  sex: string;
  birth: Birth;
  nationality: string | null;
}
