import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ValidationError } from '../../shared/errors.ts';
import { checkPasswordPolicy } from './password.ts';

/** The codes the policy answers `password` with (none when it is taken). */
async function refusals(password: string, email = 'siti@example.org'): Promise<string[]> {
  try {
    await checkPasswordPolicy(password, email);
    return [];
  } catch (error) {
    assert.ok(error instanceof ValidationError);
    return error.fields.map((field) => `${field.field}:${field.code}`);
  }
}

describe('the password policy', () => {
  it('refuses passwords found in breaches, also padded with digits or symbols, whatever their case', async () => {
    for (const password of [
      'password1234',
      'Password1234',
      'iloveyou1234',
      'password12345',
      'Sunshine2026!',
      '!!malaysia2026',
    ]) {
      assert.deepEqual(await refusals(password), ['newPassword:password_guessable'], password);
    }
  });

  it('refuses a character or two repeated, and runs along the digits, the alphabet or the keyboard', async () => {
    for (const password of [
      'aaaaaaaaaaaa',
      '111111111111',
      'abababababab',
      '123456789012',
      '987654321098',
      'qwertyuiopas',
      'lkjhgfdsapoiu',
      'abcdefghijklmn',
      '1qaz2wsx3edc4',
    ]) {
      assert.deepEqual(await refusals(password), ['newPassword:password_guessable'], password);
    }
  });

  it('takes long passphrases in any language, with or without digits', async () => {
    for (const password of [
      'lindung-demo',
      'a much longer passphrase',
      'Pantai-Timur-2026!',
      'Kata laluan pertama',
      'mật khẩu của tôi 2026',
      'qwerty kopi susu pagi',
    ]) {
      assert.deepEqual(await refusals(password), [], password);
    }
  });

  it('says each other problem by its own code and field', async () => {
    assert.deepEqual(await refusals('short'), ['newPassword:password_too_short']);
    assert.deepEqual(await refusals('siti@example.org', 'Siti@Example.org'), [
      'newPassword:password_is_email',
    ]);
    assert.deepEqual(await refusals('x'.repeat(257)), ['newPassword:password_too_long']);
  });
});
