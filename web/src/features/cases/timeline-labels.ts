import type { CaseEventKind } from '../../../../src/shared/case-event-kinds.ts';
import type { CaseEvent } from '../../api/types.ts';
import type enErasure from '../../i18n/locales/en.erasure.json';
import type en from '../../i18n/locales/en.json';
import type enReferralAnswers from '../../i18n/locales/en.referral-answers.json';
import type enTimeline from '../../i18n/locales/en.timeline.json';
import type idErasure from '../../i18n/locales/id.erasure.json';
import type id from '../../i18n/locales/id.json';
import type idReferralAnswers from '../../i18n/locales/id.referral-answers.json';
import type idTimeline from '../../i18n/locales/id.timeline.json';
import type msErasure from '../../i18n/locales/ms.erasure.json';
import type ms from '../../i18n/locales/ms.json';
import type msReferralAnswers from '../../i18n/locales/ms.referral-answers.json';
import type msTimeline from '../../i18n/locales/ms.timeline.json';
import type viErasure from '../../i18n/locales/vi.erasure.json';
import type vi from '../../i18n/locales/vi.json';
import type viReferralAnswers from '../../i18n/locales/vi.referral-answers.json';
import type viTimeline from '../../i18n/locales/vi.timeline.json';

/** A kind as its label is keyed: `referral.sent` → `referral_sent`. */
type LabelName<Kind extends string> = Kind extends `${infer Head}.${infer Tail}`
  ? `${Head}_${LabelName<Tail>}`
  : Kind;

/** The label's key of a kind of event on a case's timeline: `referral.sent` → `timeline.kind.referral_sent`. */
export function timelineKindKey(kind: CaseEventKind): `timeline.kind.${LabelName<CaseEventKind>}` {
  return `timeline.kind.${kind.replaceAll('.', '_') as LabelName<CaseEventKind>}`;
}

/** The kinds a language's bundles leave without a label. */
type Unlabelled<Bundles> = Exclude<
  LabelName<CaseEventKind>,
  Bundles extends { timeline: { kind: infer Labels } } ? keyof Labels : never
>;
/** Compiles only when nothing is missing; otherwise the error names the kinds without a label. */
type NoneMissing<Missing extends never> = Missing;

/**
 * Every kind the server writes has a label in every language: a kind added to caseEventKinds
 * without one fails the type check here, before test/web-timeline-labels.test.ts runs.
 */
export type TimelineLabelsComplete = [
  NoneMissing<Unlabelled<typeof en | typeof enTimeline | typeof enErasure | typeof enReferralAnswers>>,
  NoneMissing<Unlabelled<typeof ms | typeof msTimeline | typeof msErasure | typeof msReferralAnswers>>,
  NoneMissing<Unlabelled<typeof id | typeof idTimeline | typeof idErasure | typeof idReferralAnswers>>,
  NoneMissing<Unlabelled<typeof vi | typeof viTimeline | typeof viErasure | typeof viReferralAnswers>>,
];

/**
 * The key of how an event about the person came out — a screening's outcome, an identification
 * decision — in the words the screening's screens use; null for every other event.
 */
export function timelineOutcomeKey(event: Pick<CaseEvent, 'kind' | 'detail'>): string | null {
  if (event.kind === 'screening.completed') return `screening.outcome.${String(event.detail.outcome)}`;
  if (event.kind === 'identification_decision.recorded') {
    return `screening.decision.values.${String(event.detail.decision)}`;
  }
  return null;
}
