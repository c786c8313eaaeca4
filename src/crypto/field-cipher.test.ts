import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blindIndex, decryptField, encryptedKeyId, encryptField } from './field-cipher.ts';
import { generateKeyText, KeyError, parseKeys } from './keyring.ts';

const keyring = parseKeys(generateKeyText(), 'test');

describe('field encryption', () => {
  it('round-trips text, including non-Latin scripts', () => {
    for (const text of ['A1234567', 'Nguyễn Thị Lan', 'မောင်မောင်', '']) {
      assert.equal(
        decryptField(keyring, 'person.document', encryptField(keyring, 'person.document', text)),
        text,
      );
    }
  });

  it('gives a different ciphertext each time and names the key it used', () => {
    const first = encryptField(keyring, 'c', 'same');
    assert.notEqual(first, encryptField(keyring, 'c', 'same'));
    assert.equal(encryptedKeyId(first), keyring.current.id);
    assert.doesNotMatch(first, /same/);
  });

  it('refuses a value moved to another column', () => {
    const stored = encryptField(keyring, 'person.phone', '+60123456789');
    assert.throws(() => decryptField(keyring, 'person.address', stored), KeyError);
  });

  it('refuses an altered value', () => {
    const stored = encryptField(keyring, 'c', 'secret');
    const parts = stored.split('.');
    const body = Buffer.from(parts[3] as string, 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    assert.throws(() => decryptField(keyring, 'c', parts.join('.')), /altered, or a wrong key/);
  });

  it('reads old values after a rotation and says which key is missing otherwise', () => {
    const oldKey = generateKeyText();
    const before = parseKeys(oldKey, 'test');
    const stored = encryptField(before, 'c', 'kept');
    const rotated = parseKeys(`${generateKeyText()}\n${oldKey}`, 'test');
    assert.equal(decryptField(rotated, 'c', stored), 'kept');
    const withoutOld = parseKeys(generateKeyText(), 'LINDUNG_KEY');
    assert.throws(() => decryptField(withoutOld, 'c', stored), /LINDUNG_KEY does not hold/);
  });

  it('makes equal blind indexes for equal values only, and none readable without the key', () => {
    const index = blindIndex(keyring, 'person.document', 'A1234567');
    assert.equal(index, blindIndex(keyring, 'person.document', 'A1234567'));
    assert.notEqual(index, blindIndex(keyring, 'person.document', 'A1234568'));
    assert.notEqual(index, blindIndex(keyring, 'person.passport', 'A1234567'));
    assert.notEqual(index, blindIndex(parseKeys(generateKeyText(), 'other'), 'person.document', 'A1234567'));
  });
});

describe('keys', () => {
  it('rejects a key that is not 32 bytes of base64', () => {
    assert.throws(
      () => parseKeys('too-short', 'LINDUNG_KEY'),
      /LINDUNG_KEY: key 1 is not 32 bytes of base64/,
    );
    assert.throws(() => parseKeys('# only a comment\n', 'LINDUNG_KEY_FILE'), /holds no key/);
  });

  it('takes the first key as current and skips comments', () => {
    const [a, b] = [generateKeyText(), generateKeyText()];
    const ring = parseKeys(`# keys, newest first\n${a}\n${b}\n`, 'file');
    assert.equal(ring.keys.size, 2);
    assert.equal(ring.current.id, parseKeys(a, 'x').current.id);
    assert.equal(parseKeys(`${a},${b}`, 'env').keys.size, 2);
  });
});
