import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jaroWinkler } from './jaro-winkler.ts';
import { compareNames } from './match.ts';
import { normalizeName } from './normalize.ts';

const score = (a: string, b: string, mode: 'search' | 'pair' = 'pair') =>
  compareNames(normalizeName(a), normalizeName(b), mode).score;

/** Same person, written by two agencies. */
const samePerson: [group: string, a: string, b: string][] = [
  ['Malay', 'Muhammad bin Abdullah', 'Mohd b. Abdullah'],
  ['Malay', 'Haji Ahmad bin Hassan', 'Achmad b. Hasan'],
  ['Malay', 'Siti Nurhaliza binti Tarudin', 'Siti Nurhaliza bt Tarudin'],
  ['Malay', 'Noor Azlina binti Osman', 'Nor Azlina bte Othman'],
  ['Malay', 'Zainal Abidin bin Abdul Rahman', 'Zainal Abidin b. Abdulrahman'],
  ['Malay', 'Encik Mohamed Yusoff bin Ismail', 'Muhammad Yusof Ismail'],
  ['Indian-Malaysian', 'M. Kuppusamy a/l Muthusamy', 'Kuppusamy A/L Muthusamy'],
  ['Indonesian', 'Soekarno', 'Sukarno'],
  ['Indonesian', 'Djoko Widodo', 'Joko Widodo'],
  ['Indonesian', 'Soeharto', 'Suharto'],
  ['Indonesian', 'Jusuf Kalla', 'Yusuf Kalla'],
  ['Indonesian', 'Tjahjo Kumolo', 'Cahyo Kumolo'],
  ['Indonesian', 'Sjahrir', 'Syahrir'],
  ['Vietnamese', 'Nguyễn Văn Đức', 'Nguyen Van Duc'],
  ['Vietnamese', 'Nguyễn Văn Đức', 'Duc Nguyen Van'],
  ['Vietnamese', 'Trần Thị Ánh Nguyệt', 'Anh Nguyet Tran Thi'],
  ['Vietnamese', 'Đặng Thị Hồng', 'Dang Thi Hong'],
  ['Burmese', 'Aung Kyaw Htun', 'Aung Chaw Tun'],
  ['Burmese', 'Win Myint', 'Winn Myintt'],
  ['Burmese', 'Maung Maung Kyaw', 'Mg Mg Kyaw'],
  ['Burmese', 'Daw Khin Mar Lwin', 'Khin Marr Lwin'],
  ['Burmese', 'Kyaw Zaw Oo', 'Kyaw Zaw U'],
  ['Burmese', 'Maung Thein Htay', 'Thein Htay'],
  ['Burmese', 'Hnin Ei Phyu', 'Hnin Ay Phyu'],
  ['Thai', 'Somchai Jaidee', 'Somchay Jaidee'],
  ['Thai', 'Prayuth Chan-ocha', 'Prayut Chanocha'],
  ['Thai', 'Sombath Somphone', 'Sombat Sompone'],
  ['Khmer', 'Sok Chhay', 'Sok Chay'],
  ['Khmer', 'Chea Sophea', 'Chia Sopheа'],
  ['Khmer', 'Khim Sokha', 'Kim Sokkha'],
];

/** Different persons whose names share common tokens. */
const differentPersons: [group: string, a: string, b: string][] = [
  ['Malay', 'Muhammad bin Abdullah', 'Muhammad bin Ismail'],
  ['Malay', 'Siti Aminah binti Yusof', 'Siti Khadijah binti Hassan'],
  ['Vietnamese', 'Nguyễn Văn Đức', 'Nguyễn Văn Hùng'],
  ['Vietnamese', 'Nguyễn Thị Lan', 'Trần Thị Mai'],
  ['Vietnamese', 'Phạm Thị Thảo', 'Phạm Thị Hương'],
  ['Burmese', 'Aung Kyaw Htun', 'Min Thu Naing'],
  ['Burmese', 'Ko Ko Aung', 'Aung'],
  ['Burmese', 'Maung Maung Kyaw', 'Kyaw'],
  ['Indonesian', 'Budi Santoso', 'Agus Salim'],
  ['Thai', 'Somchai Jaidee', 'Niran Boonmee'],
  ['Khmer', 'Sok Chhay', 'Chan Dara'],
  ['mixed', 'Nguyen Thi Lan', 'Budi Santoso'],
];

describe('the same person written two ways', () => {
  for (const [group, a, b] of samePerson) {
    it(`${group}: "${a}" matches "${b}"`, () => {
      const value = score(a, b);
      assert.ok(value >= 0.8, `${value}`);
    });
  }
});

describe('different persons with common names', () => {
  for (const [group, a, b] of differentPersons) {
    it(`${group}: "${a}" does not match "${b}"`, () => {
      const value = score(a, b);
      assert.ok(value < 0.6, `${value}`);
    });
  }
});

describe('search as you type', () => {
  it('finds a name from its first letters', () => {
    assert.ok(score('Nguyen Thi La', 'Nguyễn Thị Lan', 'search') >= 0.8);
    assert.ok(score('Kuppus', 'Kuppusamy a/l Muthusamy', 'search') >= 0.5);
    assert.ok(score('Muhammad bin Abdul', 'Mohd b. Abdullah', 'search') >= 0.8);
  });

  it('finds a name from a part of it', () => {
    assert.ok(score('Abdullah', 'Muhammad bin Abdullah', 'search') >= 0.6);
  });

  it('finds every bearer of a common name typed alone, or its first letters, which a pair would not match on', () => {
    for (const [typed, name] of [
      ['Siti', 'Siti Aminah binti Ali'],
      ['Ahmad', 'Ahmad Faizal bin Hassan'],
      ['Muh', 'Muhammad bin Abdullah'],
      ['Nguy', 'Nguyễn Thị Lan'],
    ] as const) {
      assert.ok(score(typed, name, 'search') >= 0.55, `${typed} → ${name}: ${score(typed, name, 'search')}`);
      assert.ok(score(typed, name) <= 0.5, `not a pair: ${typed} / ${name}`);
    }
    assert.ok(
      score('Muhammad bin Abdullah', 'Muhammad bin Ismail', 'search') <= 0.5,
      'a name typed whole must be found whole',
    );
  });

  it('reads one letter typed after a whole name as the start of the next', () => {
    assert.ok(score('Dewi L', 'Dewi Lestari', 'search') >= 0.75);
    assert.ok(score('Dewi L', 'Dewi Sartika', 'search') < score('Dewi L', 'Dewi Lestari', 'search'));
    assert.ok(
      score('Dewi L', 'Dewi Lestari') < score('Dewi L', 'Dewi Lestari', 'search'),
      'only when typing',
    );
  });

  it('finds a doubled Burmese name from its first words, before a name it is not', () => {
    assert.ok(
      score('Maung Maung', 'Maung Maung Kyaw', 'search') > score('Maung Maung', 'Aung Kyaw Moe', 'search'),
    );
  });

  it('never matches a one-letter name by its sound or its letters, only as written or as an initial (decision 0138)', () => {
    for (const [typed, name] of [
      ['Aye', 'A'],
      ['Thi Da Aye', 'A'],
      ['Aye Aye', 'A'],
    ] as const) {
      assert.equal(score(typed, name, 'search'), 0, `${typed} → ${name}`);
      assert.equal(score(name, typed), 0, `pair: ${name} / ${typed}`);
    }
    assert.ok(score('Aung A', 'Aung A', 'search') >= 0.9, 'the same letter, with a name');
    assert.ok(score('A Faizal', 'Ahmad Faizal', 'search') >= 0.8, 'an initial still reads as the start');
    assert.ok(
      score('Kyaw Oo', 'Kyaw U') >= 0.9,
      'one romanisation of the letter as another (a known spelling)',
    );
  });

  it('reads a one-letter consonant as an initial, never joined to another by a spelling key (decision 0144)', () => {
    for (const [one, other] of [
      ['Dewi D', 'Dewi T'],
      ['Aung W', 'Aung V'],
      ['Siti J', 'Siti Y'],
    ] as const) {
      for (const mode of ['pair', 'search'] as const) {
        assert.equal(
          score(one, other, mode),
          score(one, `${other.slice(0, -1)}S`, mode),
          `${one} / ${other} (${mode}) as two different initials`,
        );
      }
    }
    assert.ok(score('Dewi D', 'Dewi T') < 0.6, 'two initials are two names');
    assert.ok(score('Kyaw O', 'Kyaw Aw', 'search') >= 0.9, 'a vowel alone is a syllable romanised two ways');
    assert.ok(score('Mya E', 'Mya Eh') >= 0.9);
  });

  it('never matches on words typed again and again, or on their two first letters (decision 0138)', () => {
    assert.equal(score('ab '.repeat(100), 'Muhammad Firdaus bin Abdullah', 'search'), 0);
    assert.equal(score('Ab', 'Abdullah', 'search'), 0, 'two letters begin too many names');
    assert.ok(score('Abd', 'Abdullah', 'search') >= 0.55, 'three letters are a name being typed');
    assert.ok(score('Nguyen Thi La', 'Nguyễn Thị Lan', 'search') >= 0.8, 'two letters narrow a whole name');
    assert.equal(
      score('Siti Siti Siti Siti', 'Siti Aminah', 'search'),
      score('Siti', 'Siti Aminah', 'search'),
      'a word counts once',
    );
  });

  it('never matches on nothing', () => {
    assert.equal(score('', 'Muhammad'), 0);
    assert.equal(score('---', '---'), 0);
    assert.equal(score('bin', 'binti'), 0);
  });
});

describe('how each word agreed', () => {
  const agreements = (a: string, b: string) =>
    compareNames(normalizeName(a), normalizeName(b), 'search').agreements;

  it('says exact only for a word written the same once case, accents and dots are folded', () => {
    assert.deepEqual(agreements('NGUYEN VAN NAM', 'Nguyễn Văn Nam'), ['exact', 'exact', 'exact']);
    assert.deepEqual(agreements('Mohd. Abdullah', 'Mohd b. Abdullah'), ['exact', 'exact']);
  });

  it('says variant for a word that agreed by its canonical form, scoring as the same word does', () => {
    assert.deepEqual(agreements('Muhd Abdulah', 'Mohd b. Abdullah'), ['variant', 'variant']);
    assert.equal(
      score('Muhd Abdulah', 'Mohd b. Abdullah', 'search'),
      score('Mohd Abdullah', 'Mohd b. Abdullah', 'search'),
    );
  });

  it('says variant for a word a rule read otherwise than written, exact for the same word written', () => {
    assert.deepEqual(agreements('Siti Nurhaliza', 'Siti Nur Haliza'), ['exact', 'variant', 'variant']);
    assert.deepEqual(agreements('Siti Nurhaliza', 'Siti Nurhaliza'), ['exact', 'exact', 'exact']);
    assert.deepEqual(agreements('5iti Aminah', 'Siti Aminah'), ['variant', 'exact']);
  });

  it('says variant for words that agreed only once put together or romanised', () => {
    assert.deepEqual(agreements('Thi Da', 'Thida'), ['variant']);
    assert.deepEqual(agreements('Kyaw Zin Htet', 'ကျော်ဇင်ထက်'), ['variant', 'variant', 'variant']);
  });
});

describe('Jaro–Winkler', () => {
  const cases: [string, string, number][] = [
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['abc', 'abc', 1],
    ['abc', 'xyz', 0],
  ];
  for (const [a, b, expected] of cases) {
    it(`scores ${a}/${b} ${expected}`, () => assert.ok(Math.abs(jaroWinkler(a, b) - expected) < 0.001));
  }
});
