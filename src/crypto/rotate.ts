import type { Db } from '../db/db.ts';
import { contextOf, type EncryptedColumn, encryptedColumns } from './encrypted-columns.ts';
import { blindIndex, decryptField, encryptedKeyId, encryptField } from './field-cipher.ts';
import { recordCurrentKey } from './key-check.ts';
import type { Keyring } from './keyring.ts';

export interface RotationReport {
  readonly keyId: string;
  readonly reencrypted: Record<string, number>;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Re-encrypts every encrypted value under the keyring's current key and recomputes blind
 * indexes, in one transaction: either all of the data moves to the new key or none does.
 * Keys no longer needed are then forgotten by the database (keep them for old backups).
 */
export async function reencryptAll(
  db: Db,
  keyring: Keyring,
  columns: readonly EncryptedColumn[] = encryptedColumns,
): Promise<RotationReport> {
  return db.transaction(async (tx) => {
    const reencrypted: Record<string, number> = {};
    for (const column of columns) {
      const context = contextOf(column);
      const rows = await tx.query<{ key: string; value: string }>(
        `select ${quote(column.primaryKey)}::text as key, ${quote(column.column)} as value
           from ${quote(column.table)} where ${quote(column.column)} is not null for update`,
      );
      let count = 0;
      for (const row of rows) {
        const plaintext = decryptField(keyring, context, row.value);
        const index = column.blindIndex
          ? blindIndex(keyring, context, column.blindIndex.normalize(plaintext))
          : undefined;
        if (encryptedKeyId(row.value) === keyring.current.id && !index) continue;
        const assignments = [`${quote(column.column)} = $2`];
        const params: unknown[] = [row.key, encryptField(keyring, context, plaintext)];
        if (column.blindIndex && index) {
          assignments.push(`${quote(column.blindIndex.column)} = $3`);
          params.push(index);
        }
        await tx.query(
          `update ${quote(column.table)} set ${assignments.join(', ')} where ${quote(column.primaryKey)}::text = $1`,
          params,
        );
        count += 1;
      }
      reencrypted[context] = count;
    }
    await recordCurrentKey(tx, keyring);
    await tx.query('delete from encryption_key where id <> $1', [keyring.current.id]);
    return { keyId: keyring.current.id, reencrypted };
  });
}
