import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { KeyError, type Keyring } from './keyring.ts';

const version = 'v1';

/**
 * AES-256-GCM for sensitive fields. A stored value reads `v1.<key id>.<iv>.<ciphertext+tag>`;
 * the key id lets old values be read after a rotation. The field's context (e.g.
 * `app_user.totp_secret`) is authenticated too, so a value copied into another column fails.
 */
export function encryptField(keyring: Keyring, context: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyring.current.material, iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return [version, keyring.current.id, iv.toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function decryptField(keyring: Keyring, context: string, stored: string): string {
  const [valueVersion, id, iv, body] = stored.split('.');
  if (valueVersion !== version || !id || !iv || !body)
    throw new KeyError(`${context}: not an encrypted value`);
  const key = keyring.keys.get(id);
  if (!key)
    throw new KeyError(`${context}: encrypted under key ${id}, which ${keyring.source} does not hold`);
  const bytes = Buffer.from(body, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key.material, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new KeyError(`${context}: the value does not decrypt with key ${id} (altered, or a wrong key)`);
  }
}

/** The key id a stored value was encrypted under. */
export function encryptedKeyId(stored: string): string | undefined {
  return stored.split('.')[1];
}

/**
 * A keyed hash for exact lookups on an encrypted field (an identity document number, say):
 * equal inputs give equal indexes, but the index reveals nothing without the key.
 * `normalize` makes "A 1234-567" and "a1234567" the same number.
 */
export function blindIndex(keyring: Keyring, context: string, value: string): string {
  const indexKey = Buffer.from(hkdfSync('sha256', keyring.current.material, '', 'lindung blind index', 32));
  return createHmac('sha256', indexKey).update(context).update('\0').update(value).digest('hex');
}
