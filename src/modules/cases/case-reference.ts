import type { Tx } from '../../db/db.ts';

/**
 * A case reference in a format of the jurisdiction pack, e.g. `{prefix}-{year}-{number:6}` →
 * `JKM-2026-000123`.
 */
export function formatCaseReference(
  format: string,
  parts: { prefix: string; year: number; number: number },
): string {
  return format.replace(/\{(prefix|year|number)(?::(\d+))?\}/g, (_, name: string, width?: string) => {
    const value = String(parts[name as keyof typeof parts]);
    return width ? value.padStart(Number(width), '0') : value;
  });
}

/** A prefix from the agency's short name: letters and digits only, upper case (`KBRI KL` → `KBRIKL`). */
export function referencePrefix(shortName: string | null, fallback = 'CASE'): string {
  const prefix = (shortName ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
  return prefix || fallback;
}

/**
 * The next number of the agency's year. The counter row stays locked until the transaction ends,
 * so concurrent openings take turns and a rolled-back opening gives its number back.
 */
export async function nextCaseNumber(tx: Tx, agencyId: string, year: number): Promise<number> {
  const [row] = await tx.query<{ last_number: number }>(
    `insert into case_reference_counter as c (agency_id, year, last_number) values ($1, $2, 1)
     on conflict (agency_id, year) do update set last_number = c.last_number + 1
     returning last_number`,
    [agencyId, year],
  );
  if (!row) throw new Error('case reference counter returned no row');
  return row.last_number;
}
