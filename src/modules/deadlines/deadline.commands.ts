import type { Tx } from '../../db/db.ts';
import { requireAgency } from '../agencies/agency.repo.ts';
import { setDeadlineStatus, upsertDeadline } from './deadline.repo.ts';
import { endOfDay, localDate } from './deadline-calendar.ts';
import { closedWithCase, type DeadlineSourceKind } from './deadline-sources.ts';

export interface RegisterDeadlineProps {
  readonly tx: Tx;
  readonly source: { readonly kind: DeadlineSourceKind; readonly id: string };
  readonly agencyId: string;
  readonly caseId: string | null;
  /** Who is reminded; null leaves it to the agency's dashboard. */
  readonly ownerUserId: string | null;
  /** A date (due all that day where the agency is) or an exact moment (a referral's 24 hours). */
  readonly due: { readonly on: string } | { readonly at: Date };
}

/**
 * Registers the deadline of a source (an order's expiry, a follow-up's date) in the transaction
 * that makes it, or moves it when the source already has one. A date is due until the end of
 * that day in the agency's time zone; an exact moment is due on its date there.
 */
export async function registerDeadline(props: RegisterDeadlineProps): Promise<string> {
  const { tx, due } = props;
  const agency = await requireAgency(tx, props.agencyId);
  const [dueAt, dueOn] =
    'on' in due
      ? [endOfDay(due.on, agency.time_zone), due.on]
      : [due.at, localDate(due.at, agency.time_zone)];
  return upsertDeadline(tx, {
    agencyId: props.agencyId,
    caseId: props.caseId,
    sourceKind: props.source.kind,
    sourceId: props.source.id,
    ownerUserId: props.ownerUserId,
    dueAt,
    dueOn,
  });
}

/** Marks a source's open deadline met (`done`) or no longer owed (`cancelled`); reminders stop. */
export function closeDeadline(props: {
  readonly tx: Tx;
  readonly source: { readonly kind: DeadlineSourceKind; readonly id: string };
  readonly status: 'done' | 'cancelled';
}): Promise<boolean> {
  return setDeadlineStatus(props.tx, props.source, props.status);
}

/** Cancels the open deadlines that lapse with their case (`closedWithCase`), when the case closes. */
export async function cancelDeadlinesOfClosedCase(props: {
  readonly tx: Tx;
  readonly caseId: string;
}): Promise<number> {
  const rows = await props.tx.query(
    `update deadline set status = 'cancelled', closed_at = now(), updated_at = now()
      where case_id = $1 and status = 'open' and source_kind = any($2::text[]) returning id`,
    [props.caseId, closedWithCase],
  );
  return rows.length;
}
