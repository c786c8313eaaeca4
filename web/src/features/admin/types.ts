/*
 * The admin API's shapes the screens read (src/modules/audit-log, users and agencies schemas).
 */

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditEntry {
  id: number;
  seq: number | null;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  agencyId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  outcome: AuditOutcome;
  reason: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
}

export interface AuditVerification {
  intact: boolean;
  entries: number;
  pending: number;
  firstBreak: { seq: number; problem: string } | null;
}

export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  locale: 'en' | 'ms' | 'id' | 'vi';
  active: boolean;
  twoFactorEnabled: boolean;
  memberships: { agencyId: string; role: string }[];
  createdAt: string;
  updatedAt: string;
}

export type ApprovalKind = 'case_closure' | 'care_plan' | 'referral_out';

/**
 * The kinds of agency the API knows (src/modules/agencies/agency.schema.ts `agencyTypes`;
 * test/web-agency-types.test.ts holds the two equal).
 */
export const agencyTypes = [
  'law_enforcement',
  'immigration',
  'labour',
  'welfare',
  'shelter_operator',
  'prosecution',
  'embassy',
  'ngo',
  'international_organisation',
  'coordinating_body',
] as const;

export interface AgencySettings {
  id: string;
  name: string;
  shortName: string | null;
  type: (typeof agencyTypes)[number];
  country: string;
  hostCountry: string | null;
  timeZone: string;
  approvalsRequired: ApprovalKind[];
  active: boolean;
}
