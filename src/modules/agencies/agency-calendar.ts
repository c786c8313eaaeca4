import type { Tx } from '../../db/db.ts';
import { findAgency } from './agency.repo.ts';

/** Today's date (`YYYY-MM-DD`) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return dateFormatIn(timeZone).format(now);
}

// Building a DateTimeFormat costs far more than using one (it showed in the load benchmark's
// profile); agencies' time zones are few, so one per zone is kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/**
 * Today in the acting agency's time zone: what "not in the future" means for a screening or a
 * decision dated by an officer. In UTC, a screening at 7 a.m. in Kuala Lumpur would still be
 * dated tomorrow.
 */
export async function agencyToday(tx: Tx, agencyId: string): Promise<string> {
  const agency = await findAgency(tx, agencyId);
  return todayIn(agency?.time_zone ?? 'UTC');
}
