/*
 * Pieces of SQL the generator's stages share. Every draw is an md5 of (seed, row, table), so one
 * seed always gives the same rows and ids; the seed is always the statement's $1.
 */

/** What a stage writes through: the batch's transaction (queries may be timed, see generate.ts). */
export interface BatchTx {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** A version-4-shaped UUID from the seed (always $1), a table's tag and the row number. */
export const id = (tag: string, row: string) =>
  `overlay(overlay(md5($1 || '${tag}' || ${row}) placing '4' from 13) placing '8' from 17)::uuid`;

/** A uniform draw in [0, 1) from the k-th 16 bits (k = 1..8) of a 16-byte md5 digest column. */
export const u = (hash: string, k: number) =>
  `((get_byte(${hash}, ${2 * k - 2}) * 256 + get_byte(${hash}, ${2 * k - 1})) / 65536.0)`;

/** The synthetic case reference of row `row` (e.g. `SYN-1-0000042`). */
export const caseReference = (seed: number, row: string) => `'SYN-${seed}-' || lpad(${row}::text, 7, '0')`;
