import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sessionPrelude } from './auth.repo.ts';
import { hashToken } from './tokens.ts';

describe('the session prelude', () => {
  it('looks the session up by its token hash and takes the tenant settings from its row', () => {
    const tokenHash = hashToken('a session token');
    const sql = sessionPrelude(tokenHash);
    assert.match(sql, new RegExp(`s\\.token_hash = '${tokenHash}'`));
    assert.match(sql, /set_config\('lindung\.user_id', session\.user_id::text, true\)/);
    assert.match(sql, /set_config\('role', 'lindung_app', true\)/);
  });

  it('refuses anything but a SHA-256 in hex, so nothing else reaches the SQL', () => {
    for (const tokenHash of ["' or true --", hashToken('x').toUpperCase(), `${hashToken('x')}'`, '']) {
      assert.throws(() => sessionPrelude(tokenHash), /SHA-256/);
    }
  });
});
