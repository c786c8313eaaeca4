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
    // Md and Mhd, Muhammad shortened, written joined (decision 0178).
    ['Mdsyahmi', ['muhammad', 'syahmi']],
    ['MDSHAFIQ', ['muhammad', 'shafiq']],
    ['Mhdzulhilmi', ['muhammad', 'zulhilmi']],
    // The first of two given names built as "X al-", under its -ol spelling too (decision 0178).
    ['Khairulfaisal', ['khairul', 'faisal']],
    ['Khairolrizal', ['khairul', 'rizal']],
    ['KHAIROLIKHWAN', ['khairul', 'ikhwan']],
    ['Amirolhakim', ['amirul', 'hakim']],
    ['Syahrulnizam', ['shahrul', 'nizam']],
    ['Zainalabidin', ['zainal', 'abidin']],
  ];
  for (const [joined, apart] of cases)
    it(`reads ${joined} as ${apart.join(' + ')}`, () => assert.deepEqual(own(joined), apart));

  it('meets the same name written apart and under another spelling word for word', () => {
    assert.equal(score('Noorsalmah binti Yusof', 'Nur Salmah binti Yusof'), 1);
    assert.equal(score('Cik Noorulhajar binti Hassan', 'NURUL HAJAR BINTI HASSAN'), 1);
    assert.equal(score('Norsuraya', 'NOR SURAYA'), 1);
    assert.equal(score('Mohdfirdaus', 'MOHD FIRDAUS'), 1);
    assert.equal(score('Putrihajar', 'Puteri Hajar binti Hassan'), 1 * 0.95);
    assert.equal(score('Khairolrizal', 'KHAIRUL RIZAL'), 1);
    assert.equal(score('Khairul Ikhwan', 'KHAIROLIKHWAN BIN ABD AZIZ'), 1 * 0.95);
  });

  it('meets the name written apart with Muhammad shortened, and with another spelling of the second word', () => {
    assert.equal(score('Mdsyahmi', 'MUHAMMAD SYAHMI'), 1);
    assert.ok(score('Mdsyahmi', 'Muhammadshahmi bin Che Mat') >= 0.9);
    // The second word is compared as a word of its own, as if written apart: Faisal and Faizal are close spellings.
    assert.equal(
      score('Khairulfaisal', 'KHAIRUL FAIZAL BIN UTHMAN'),
      score('Khairul Faisal', 'KHAIRUL FAIZAL BIN UTHMAN'),
    );
    assert.ok(score('Khairulfaisal', 'Khairul Faizal') > score('Khairulfaisal', 'Khairul Rizal'));
  });

  it('reads Muhammad typed with a slip and joined as Muhammad and the name after it (decision 0187)', () => {
    assert.deepEqual(own('Muhmmadrasydan'), ['muhammad', 'rasydan']);
    assert.deepEqual(own('MUHAMMAADRIZAL'), ['muhammad', 'rizal']);
    assert.deepEqual(own('Mohamadzulhhilmi'), ['muhammad', 'zulhhilmi']);
    assert.deepEqual(own('Muhmamadfirdaus'), ['muhammad', 'firdaus']);
    assert.equal(score('Muhmmadrasydan', 'MUHAMMAD RASYDAN BIN ROSLI'), 1 * 0.95);
  });

  it('does not read a slip of a shorter leading word, or a first letter changed, as that word', () => {
    for (const word of ['Khairunisa', 'Kamaruzaman', 'Amiruddin', 'Nuhammadrizal', 'Muhammadi'])
      assert.deepEqual(own(word), [word.toLowerCase()], word);
  });

  it('reads Puteri and Putri as one name word, not a title dropped', () => {
    assert.deepEqual(own('Puteri Adibah'), ['putri', 'adibah']);
    assert.equal(score('Putri Adibah', 'Puteri Adibah binti Abdullah'), 1 * 0.95);
    assert.ok(score('Dian Putri', 'dian poetri') >= 0.95);
  });

  it('keeps whole a word whose rest is short or begins as no word does', () => {
    // Nordin, Norman, Nurulain: too short after the leading word; Norrdin: a slip in Nordin.
    // Saifullah, Kamaruddin, Khairuddin: no leading word and a name, but one name. Stella,
    // Stephanie, Stanley: St is Siti shortened only as a word of its own (St Aminah).
    for (const word of [
      'Nordin',
      'Norman',
      'Nurulain',
      'Norrdin',
      'Ahmadi',
      'Siti',
      'Saifullah',
      'Kamaruddin',
      'Khairuddin',
      'Khairul',
      'Mdina',
      'Stella',
      'Stephanie',
      'Stanley',
    ])
      assert.deepEqual(own(word), [word.toLowerCase()], word);
  });

  it('never fails and never meets on nothing, on a name too long, of one letter or of mixed scripts', () => {
    const long = `Md${'syahmi'.repeat(1700)}`;
    assert.ok(own(long).length <= 2);
    assert.deepEqual(own('M'), ['m']);
    assert.equal(own('Md').length, 1);
    for (const odd of ['Mdนูร', 'Khairulไฟซอล', 'Mdسيد', '', '   ', 'Md-', 'Khairul-'])
      assert.doesNotThrow(() => own(odd), odd);
    assert.equal(score('', 'Mdsyahmi'), 0);
    assert.equal(score('Md', 'Mdsyahmi') < 1, true);
  });

  it('leaves names in other scripts and with marks of their own alone', () => {
    assert.equal(own('Nguyễn Thị Nhàn').length, 3);
    assert.deepEqual(own("Nor'aini"), ['noraini']);
  });
});
