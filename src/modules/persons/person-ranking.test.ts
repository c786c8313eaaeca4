import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeName } from '../../names/index.ts';
import { type CandidateFacts, rankCandidate, type SearchCriteria } from './person-ranking.ts';

const candidate = (names: string[], nameSimilarities: number[]): CandidateFacts => ({
  names,
  nameSimilarities,
  birthDate: null,
  birthYear: null,
  nationality: null,
  documentMatch: false,
});
const rank = (query: string, facts: CandidateFacts) => rankCandidate({}, normalizeName(query), facts);

describe('ranking a candidate by name', () => {
  it('never matches a stored name that says nothing, however alike it is spelled', () => {
    const ranked = rank('Haji Encik Ali', candidate(['Haji Encik'], [0.8]));
    assert.equal(ranked.nameMatched, false);
    assert.deepEqual(ranked.reasons, []);
    assert.equal(ranked.score, 0);
  });

  it('matches on a word that says who someone is, not on common words alone', () => {
    assert.equal(rank('Nguyen Van Duc', candidate(['Nguyễn Văn Nam'], [0.61])).nameMatched, false);
    assert.equal(
      rank('Nurhaliza', candidate(['Nur Haliza'], [0.62])).nameMatched,
      true,
      'spelled as one word',
    );
    const partial = rank('Faizal Ismail', candidate(['Muhammad Faizal bin Abdullah'], [0.3]));
    assert.equal(partial.nameMatched, true);
    assert.deepEqual(partial.reasons[0]?.words, { matched: 1, of: 2 });
    assert.equal(partial.reasons[0]?.on, 'name_partial');
  });

  it('still finds the Nguyens and the Sitis when only that was typed', () => {
    assert.equal(rank('Nguyen', candidate(['Nguyễn Văn Nam'], [0.4])).nameMatched, true);
    assert.equal(rank('Siti', candidate(['Siti Aminah'], [0.4])).nameMatched, true);
  });

  it('reads an initial as the start of a name (M. Faizal), but never matches on the initial alone', () => {
    const initial = rank('M. Faizal', candidate(['Muhammad Faizal bin Abdullah'], [0.3]));
    assert.equal(initial.nameMatched, true);
    assert.deepEqual(initial.reasons[0]?.words, { matched: 2, of: 2 });
    assert.equal(rank('F. Xyzzy', candidate(['Faizal Rahman'], [0.1])).nameMatched, false);
  });

  it('never matches a search of one letter or of digits by name, however alike the spelling (issue 8)', () => {
    for (const [query, stored] of [
      ['A', 'A'],
      ['A', 'Ahmad Faizal'],
      ['a.', 'A'],
      ['00/00', '00/00'],
    ] as const)
      assert.equal(rank(query, candidate([stored], [1])).nameMatched, false, `${query} / ${stored}`);
  });

  it('never matches a one-letter name on a name that only sounds like it (decision 0138)', () => {
    for (const query of ['Aye', 'Thi Da Aye'])
      assert.equal(rank(query, candidate(['A'], [0.2])).nameMatched, false, query);
  });

  it('never matches on words only begun when nothing else typed agreed (decision 0138)', () => {
    const junk = rank('ab '.repeat(100), candidate(['Muhammad Firdaus bin Abdullah'], [0.05]));
    assert.equal(junk.nameMatched, false);
    assert.equal(junk.score, 0);
    assert.equal(rank('xyz qqq zzz abd', candidate(['Abdullah'], [0.05])).nameMatched, false);
    assert.equal(rank('Abd', candidate(['Abdullah'], [0.2])).nameMatched, true, 'the one word being typed');
    assert.equal(
      rank('Muh Faiz', candidate(['Mohd Faizal bin Rahim'], [0.2])).nameMatched,
      true,
      'half found',
    );
  });

  it('does not find the Vietnamese Văn for the Malay Wan', () => {
    assert.equal(rank('Wan', candidate(['Nguyễn Văn Minh'], [0.2])).nameMatched, false);
    assert.equal(rank('Wan Aminah', candidate(['Wan Aminah binti Ali'], [0.6])).nameMatched, true);
  });
});

describe('the reason given for a given or father name near-spelled (issue 8, decision 0112)', () => {
  it('says Minh Nguyen found 1 of 2 words in Nguyễn Văn Mạnh, not the same name written differently', () => {
    const ranked = rank('Minh Nguyen', candidate(['Nguyễn Văn Mạnh'], [0.5]));
    assert.equal(ranked.nameMatched, true, 'still shown: the search asks for the Nguyens');
    assert.equal(ranked.reasons[0]?.on, 'name_partial');
    assert.deepEqual(ranked.reasons[0]?.words, { matched: 1, of: 2 });
  });

  it('says Ali bin Hassan found 1 of 2 words in Muhammad Ali bin Hussin', () => {
    const ranked = rank('Ali bin Hassan', candidate(['Muhammad Ali bin Hussin'], [0.5]));
    assert.equal(ranked.reasons[0]?.on, 'name_partial');
  });

  it('still calls a tone or a variant the same name (Minh Nguyen / Nguyễn Văn Minh, bin Hasan / bin Hassan)', () => {
    assert.equal(rank('Minh Nguyen', candidate(['Nguyễn Văn Minh'], [0.5])).reasons[0]?.on, 'name_tokens');
    assert.equal(rank('Ali bin Hasan', candidate(['Ali bin Hassan'], [0.8])).reasons[0]?.on, 'name_tokens');
  });
});

describe('the words a reason counts, as typed (issue 8, decision 0184)', () => {
  const words = (query: string, name: string) => rank(query, candidate([name], [0.6])).reasons[0]?.words;

  it('counts a word the names rules read as several once: Nurhaliza, Sitinurhaliza, Mohdfirdaus', () => {
    assert.deepEqual(words('Nurhaliza', 'Siti Nurhaliza binti Ahmad'), { matched: 1, of: 1 });
    assert.deepEqual(words('Siti Nurhaliza Ahmad', 'Siti Nurhaliza binti Ahmad'), { matched: 3, of: 3 });
    assert.deepEqual(words('Sitinurhaliza', 'Siti Nur Haliza'), { matched: 1, of: 1 });
    assert.deepEqual(words('Mohdfirdaus', 'Mohd Firdaus'), { matched: 1, of: 1 });
  });

  it('counts words typed apart that a rule reads as one as the words typed: Abdul Rahman, Thi Da, Srey Mom', () => {
    assert.deepEqual(words('Abdul Rahman', 'Abdul Rahman bin Ali'), { matched: 2, of: 2 });
    assert.deepEqual(words('Thi Da', 'Thida Aung'), { matched: 2, of: 2 });
    assert.deepEqual(words('Srey Mom', 'Sreymom Chan'), { matched: 2, of: 2 });
  });

  it('counts a typed word as agreeing only when all its pieces did', () => {
    const ranked = rank('Nurhaliza Rahman', candidate(['Nur Aini Rahman'], [0.6]));
    assert.deepEqual(ranked.reasons[0]?.words, { matched: 1, of: 2 });
    assert.equal(ranked.reasons[0]?.agreement, 'exact');
    assert.equal(ranked.reasons[0]?.on, 'name_partial');
  });
});

describe('the tier a year of birth searched for gives', () => {
  const born = (birthYear: number | null): CandidateFacts => ({ ...candidate(['Aung'], [1]), birthYear });
  const tier = (facts: CandidateFacts, criteria: SearchCriteria = { name: 'Aung', birthYear: 1990 }) =>
    rankCandidate(criteria, normalizeName('Aung'), facts).tier;

  it('puts the same year above two years off or unknown, and those above a year far off', () => {
    assert.deepEqual(
      [born(1990), born(1992), born(null), born(1960)].map((facts) => tier(facts)),
      [2, 1, 1, 0],
    );
  });

  it('leaves every name match in one tier when no year is searched for, and a document above all', () => {
    assert.equal(tier(born(1960), { name: 'Aung' }), 1);
    assert.equal(tier({ ...born(1960), documentMatch: true }), 3);
  });
});
