import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldName } from './fold.ts';
import { spellingKeys } from './keys.ts';
import { matchTokens } from './name-words.ts';
import { maxNameLength, normalizeName } from './normalize.ts';

const own = (name: string) => normalizeName(name).own.map((t) => t.canonical);
const father = (name: string) => normalizeName(name).father.map((t) => t.canonical);

describe('folding', () => {
  const cases: [string, string][] = [
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['ĐẶNG THỊ HỒNG', 'dang thi hong'],
    ['Trần Thị Ánh Nguyệt', 'tran thi anh nguyet'],
    ['Phạm Quốc Hưng', 'pham quoc hung'],
    ['Lê Thị Bích Ngọc', 'le thi bich ngoc'],
    ['SITI NURHALIZA', 'siti nurhaliza'],
    ['Müller', 'muller'],
  ];
  for (const [written, folded] of cases) {
    it(`folds "${written}" to "${folded}"`, () => assert.equal(foldName(written), folded));
  }

  it('keeps Myanmar, Thai and Khmer vowel signs, which are letters there', () => {
    assert.equal(foldName('အောင်ကျော်'), 'အောင်ကျော်'.normalize('NFC'));
    assert.equal(foldName('สมชาย'), 'สมชาย');
    assert.equal(foldName('សុខ'), 'សុខ');
  });

  it('keeps the name as written for display', () => {
    assert.equal(normalizeName('  Nguyễn Văn Đức ').display, 'Nguyễn Văn Đức');
  });
});

describe('Malay and Indonesian patronymics', () => {
  const cases: [string, string[], string[], 'son' | 'daughter' | 'child' | undefined][] = [
    ['Muhammad bin Abdullah', ['muhammad'], ['abdullah'], 'son'],
    ['Mohd b. Abdullah', ['muhammad'], ['abdullah'], 'son'],
    ['Mohd b Abdullah', ['muhammad'], ['abdullah'], 'son'],
    ['Siti Aminah binti Ismail', ['siti', 'aminah'], ['ismail'], 'daughter'],
    ['Nurul Huda bt. Hassan', ['nurul', 'huda'], ['hassan'], 'daughter'],
    ['Noor Azlina bte Osman', ['nur', 'azlina'], ['othman'], 'daughter'],
    ['M. Kuppusamy a/l Muthusamy', ['m', 'kuppusamy'], ['muthusamy'], 'son'],
    ['Kavitha a/p Raman', ['kavitha'], ['raman'], 'daughter'],
    ['Ravi s/o Subramaniam', ['ravi'], ['subramaniam'], 'son'],
    ['Jenang anak Sumbang', ['jenang'], ['sumbang'], 'child'],
    ['Budi Santoso', ['budi', 'santoso'], [], undefined],
    ['Zainal Abidin bin Abdul Rahman', ['zainal', 'abidin'], ['abdulrahman'], 'son'],
  ];
  for (const [written, given, fathers, kind] of cases) {
    it(`reads "${written}" as ${given.join(' ')} / father ${fathers.join(' ') || '—'}`, () => {
      assert.deepEqual(own(written), given);
      assert.deepEqual(father(written), fathers);
      assert.equal(normalizeName(written).patronymic, kind);
    });
  }

  it('does not read a trailing "bin" or a lone name as a patronymic', () => {
    assert.deepEqual(own('Ahmad bin'), ['ahmad']);
    assert.equal(normalizeName('Bin').patronymic, undefined);
  });

  it('says the sex the marker says', () => {
    assert.equal(normalizeName('Ali bin Hassan').impliedSex, 'male');
    assert.equal(normalizeName('Aishah binti Yusof').impliedSex, 'female');
  });
});

describe('honorifics and titles', () => {
  const cases: [string, string[], string[]][] = [
    ['Haji Ahmad bin Hassan', ['haji'], ['ahmad']],
    ['Hj. Ahmad Hassan', ['hj'], ['ahmad', 'hassan']],
    ['Hajjah Fatimah binti Ali', ['hajjah'], ['fatimah']],
    ['Encik Razak Osman', ['encik'], ['razak', 'othman']],
    ['Puan Rohani Yusof', ['puan'], ['rohani', 'yusuf']],
    ["Dato' Seri Anwar Ibrahim", ['dato seri'], ['anwar', 'ibrahim']],
    ['Datuk Haji Mohd Zainal', ['datuk', 'haji'], ['muhammad', 'zainal']],
    ['Tan Sri Muhyiddin Yassin', ['tan sri'], ['muhyiddin', 'yassin']],
    ['Syed Hamid Albar', ['syed'], ['hamid', 'albar']],
    ['Daw Khin Mar Lwin', ['daw'], ['khin', 'mar', 'lwin']],
    ['U Thein Sein', ['u'], ['thein', 'sein']],
    ['Ma Thida', ['ma'], ['thida']],
    ['Nang Seng', ['nang'], ['seng']],
  ];
  for (const [written, peeled, rest] of cases) {
    it(`peels ${peeled.join(', ')} off "${written}"`, () => {
      assert.deepEqual(normalizeName(written).honorifics, peeled);
      assert.deepEqual(own(written), rest);
    });
  }

  it('keeps a doubled Burmese title word as a name, as the Myanmar script does', () => {
    assert.deepEqual(own('Maung Maung Kyaw'), ['maung', 'maung', 'kyaw']);
    assert.deepEqual(own('Mg Mg Kyaw'), ['maung', 'maung', 'kyaw']);
    assert.deepEqual(own('Ko Ko Aung'), ['ko', 'ko', 'aung']);
    assert.deepEqual(own('Ma Ma Aye'), ['ma', 'ma', 'aye']);
    // A single one is still a title.
    assert.deepEqual(own('Maung Kyaw'), ['kyaw']);
    assert.deepEqual(own('Mg Kyaw'), ['kyaw']);
  });

  it('peels a Burmese title before syllables written another way (Linn, Zinn, Soo, Pye; decision 0117)', () => {
    assert.deepEqual(normalizeName('Daw Linn Pye').honorifics, ['daw']);
    assert.deepEqual(own('Daw Linn Pye'), ['linn', 'pye']);
    assert.deepEqual(own('Ma Linn Soo'), ['linn', 'soo']);
    assert.deepEqual(own('MG ZINN LA'), ['zinn', 'la']);
    // A Ma before no Burmese syllable stays a word.
    assert.deepEqual(own('Ma Cristina Santos'), ['ma', 'cristina', 'santos']);
  });

  it('never peels a title that is all there is', () => {
    assert.deepEqual(own('Haji'), ['haji']);
  });

  it('keeps Vietnamese Mã and Burmese-looking words in a Vietnamese name', () => {
    assert.deepEqual(own('Ma Thi Hoa'), ['ma', 'thi', 'hoa']);
  });
});

describe('canonical variants', () => {
  const cases: [string, string][] = [
    ['Muhammad', 'muhammad'],
    ['Mohammed', 'muhammad'],
    ['Mohamad', 'muhammad'],
    ['Mohd', 'muhammad'],
    ['Md.', 'muhammad'],
    ['Muhd', 'muhammad'],
    ['Noor', 'nur'],
    ['Nor', 'nur'],
    ['Sitti', 'siti'],
    ['Ahmed', 'ahmad'],
    ['Hussein', 'hussain'],
    ['Abd Rahman', 'abdulrahman'],
    ['Abdul Rahman', 'abdulrahman'],
  ];
  for (const [written, canonical] of cases) {
    it(`makes "${written}" ${canonical}`, () => assert.deepEqual(own(written), [canonical]));
  }
});

describe('Indonesian old spellings', () => {
  const cases: [string, string][] = [
    ['soekarno', 'sukarno'],
    ['soeharto', 'suharto'],
    ['djoko', 'joko'],
    ['tjahjo', 'cahyo'],
    ['sjahrir', 'syahrir'],
    ['njoman', 'nyoman'],
    ['achmad', 'akhmad'],
    ['djojohadikoesoemo', 'joyohadikusumo'],
    ['jusuf', 'yusuf'],
  ];
  for (const [old, modern] of cases) {
    it(`reads "${old}" as "${modern}" too, keeping what was written`, () => {
      const keys = spellingKeys(old);
      assert.ok(keys.includes(modern), keys.join(','));
      assert.ok(keys.includes(old));
    });
  }

  it('rewrites "dj" once: Djoko is Joko, not Yoko', () => {
    assert.deepEqual(spellingKeys('djoko').sort(), ['djoko', 'joko']);
  });

  it('keeps a modern j as it is and adds the old reading', () => {
    assert.deepEqual(spellingKeys('joko').sort(), ['joko', 'yoko']);
  });
});

describe('Vietnamese order', () => {
  const cases: [string, { family: string; middle: string[]; given: string }][] = [
    ['Nguyễn Văn Đức', { family: 'nguyen', middle: ['van'], given: 'duc' }],
    ['Duc Nguyen Van', { family: 'nguyen', middle: ['van'], given: 'duc' }],
    ['Trần Thị Ánh Nguyệt', { family: 'tran', middle: ['thi', 'anh'], given: 'nguyet' }],
    ['Lan Nguyen Thi', { family: 'nguyen', middle: ['thi'], given: 'lan' }],
    ['Phạm Hùng', { family: 'pham', middle: [], given: 'hung' }],
    // A first-name box holding the middle name: Middle Given Family.
    ['THI DIEP DANG', { family: 'dang', middle: ['thi'], given: 'diep' }],
    ['Thị Thu Lan Trần', { family: 'tran', middle: ['thi', 'thu'], given: 'lan' }],
    // Family name last, as foreign documents write it, without a mark or a Văn/Thị to tell.
    ['Trung Huu Tran', { family: 'tran', middle: ['huu'], given: 'trung' }],
  ];
  for (const [written, reading] of cases) {
    it(`reads "${written}" as family ${reading.family}, given ${reading.given}`, () => {
      assert.deepEqual(normalizeName(written).vietnamese, reading);
    });
  }

  it('says the sex Văn and Thị say', () => {
    assert.equal(normalizeName('Nguyễn Văn Đức').impliedSex, 'male');
    assert.equal(normalizeName('Nguyễn Thị Lan').impliedSex, 'female');
  });
});

describe('bad input', () => {
  const cases = ['', '   ', 'x', '.', '---', '00/00', 'a/l', '\u0000\u0001'];
  for (const written of cases) {
    it(`gives no matching tokens, and no crash, for ${JSON.stringify(written)}`, () => {
      const name = normalizeName(written);
      assert.ok(matchTokens(name).length <= 1);
    });
  }

  it('cuts a 10,000-character name to the longest name we look at', () => {
    const name = normalizeName('Aminah '.repeat(1500));
    assert.ok(name.display.length <= maxNameLength);
  });

  it('says when one name mixes scripts', () => {
    assert.equal(normalizeName('Aung အောင်').script, 'mixed');
    assert.equal(normalizeName('สมชาย').script, 'thai');
    assert.equal(normalizeName('សុខ ចាន់').script, 'khmer');
  });
});

describe('a title word that is the whole given name (decision 0081)', () => {
  const cases: [string, string[], string[]][] = [
    ['Wan bin Ahmad', ['wan'], ['ahmad']],
    ['Nik binti Hassan', ['nik'], ['hassan']],
    ['Che b. Ali', ['che'], ['ali']],
    ['Awang anak Jugah', ['awang'], ['jugah']],
    ['Wan', ['wan'], []],
    ['Wan Wan', ['wan', 'wan'], []],
  ];
  for (const [written, given, fathers] of cases)
    it(`keeps ${written}'s own name ${given.join(' ')}`, () => {
      assert.deepEqual(own(written), given);
      assert.deepEqual(father(written), fathers);
    });

  it('still peels a title before a name (Wan Aminah binti Ismail, Haji Wan Ahmad)', () => {
    assert.deepEqual(own('Wan Aminah binti Ismail'), ['aminah']);
    assert.deepEqual(normalizeName('Haji Wan Ahmad').honorifics, ['haji', 'wan']);
    assert.deepEqual(own('Haji Wan Ahmad'), ['ahmad']);
  });
});

describe('abbreviations and placeholders on documents', () => {
  it('peels the FNU placeholder of an empty given-name box, as a title: no word of the name', () => {
    const name = normalizeName('FNU SUTRISNO');
    assert.deepEqual(
      name.own.map((t) => t.canonical),
      ['sutrisno'],
    );
    assert.deepEqual(name.honorifics, ['fnu']);
  });

  it('ends a word at a dot written with no space after it (M.Amirul, Mohd.Nabil, Hj.Ahmad; decision 0117)', () => {
    assert.deepEqual(own('M.amirul bin Hassan'), ['m', 'amirul']);
    assert.deepEqual(own('MOHD.NABIL'), ['muhammad', 'nabil']);
    assert.deepEqual(normalizeName('Hj.Ahmad').honorifics, ['hj']);
    assert.deepEqual(father('Siti bt.Ahmad'), ['ahmad']);
  });

  it('keeps dotted markers whole (a.l., a.p.)', () => {
    assert.deepEqual(own('Letchumy a.p. Muthusamy'), ['letchumy']);
    assert.deepEqual(father('Letchumy a.p. Muthusamy'), ['muthusamy']);
  });
});
