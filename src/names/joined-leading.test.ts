import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareNames } from './match.ts';
import { normalizeName } from './normalize.ts';

const own = (name: string) => normalizeName(name).own.map((t) => t.canonical);
const score = (a: string, b: string) => compareNames(normalizeName(a), normalizeName(b), 'pair').score;

describe('Malay leading name words written joined (rules/joined-leading.ts)', () => {
  const cases: [joined: string, apart: string[]][] = [
    ['Mohdfirdaus', ['muhammad', 'firdaus']],
    ['Muhammadidris', ['muhammad', 'idris']],
    ['Mohammadlukman', ['muhammad', 'lukman']],
    ['Noorulhajar', ['nurul', 'hajar']],
    ['Norsuraya', ['nur', 'suraya']],
    ['Noorsalmah', ['nur', 'salmah']],
    ['Sitinurhaliza', ['siti', 'nur', 'haliza']],
    ['Ahmadaiman', ['ahmad', 'aiman']],
    ['Puterinadia', ['putri', 'nadia']],
  ];
  for (const [joined, apart] of cases)
    it(`reads ${joined} as ${apart.join(' + ')}`, () => assert.deepEqual(own(joined), apart));

  it('meets the same name written apart and under another spelling word for word', () => {
    assert.equal(score('Noorsalmah binti Yusof', 'Nur Salmah binti Yusof'), 1);
    assert.equal(score('Cik Noorulhajar binti Hassan', 'NURUL HAJAR BINTI HASSAN'), 1);
    assert.equal(score('Norsuraya', 'NOR SURAYA'), 1);
    assert.equal(score('Mohdfirdaus', 'MOHD FIRDAUS'), 1);
    assert.equal(score('Putrihajar', 'Puteri Hajar binti Hassan'), 1 * 0.95);
  });

  it('reads Puteri and Putri as one name word, not a title dropped', () => {
    assert.deepEqual(own('Puteri Adibah'), ['putri', 'adibah']);
    assert.equal(score('Putri Adibah', 'Puteri Adibah binti Abdullah'), 1 * 0.95);
    assert.ok(score('Dian Putri', 'dian poetri') >= 0.95);
  });

  it('keeps whole a word whose rest is short or begins as no word does', () => {
    // Nordin, Norman, Nurulain: too short after the leading word; Norrdin: a slip in Nordin.
    for (const word of ['Nordin', 'Norman', 'Nurulain', 'Norrdin', 'Ahmadi', 'Siti'])
      assert.deepEqual(own(word), [word.toLowerCase()], word);
  });

  it('leaves names in other scripts and with marks of their own alone', () => {
    assert.equal(own('Nguyễn Thị Nhàn').length, 3);
    assert.deepEqual(own("Nor'aini"), ['noraini']);
  });
});
