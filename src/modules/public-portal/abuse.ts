import { createHmac, hkdfSync } from 'node:crypto';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import { TooManyRequestsError } from '../../shared/errors.ts';

export type AttemptKind = 'report' | 'report_status' | 'case_progress';

/** Failed attempts one client may make per kind in `windowMinutes` before it must wait. */
export const failedAttemptLimit = 10;
export const windowMinutes = 15;

/**
 * The client as the abuse protection keeps it: a keyed hash of its address, cut to 64 bits. It
 * tells attempts of one client apart for an hour and cannot be turned back into the address
 * without the key (and even then only by trying every address).
 */
export function clientHash(keyring: Keyring, address: string): string {
  const key = Buffer.from(hkdfSync('sha256', keyring.current.material, '', 'lindung public client', 32));
  return createHmac('sha256', key).update(address).digest('hex').slice(0, 16);
}

/** Refuses with 429 when the client failed too often lately; removes rows past their hour first. */
export async function checkAttempts(tx: Tx, kind: AttemptKind, client: string): Promise<void> {
  await tx.query('delete from public_attempt where expires_at < now()');
  const [row] = await tx.query<{ n: number; oldest: Date | null }>(
    `select count(*)::int as n, min(at) as oldest from public_attempt
      where client_hash = $1 and kind = $2 and not succeeded and at > now() - make_interval(mins => $3)`,
    [client, kind, windowMinutes],
  );
  if ((row?.n ?? 0) >= failedAttemptLimit) {
    const oldest = row?.oldest ? new Date(row.oldest).getTime() : Date.now();
    const retry = Math.max(1, Math.ceil((oldest + windowMinutes * 60_000 - Date.now()) / 1000));
    throw new TooManyRequestsError('too_many_attempts', 'Too many attempts. Try again later.', retry);
  }
}

/** Logs one attempt (kept one hour). */
export async function logAttempt(tx: Tx, kind: AttemptKind, client: string, succeeded: boolean) {
  await tx.query(
    `insert into public_attempt (kind, client_hash, succeeded, expires_at)
     values ($1, $2, $3, now() + interval '1 hour')`,
    [kind, client, succeeded],
  );
}
