import type { Db, Tx } from '../db/db.ts';
import { decryptField, encryptField } from './field-cipher.ts';
import { KeyError, type Keyring } from './keyring.ts';

const canaryContext = 'encryption_key.canary';
const canaryText = 'lindung';

/**
 * Proves at start that the keyring holds every key the database's data is encrypted under,
 * and records the current key. A wrong or missing key stops the platform here, with a message
 * naming the key, instead of failing later on some victim's record.
 */
export async function checkKeys(db: Db, keyring: Keyring): Promise<void> {
  await db.transaction(async (tx) => {
    const recorded = await tx.query<{ id: string; canary: string }>('select id, canary from encryption_key');
    for (const { id, canary } of recorded) {
      if (!keyring.keys.has(id)) {
        throw new KeyError(
          `the database holds data encrypted under key ${id}, but ${keyring.source} does not have that key`,
        );
      }
      if (decryptField(keyring, canaryContext, canary) !== canaryText) {
        throw new KeyError(`key ${id} from ${keyring.source} does not match the database`);
      }
    }
    await recordCurrentKey(tx, keyring);
  });
}

export async function recordCurrentKey(tx: Tx, keyring: Keyring): Promise<void> {
  await tx.query('insert into encryption_key (id, canary) values ($1, $2) on conflict (id) do nothing', [
    keyring.current.id,
    encryptField(keyring, canaryContext, canaryText),
  ]);
}
