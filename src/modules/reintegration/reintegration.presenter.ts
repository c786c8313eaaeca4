import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { suppressCounts, suppressPartition } from '../../shared/small-cells.ts';
import { followUpSchedule } from './follow-up-schedule.ts';
import { reintegrationFields } from './reintegration.fields.ts';
import type { ReintegrationPlanRow, StatisticsRow } from './reintegration.repo.ts';
import type { ReintegrationPlanView } from './reintegration.schema.ts';

/** A plan with its schedule (each due date matched to the follow-up held for it) and follow-ups. */
export function presentReintegrationPlan(
  row: ReintegrationPlanRow,
  keyring: Keyring,
  today: string,
): ReintegrationPlanView {
  const schedule = followUpSchedule(row.returned_on, row.follow_up_months);
  const bySequence = new Map(row.follow_ups.map((followUp) => [followUp.sequence, followUp]));
  return {
    id: row.id,
    agencyId: row.agency_id,
    repatriationId: row.repatriation_id,
    caseId: row.case_id,
    returnedOn: row.returned_on,
    country: row.country,
    province: row.province,
    followUpMonths: row.follow_up_months,
    goals: JSON.parse(decryptField(keyring, reintegrationFields.goals, row.goals)),
    status: row.status,
    closedOn: row.closed_on,
    closureReason: row.closure_reason as ReintegrationPlanView['closureReason'],
    closureNote: row.closure_note
      ? decryptField(keyring, reintegrationFields.closureNote, row.closure_note)
      : null,
    schedule: schedule.map((due) => {
      const held = bySequence.get(due.sequence);
      return {
        ...due,
        followUpId: held?.id ?? null,
        overdue: !held && row.status === 'open' && due.dueOn < today,
      };
    }),
    followUps: row.follow_ups.map((followUp) => ({
      id: followUp.id,
      sequence: followUp.sequence,
      dueOn: schedule[followUp.sequence - 1]?.dueOn ?? null,
      heldOn: followUp.heldOn,
      outcomes: followUp.outcomes,
      notes: followUp.notes ? decryptField(keyring, reintegrationFields.followUpNotes, followUp.notes) : null,
      recordedByUserId: followUp.recordedBy,
      createdAt: new Date(followUp.createdAt).toISOString(),
    })),
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * The provincial report. National figures (beyond the agency's own plans) have their small cells
 * nulled and marked, so that one person in one province cannot be picked out.
 */
export function presentStatistics(
  rows: StatisticsRow[],
  scope: 'agency' | 'national',
  from: string,
  to: string,
  smallCellThreshold: number,
) {
  const threshold = scope === 'national' ? smallCellThreshold : undefined;
  return {
    scope,
    from,
    to,
    provinces: rows.map((row) => {
      const counts = suppressCounts(
        { reintegrated: row.reintegrated, followedUp: row.followed_up, closed: row.closed },
        threshold,
      );
      // Each measure's codes split the persons followed up: a partition, so a hidden cell must not
      // be derivable from the others.
      const measures = Object.entries(row.outcomes).map(
        ([measure, codes]) => [measure, suppressPartition(codes, threshold)] as const,
      );
      const suppressed = counts.suppressed ?? measures.some(([, codes]) => codes.suppressed);
      return {
        country: row.country,
        province: row.province,
        reintegrated: counts.reintegrated,
        followedUp: counts.followedUp,
        closed: counts.closed,
        outcomes: Object.fromEntries(measures.map(([measure, codes]) => [measure, codes.counts])),
        ...(suppressed && { suppressed: true as const }),
      };
    }),
  };
}
