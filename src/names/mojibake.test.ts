import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { misreadUtf8 } from './mojibake.ts';
import { normalizeName } from './normalize.ts';

/** UTF-8 bytes read as Windows-1252, as an old export does. */
const asWindows1252 = (text: string) =>
  new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
/** UTF-8 bytes read as Latin-1, control characters and all. */
const asLatin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

describe('a name whose UTF-8 was read as Windows-1252 or Latin-1 (decision 0141)', () => {
  for (const name of [
    'Nguyễn Hữu Hải',
    'LÊ VĂN HIẾU',
    'Hồ Thị Hạnh',
    'HỒ THỊ HẠNH',
    'Trần Quang',
    'José Santos',
  ])
    it(`reads ${asWindows1252(name)} back as ${name}`, () => {
      assert.equal(misreadUtf8(asWindows1252(name)), name);
      assert.equal(misreadUtf8(asLatin1(name)), name);
    });

  it('matches the misread name as the name it was, and keeps what was typed for display', () => {
    const misread = asWindows1252('Lê Văn Hiếu');
    const name = normalizeName(misread);
    assert.deepEqual(
      name.own.map((t) => t.canonical),
      normalizeName('Lê Văn Hiếu').own.map((t) => t.canonical),
    );
    assert.equal(name.display, misread);
    assert.equal(name.impliedSex, 'male');
    assert.equal(name.unicode, undefined);
  });

  it('reads a HẠ whose last byte (0xA0) was shown as a space at the end of the name', () => {
    assert.ok(asWindows1252('TRẦN THỊ HẠ').endsWith('\u00a0'));
    assert.equal(normalizeName(asWindows1252('TRẦN THỊ HẠ')).folded, normalizeName('TRẦN THỊ HẠ').folded);
  });

  it('leaves names written in Latin-1 letters and in other scripts as they are', () => {
    for (const name of [
      'João Araújo',
      'MUÑOZ ÑAÑEZ',
      'Ãngela',
      'ÂN',
      'Nguyễn Văn Đức',
      'สมศักดิ์',
      'Siti Aminah',
    ])
      assert.equal(misreadUtf8(name), undefined, name);
  });
});
