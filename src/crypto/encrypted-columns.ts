/**
 * Every column that holds values encrypted with `encryptField`, so that a key rotation can
 * re-encrypt them all. A module that adds an encrypted column adds it here. The context is
 * `<table>.<column>`, the same string the module passes to `encryptField`.
 */
export interface EncryptedColumn {
  readonly table: string;
  readonly column: string;
  readonly primaryKey: string;
  /** A column holding `blindIndex(context, normalized plaintext)`, recomputed on rotation. */
  readonly blindIndex?: { readonly column: string; readonly normalize: (plaintext: string) => string };
}

export const encryptedColumns: readonly EncryptedColumn[] = [
  { table: 'app_user', column: 'totp_secret', primaryKey: 'id' },
];

export function contextOf(column: EncryptedColumn): string {
  return `${column.table}.${column.column}`;
}
