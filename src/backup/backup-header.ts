import { z } from 'zod';

/**
 * What a backup holds, encrypted at the front of the file: enough to decide whether it can be
 * restored (the schema's migration version) and to prove afterwards that it was restored whole.
 * It names tables and counts rows, never their content.
 */
export const backupHeaderSchema = z.object({
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  databaseKind: z.enum(['pglite', 'postgres']),
  /** The last migration applied to the database the backup was made from. */
  migrationVersion: z.number().int().nonnegative(),
  /** In load order: a table comes after the tables it references. */
  tables: z.array(
    z.object({
      name: z.string().min(1),
      rows: z.number().int().nonnegative(),
      /** See `dumpTable`: SHA-256 over each row's canonical JSON text, in primary-key order. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  sequences: z.array(
    z.object({
      name: z.string().min(1),
      /** Text, since a sequence may pass 2^53. */
      lastValue: z.string().regex(/^-?\d+$/),
      isCalled: z.boolean(),
    }),
  ),
  /**
   * Attachment files as stored (encrypted), after the tables' frames: `<agency id>/<id>`, size and
   * SHA-256 of the stored bytes. Absent in backups made before files were carried.
   */
  files: z
    .array(
      z.object({
        path: z.string().min(1),
        bytes: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .optional(),
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** The header's JSON as bytes. */
export function encodeHeader(header: BackupHeader): Buffer {
  return Buffer.from(JSON.stringify(header));
}

/**
 * The most bytes the header can take once counts and checksums are filled in: each replaced by
 * its widest value. The file keeps this much room for it at the front.
 */
export function headerCapacity(draft: BackupHeader): number {
  return encodeHeader({
    ...draft,
    migrationVersion: Number.MAX_SAFE_INTEGER,
    tables: draft.tables.map((table) => ({
      ...table,
      rows: Number.MAX_SAFE_INTEGER,
      sha256: 'f'.repeat(64),
    })),
    sequences: draft.sequences.map((sequence) => ({
      ...sequence,
      lastValue: '-9223372036854775808',
      isCalled: false,
    })),
    ...(draft.files && {
      files: draft.files.map((file) => ({ ...file, bytes: Number.MAX_SAFE_INTEGER, sha256: 'f'.repeat(64) })),
    }),
  }).length;
}
