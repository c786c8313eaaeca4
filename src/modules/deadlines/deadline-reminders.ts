import type { Tx } from '../../db/db.ts';
import { addDuration } from '../../jurisdictions/index.ts';
import { requireAgency } from '../agencies/agency.repo.ts';
import { type DeadlineRow, sentReminders } from './deadline.repo.ts';
import { startOfDay } from './deadline-calendar.ts';

export interface PlannedReminder {
  readonly leadDays: number;
  /** Midnight starting the reminder's day in the agency's time zone. */
  readonly at: string;
  readonly sentAt: string | null;
}

/**
 * A deadline's reminders at the configured lead times: when each goes (or went) out, and whether it
 * was sent. Leads whose day is before the deadline was registered go out together with the next.
 */
export async function plannedReminders(
  tx: Tx,
  deadline: Pick<DeadlineRow, 'id' | 'agency_id' | 'due_on'>,
  leadDays: readonly number[],
): Promise<PlannedReminder[]> {
  const agency = await requireAgency(tx, deadline.agency_id);
  const sent = await sentReminders(tx, deadline.id);
  return leadDays.map((lead) => ({
    leadDays: lead,
    at: startOfDay(
      addDuration(deadline.due_on, { amount: -lead, unit: 'days' }),
      agency.time_zone,
    ).toISOString(),
    sentAt: sent.get(lead)?.toISOString() ?? null,
  }));
}
