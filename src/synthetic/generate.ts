import type { Keyring } from '../crypto/keyring.ts';
import type { Db, Tx } from '../db/db.ts';
import { type CipherPools, encryptPools } from './cipher-pools.ts';
import { loadSetupTables, readSetup, type Setup } from './setup.ts';
import type { BatchTx } from './sql.ts';
import { writeFollowUps } from './stages/follow-ups.ts';
import { writeIdentificationDecisions } from './stages/identification.ts';
import { writeProsecutions } from './stages/prosecution.ts';
import { writeProtectionOrders, writeReferrals } from './stages/referrals.ts';
import { writeReturns } from './stages/returns.ts';
import { drawVictims, writeVictims } from './stages/victims.ts';
import { writeProsecutionTriggerEffects, writeTriggerEffects } from './trigger-effects.ts';

/**
 * The synthetic national data set (issue 7): `scale` victim cases with their persons, screenings,
 * identification decisions, consents and referrals, shelter placements, protection orders,
 * repatriations, reintegration plans with their follow-ups, and investigations (suspects, arrests, charges, outcomes), spread over the case-handling
 * agencies of Malaysia, Indonesia and Vietnam from 2019 to 2025, with the distributions of
 * shared/reference/statistics.md §5. Deterministic: every draw is an md5 of (seed, row, table), so
 * one seed always gives the same rows and ids. Set-based: each batch is a handful of
 * `insert … select … from generate_series` statements in one transaction, nothing row by row.
 * Encrypted columns hold real ciphertexts, encrypted in Node once per batch from a small pool of
 * made-up texts (no generated record carries personal free text); optional encrypted fields stay
 * null. See docs/decisions/0013-statistics.md.
 */
export interface SyntheticOptions {
  scale: number;
  seed: number;
  keyring: Keyring;
  batchSize?: number;
  /**
   * Fire the tables' row triggers and foreign-key checks row by row, as the API's writes do, even
   * where the bulk path could be taken (tests compare the two).
   */
  rowByRow?: boolean;
  onBatch?: (done: number, total: number) => void;
}

export interface SyntheticReport {
  cases: number;
  rows: number;
  milliseconds: number;
  /** Whether the batches skipped the row triggers and foreign-key checks (decision 0033). */
  bulk: boolean;
}

/** The tables the generator writes, in the order it writes them (for counting and for tests). */
export const syntheticTables = [
  'person',
  'person_name',
  'case_file',
  'case_person',
  'screening',
  'identification_decision',
  'consent',
  'referral',
  'placement',
  'protection_order',
  'repatriation',
  'reintegration_plan',
  'reintegration_follow_up',
  'investigation',
  'investigation_offence',
  'suspect',
  'arrest',
  'charge',
  'charge_outcome',
] as const;

export async function generateSynthetic(db: Db, options: SyntheticOptions): Promise<SyntheticReport> {
  const started = performance.now();
  if (!Number.isInteger(options.scale) || options.scale < 1)
    throw new RangeError('scale must be a positive integer');
  if (!Number.isInteger(options.seed) || options.seed < 0)
    throw new RangeError('seed must be a non-negative integer');
  const batchSize = options.batchSize ?? 20_000;
  const setup = await readSetup(db);
  const cipherPools = encryptPools(options.keyring);
  const before = await countRows(db);
  const bulk = !options.rowByRow && (await maySkipRowTriggers(db));
  for (let lo = 1; lo <= options.scale; lo += batchSize) {
    const hi = Math.min(options.scale, lo + batchSize - 1);
    await db.transaction((tx) => generateBatch(tx, { seed: options.seed, lo, hi, setup, cipherPools, bulk }));
    options.onBatch?.(hi, options.scale);
  }
  // The bulk path skipped the triggers that count the persons' linkage keys (migration 0105); the
  // names were written with their keys (name-keys.ts), so counting the stored keys is enough.
  if (bulk) await db.query('select lindung_recount_linkage_keys()');
  // …and the trigger that writes the names' search words and postings (migration 0155).
  if (bulk) await db.query('select lindung_write_missing_person_name_words()');
  const after = await countRows(db);
  return {
    cases: after.case_file - before.case_file,
    rows: syntheticTables.reduce((sum, table) => sum + after[table] - before[table], 0),
    milliseconds: Math.round(performance.now() - started),
    bulk,
  };
}

export async function countRows(db: Db | Tx): Promise<Record<(typeof syntheticTables)[number], number>> {
  const [row] = await db.query<Record<string, number>>(
    `select ${syntheticTables.map((table) => `(select count(*)::integer from ${table}) as ${table}`).join(', ')}`,
  );
  return row as Record<(typeof syntheticTables)[number], number>;
}

/**
 * The bulk path (decision 0033): the batch runs with `session_replication_role = replica`, so
 * PostgreSQL skips the per-row foreign-key checks and row triggers, and the generator writes what
 * those triggers would have written (timeline events, referral deadlines) set-based afterwards.
 * The rows are consistent by construction (synthetic.int.test.ts checks every foreign key). Only a
 * superuser may set it; anyone else gets the row-by-row path, which gives the same rows.
 */
async function maySkipRowTriggers(db: Db): Promise<boolean> {
  const [row] = await db.query<{ on: boolean }>("select current_setting('is_superuser') = 'on' as on");
  return row?.on === true;
}

/**
 * One batch, in one transaction: the setup as temporary tables, the victims' draws, then each
 * stage of the victim path in load order (decision 0033 for the bulk path).
 */
async function generateBatch(
  db: Tx,
  {
    seed,
    lo,
    hi,
    setup,
    cipherPools,
    bulk,
  }: { seed: number; lo: number; hi: number; setup: Setup; cipherPools: CipherPools; bulk: boolean },
): Promise<void> {
  const profile = process.env.LINDUNG_SYNTHETIC_PROFILE === '1';
  const tx: BatchTx = {
    query: async <Row>(sql: string, params?: unknown[]) => {
      const started = performance.now();
      const rows = await db.query<Row>(sql, params);
      if (profile)
        console.error(
          `${(performance.now() - started).toFixed(0)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 70)}`,
        );
      return rows;
    },
  };
  if (bulk) await tx.query('set local session_replication_role = replica');
  await loadSetupTables(tx, setup);
  await drawVictims(tx, seed, lo, hi);
  await writeVictims(tx, seed);
  await writeIdentificationDecisions(tx, seed, cipherPools);
  await writeReferrals(tx, seed);
  if (bulk) await writeTriggerEffects(tx);
  await writeProtectionOrders(tx);
  await writeReturns(tx, seed, cipherPools);
  await writeFollowUps(tx, seed);
  await writeProsecutions(tx, seed, cipherPools);
  if (bulk) await writeProsecutionTriggerEffects(tx);
}
