import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasNonLatinLetters, normalizeName, skeleton } from '../names/index.ts';
import { romanisationRules } from '../names/rules/romanisation.ts';
import { missing, nameComparison } from './comparisons.ts';
import { prepareRecord } from './record.ts';

// What decision 0139 keeps once instead of working out per pair must give what the per-pair work gave.

const prepared = (name: string, index = 0) => prepareRecord({ id: name, name, birth: '1990-05-01' }, index);
const levelOf = (a: string, b: string) => {
  const level = nameComparison.compare(prepared(a, 0), prepared(b, 1));
  return level === missing ? 'missing' : nameComparison.levels[level];
};

describe('the name comparison with what it reads kept once per record (decision 0139)', () => {
  // Levels as main gave them before decision 0139 (per pair: the script test, the skeletons, the
  // bag score's objects), both ways round: decision 0134's names, brackets, Thai titles, scripts.
  const levels: [a: string, b: string, level: string][] = [
    ['Min Thura Soe', 'MIN THU RASOE', 'strong'],
    ['Hlathant Thet', 'Maung Hla Thantthet', 'strong'],
    ['Ong Yi-wai', 'Ong Yee Wai', 'strong'],
    ['Sit In Ur', 'Siti Nur', 'different'],
    ['Nur Haliza', 'Nurhaliza binti Ahmad', 'strong'],
    ['Nur Aini (binti Ahmad)', 'Nur Aini binti Hassan', 'different'],
    ['Malee Srisook (Noi)', 'Malee Srisook', 'exact'],
    ['Ratana Sukprasert (Ploy)', 'Ratana Sukprasert', 'exact'],
    ['นางสาวศศิธร', 'Sasithon', 'exact'],
    // Read from Thai script: our reading may share nothing with an officer's spelling, so never 'another name'.
    ['นางสาวศศิธร', 'Malee Srisook', 'different'],
    ['นายิกา', 'Nayika', 'exact'],
    ['ကျော်ဇင်ထက်', 'Kyaw Zin Htet', 'exact'],
    ['ကျော်ဇင်ထက်', 'Firdaus bin Yusof', 'different'],
    ['Firdaus bin Yusof', 'Nur Shuhada binti Yusof', 'another name'],
    ['Nguyễn Văn Mạnh', 'Nguyễn Văn Minh', 'another name'],
    ['Trần Hữu Trung', 'Bùi Hữu Trung', 'another name'],
    ['Nur Sabrina bt Nordin', 'Nur Sabrina bt Hashim', 'another name'],
    // 'different' before decision 0153, whose skeletons' letters bring Yell near Ye.
    ['Ye Winthet', 'Yell Win Thet', 'strong'],
    ['Jessica Tan Mei-Ling', 'Tan Mei Ling', 'close'],
    ['Siti Sabrina', 'Nur Sabrina', 'close'],
    ['កញ្ញា', 'Kagna', 'variant'],
    ['Sok Kanha', 'Sok Kagna', 'variant'],
  ];
  for (const [a, b, level] of levels)
    it(`gives ${a} / ${b} the level main gave (${level}), both ways`, () => {
      assert.equal(levelOf(a, b), level);
      assert.equal(levelOf(b, a), level);
    });

  it("tests the written name's script once as the comparison tested it per pair", () => {
    for (const name of [
      'Malee Srisook',
      'นางสาวศศิธร',
      'ကျော်ဇင်ထက်',
      'កញ្ញា',
      'Nguyễn Văn Mạnh',
      'Zoë µ',
      'Ali (อาลี)',
    ])
      assert.equal(prepared(name).otherScript, hasNonLatinLetters(name), name);
    // A Thai name whose UTF-8 was read as Latin-1 is compared as the Thai it was (decision 0141).
    assert.equal(prepared(Buffer.from('ศศิธร ศรีสุข', 'utf8').toString('latin1')).otherScript, true);
    // Only given and family written: no name as written, as the per-pair test read ''.
    assert.equal(prepareRecord({ id: 'x', given: 'ศศิธร', family: 'Srisook' }, 0).otherScript, false);
  });

  it('gives each skeleton kept by spelling as the rules give it, the first time and again', () => {
    const direct = (word: string) =>
      romanisationRules.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), word);
    const words = ['kyaw', 'chaw', 'htun', 'winn', 'minthurasoe', 'kagna', 'kaewdej', 'thidar', 'sasithon'];
    for (const word of [...words, ...words]) assert.equal(skeleton(word), direct(word), word);
  });

  it('reads names without a bracket or a Thai title as before: the whole written name', () => {
    assert.deepEqual(
      normalizeName('Malee Srisook').own.map((t) => t.canonical),
      ['malee', 'srisook'],
    );
    assert.deepEqual(normalizeName('Malee Srisook').nicknames, []);
    assert.deepEqual(
      normalizeName('Malee Srisook (Noi)').nicknames.map((t) => t.canonical),
      ['noi'],
    );
    assert.deepEqual(normalizeName('นางสาวศศิธร').honorifics, ['nangsao']);
  });
});
