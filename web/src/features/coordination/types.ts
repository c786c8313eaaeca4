/*
 * The coordination API's shapes the screens read (src/modules/action-plans, committees, guidelines,
 * partners, campaigns — their zod schemas are the truth, in /api/openapi.json).
 */
import type { Labels } from '../victim-path/types.ts';

export type Pillar = 'prevention' | 'protection' | 'prosecution' | 'partnership';
export const pillars: readonly Pillar[] = ['prevention', 'protection', 'prosecution', 'partnership'];
export type ProgressStatus = 'not_started' | 'on_track' | 'delayed' | 'at_risk' | 'completed';
export type ReportState = 'draft' | 'submitted' | 'accepted' | 'returned';

export interface ActionPlanOptions {
  pillar: Record<Pillar, Labels>;
  status: Record<ProgressStatus, Labels>;
  reportState: Record<ReportState, Labels>;
  graceDays: number;
}

export interface PlanSummary {
  id: string;
  agencyId: string;
  country: string;
  title: string;
  startYear: number;
  endYear: number;
}

export interface Indicator {
  id: string;
  name: string;
  unit: string;
  baseline: number | null;
  targets: Record<string, number>;
}

export interface Activity {
  id: string;
  title: string;
  responsibleAgencyId: string;
  supportingAgencyIds: string[];
  indicators: Indicator[];
}

export interface Strategy {
  id: string;
  pillar: Pillar;
  title: string;
  activities: Activity[];
}

export interface Plan extends PlanSummary {
  strategies: Strategy[];
}

export interface ProgressReport {
  id: string;
  planId: string;
  activityId: string;
  agencyId: string;
  year: number;
  status: ProgressStatus;
  narrative: string;
  indicatorValues: { indicatorId: string; value: number }[];
  state: ReportState;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

export interface Tally {
  activities: number;
  reportsDue: number;
  submitted: number;
  accepted: number;
  returned: number;
  late: number;
}

export interface Dashboard {
  today: string;
  graceDays: number;
  byPillar: (Tally & { pillar: Pillar })[];
  byAgency: (Tally & { agencyId: string; agencyName: string })[];
  late: { activityId: string; agencyId: string; year: number; dueOn: string }[];
}

export type MemberRole = 'chair' | 'deputy_chair' | 'secretary' | 'member' | 'observer';
export type ActionItemStatus = 'open' | 'in_progress' | 'done' | 'dropped';

export interface CommitteeOptions {
  memberRole: Record<MemberRole, Labels>;
  actionItemStatus: Record<ActionItemStatus, Labels>;
}

export interface Committee {
  id: string;
  agencyId: string;
  country: string;
  parentId: string | null;
  name: string;
  members: { agencyId: string; agencyName: string; role: MemberRole }[];
}

export interface ActionItem {
  id: string;
  committeeId: string;
  meetingId: string;
  title: string;
  ownerAgencyId: string;
  dueOn: string;
  status: ActionItemStatus;
}

export interface Meeting {
  id: string;
  committeeId: string;
  heldOn: string;
  place: string;
  agenda: string[];
  minutes: string | null;
  recorded: boolean;
  attendance: { agencyId: string; present: boolean }[];
  decisions: { id: string; text: string; activityIds: string[] }[];
  actionItems: ActionItem[];
  carriedItems: ActionItem[];
}

export type VersionState = 'upcoming' | 'current' | 'superseded';

export interface GuidelineVersion {
  id: string;
  version: number;
  effectiveOn: string;
  state: VersionState;
  summary: string;
  body: string;
  agencies: {
    agencyId: string;
    agencyName: string;
    acknowledgedAt: string | null;
    acknowledgedBy: string | null;
  }[];
}

export interface Guideline {
  id: string;
  agencyId: string;
  country: string;
  title: string;
  versions: GuidelineVersion[];
}

export interface GuidelineOptions {
  acknowledgement: Record<string, Labels>;
  versionState: Record<VersionState, Labels>;
}

export interface PendingAcknowledgement {
  guidelineId: string;
  title: string;
  versionId: string;
  version: number;
  effectiveOn: string;
}
