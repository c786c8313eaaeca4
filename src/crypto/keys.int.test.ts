import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useFreshDatabase } from '../../test/support/databases.ts';
import { encryptedColumns } from './encrypted-columns.ts';
import { decryptField, encryptedKeyId, encryptField } from './field-cipher.ts';
import { checkKeys } from './key-check.ts';
import { generateKeyText, parseKeys } from './keyring.ts';
import { reencryptAll } from './rotate.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`encryption keys and the database [${kind}]`, () => {
    const db = useFreshDatabase(kind);
    const firstKey = generateKeyText();
    const first = parseKeys(firstKey, 'LINDUNG_KEY');

    it('records the key on first start and accepts it afterwards', async () => {
      await checkKeys(db(), first);
      await checkKeys(db(), first);
      const rows = await db().query<{ id: string }>('select id from encryption_key');
      assert.deepEqual(
        rows.map((row) => row.id),
        [first.current.id],
      );
    });

    it('refuses to start with a different key, naming the one the data needs', async () => {
      const wrong = parseKeys(generateKeyText(), 'LINDUNG_KEY');
      await assert.rejects(checkKeys(db(), wrong), new RegExp(`encrypted under key ${first.current.id}`));
    });

    it('re-encrypts every value under a new key, after which the old key is no longer needed', async () => {
      const secret = 'JBSWY3DPEHPK3PXP';
      await db().query(
        `insert into app_user (email, display_name, password_hash, totp_secret) values ('r@example.org', 'R', 'x', $1)`,
        [encryptField(first, 'app_user.totp_secret', secret)],
      );
      const rotated = parseKeys(`${generateKeyText()}\n${firstKey}`, 'LINDUNG_KEY');
      const report = await reencryptAll(db(), rotated, encryptedColumns);
      assert.equal(report.reencrypted['app_user.totp_secret'], 1);
      const [row] = await db().query<{ totp_secret: string }>(
        `select totp_secret from app_user where email = 'r@example.org'`,
      );
      assert.equal(encryptedKeyId(row?.totp_secret ?? ''), rotated.current.id);
      const newOnly = parseKeys(rotated.current.material.toString('base64'), 'LINDUNG_KEY');
      assert.equal(decryptField(newOnly, 'app_user.totp_secret', row?.totp_secret ?? ''), secret);
      await checkKeys(db(), newOnly);
    });
  });
}
