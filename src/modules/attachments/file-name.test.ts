import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanFileName } from './attachment.commands.ts';

describe('an attachment’s file name as kept', () => {
  it('keeps the name in any script, without its path', () => {
    assert.equal(cleanFileName('../../résumé 履歴書 ฟอร์ม.pdf'), 'résumé 履歴書 ฟอร์ม.pdf');
    assert.equal(cleanFileName('C:\\Users\\siti\\passport.png'), 'passport.png');
  });

  it('drops control characters and the marks that reorder text, so a name shows as it is', () => {
    assert.equal(cleanFileName('photo\u202egpj.exe'), 'photogpj.exe');
    assert.equal(cleanFileName('\u2067scan\u2069\u200f.png\u0000\u0007'), 'scan.png');
  });

  it('names a file that has nothing left "attachment", and keeps at most 200 characters', () => {
    assert.equal(cleanFileName('\u202e\u0001'), 'attachment');
    assert.equal(cleanFileName('a'.repeat(500)).length, 200);
  });
});
