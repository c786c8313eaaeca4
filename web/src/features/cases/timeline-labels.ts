import type { CaseEvent } from '../../api/types.ts';

/** The label's key of a kind of event on a case's timeline: `referral.sent` → `timeline.kind.referral_sent`. */
export function timelineKindKey(kind: string): string {
  return `timeline.kind.${kind.replaceAll('.', '_')}`;
}

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
