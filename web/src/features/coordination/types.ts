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
  /** Raised by every edit; an edit names it in If-Match. */
  version: number;
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

export const indicatorStatuses = ['on_track', 'behind', 'no_report', 'no_target'] as const;
export type IndicatorStatus = (typeof indicatorStatuses)[number];
export type StatusCounts = Record<IndicatorStatus, number>;

/** Each indicator in the year assessed: baseline, the year's target, the latest value reported. */
export interface IndicatorProgress {
  year: number;
  rows: {
    indicatorId: string;
    activityId: string;
    pillar: Pillar;
    agencyId: string;
    name: string;
    unit: string;
    baseline: number | null;
    target: number | null;
    latest: { year: number; value: number } | null;
    expected: number | null;
    status: IndicatorStatus;
  }[];
  byPillar: (StatusCounts & { pillar: Pillar })[];
  byAgency: (StatusCounts & { agencyId: string; agencyName: string })[];
}

export interface Dashboard {
  today: string;
  indicators: IndicatorProgress;
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
  /** Raised by every change of members; a change names it in If-Match. */
  version: number;
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

export type PartnerKind = 'cso' | 'international' | 'government';
export const partnerKinds: readonly PartnerKind[] = ['cso', 'international', 'government'];
export const partnerServices = [
  'shelter',
  'legal_aid',
  'health',
  'counselling',
  'interpretation',
  'repatriation',
  'livelihood',
  'hotline',
  'training',
  'awareness',
] as const;

export interface PartnerOptions {
  kind: Record<PartnerKind, Labels>;
  service: Record<string, Labels>;
}

export interface PartnerSummary {
  id: string;
  name: string;
  kind: PartnerKind;
  services: string[];
  regions: string[];
  languages: string[];
  networkMember: boolean;
  memberSince: string | null;
  linkedAgencyId: string | null;
  nextMouExpiry: string | null;
}

export interface Partner extends PartnerSummary {
  agencyId: string;
  country: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  mous: {
    id: string;
    title: string;
    signedOn: string;
    expiresOn: string;
    state: 'in_force' | 'expiring' | 'expired';
  }[];
}

export const campaignChannels = [
  'events',
  'social_media',
  'radio',
  'television',
  'print',
  'outdoor',
  'schools',
] as const;
export const materialKinds = ['poster', 'leaflet', 'video', 'radio', 'social_media', 'other'] as const;

export interface Campaign {
  id: string;
  agencyId: string;
  title: string;
  audiences: string[];
  languages: string[];
  channels: string[];
  startsOn: string;
  endsOn: string;
  activityId: string | null;
  activityTitle: string | null;
  events: {
    id: string;
    city: string;
    heldOn: string;
    audience: string;
    partnerIds: string[];
    attendance: number;
    reach: number;
  }[];
  materials: { id: string; title: string; kind: string; language: string; url: string | null }[];
  totals: { events: number; cities: number; attendance: number; reach: number };
}
