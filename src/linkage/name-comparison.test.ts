import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinsMayMeet } from '../names/index.ts';
import { missing, nameComparison } from './comparisons.ts';
import { prepareRecord } from './record.ts';

// Both sides write a date: a name of one word without one is capped at 'close' (decision 0114).
const prepared = (name: string) => prepareRecord({ id: name, name, birth: '1990-05-01' }, 0);
const levelOf = (a: string, b: string) => {
  const level = nameComparison.compare(prepared(a), prepared(b));
  return level === missing ? 'missing' : nameComparison.levels[level];
};

describe('the name comparison of words written apart and joined', () => {
  const pairs: [apart: string, joined: string][] = [
    ['Thi Da', 'Thida'],
    ['Thi Da Win', 'Thida Win'],
    ['Aung Kyaw Min', 'Aungkyaw Min'],
    ['သီတာ', 'Thida'],
    ['Ya Da Na', 'Yadana'],
    ['Srey Mom', 'Sreymom'],
  ];
  for (const [apart, joined] of pairs)
    it(`compares ${apart} and ${joined} as agreeing names`, () => {
      // Known Burmese names written in syllables are one word already (decision 0090): exact.
      for (const level of [levelOf(apart, joined), levelOf(joined, apart)])
        assert.ok(level === 'exact' || level === 'strong', level);
    });

  it('compares an English name before a Chinese one whose syllables are joined (Jessica Tan Mei-Ling) as the same name', () => {
    // As many words on each side, one of each without a partner until Mei Ling is put together.
    for (const chinese of ['Tan Mei Ling', 'Mei Ling Tan', 'TAN MEI LING'])
      for (const [x, y] of [
        ['Jessica Tan Mei-Ling', chinese],
        [chinese, 'Jessica Tan Mei-Ling'],
      ] as const)
        assert.equal(levelOf(x, y), 'close', `${x} / ${y}`);
  });

  it('joins Chinese syllables whose glide one side writes w and the other u (Swee Keong / Sui-keong, decision 0187)', () => {
    for (const [x, y] of [
      ['Kelvin Swee Keong Chan', 'Kelvin Chan Sui-keong'],
      ['LIM SWEE KEONG', 'KENNY LIM SUIKEONG'],
    ] as const) {
      assert.ok(joinsMayMeet(prepared(x).joinSignature, prepared(y).joinSignature), `${x} / ${y}`);
      // Different before (the join was never tried): the English name on one side only leaves it close.
      const level = levelOf(x, y);
      assert.ok(level === 'strong' || level === 'close', `${x} / ${y}: ${level}`);
    }
    // A w written after the first letter meets only a u: Swee Keong joined never meets Siokeong.
    assert.ok(
      !joinsMayMeet(prepared('Lim Swee Keong').joinSignature, prepared('Lim Siokeong').joinSignature),
    );
  });

  it('does not join Nguyen Van on both sides into one rare word (Nguyen Van / Nguyen Van Thanh)', () => {
    assert.equal(levelOf('Nguyen Van', 'Nguyen Van Thanh'), 'different');
  });

  it('tells from the records alone whether a join could meet the other name', () => {
    assert.ok(joinsMayMeet(prepared('Srey Mom').joinSignature, prepared('Sreymom').joinSignature));
    assert.ok(joinsMayMeet(prepared('Sreymom').joinSignature, prepared('Srey Mom').joinSignature));
    // Words both names share never make a join of the one meet a word of the other.
    assert.ok(
      !joinsMayMeet(prepared('Nguyen Van Duc').joinSignature, prepared('Nguyen Thi Lan Anh').joinSignature),
    );
  });
});

describe('the name comparison of parts a person keeps', () => {
  const twoPersons: [string, string][] = [
    ['Trần Hữu Trung', 'BUI, HUU TRUNG'],
    ['Đặng Thị Hằng', 'DANG THI OANH'],
    ['Trung Huu Tran', 'Bùi Hữu Trung'],
    ['Nur Sabrina bt Nordin', 'NUR SABRINA BINTI HASHIM'],
    ['Siti Zulaikha binti Jaafar', 'Siti Zulaikha binti Othman'],
    // Thảo, Thủy code 0/T as Thị does: a sound code alone never joins a word to Thị.
    ['PHAM THI THAO', 'PHAM THI HƯƠNG'],
    ['NGUYEN THI THUY', 'nguyen thi hang'],
    // A family name met only by the other's given name of near letters: Hoàng is no slip of Hoa or Hằng (decision 0141).
    ['Hoàng Thị Hoa', 'NGUYEN THI HOA'],
    ['HOANG THI HANG', 'TRẦN THỊ HẰNG'],
    ['Thi Hoa Nguyen', 'HOANG THI HOA'],
    // ... nor by the other's middle name: Ngô is no slip of Ngọc.
    ['NGO NGOC VY', 'NGUYEN, NGOC VY'],
  ];
  for (const [a, b] of twoPersons)
    it(`reads ${a} and ${b} as another name: a family, given or father's name differs`, () => {
      assert.equal(levelOf(a, b), 'another name');
      assert.equal(levelOf(b, a), 'another name');
    });

  const onePerson: [string, string][] = [
    ['Nguyễn Thị Lan', 'THI LAN NGUYEN'],
    ['Đỗ Thị Thu Diệp', 'DO THI THU DIRP'],
    ['Aziz bin Abdul Aziz', 'Aziz bin Aziz'],
    ['Nur Haliza binti Mohd Nor', 'Noor Haliza bt Muhammad Noor'],
    ['Tran Van Nam', 'Tarn Van Nam'],
    // Family and given name read in other places: each is still found as written in the other name.
    ['Le Hoang', 'Hoang Le'],
    ['Hoàng Thị Hoa', 'HOA HOANG THI'],
  ];
  for (const [a, b] of onePerson)
    it(`still lets ${a} and ${b} agree: a spelling, a typo or a dropped Abdul is no other name`, () => {
      for (const level of [levelOf(a, b), levelOf(b, a)])
        assert.ok(level !== 'different' && level !== 'another name', level);
    });
});

describe('the name comparison of own names that share no word (decision 0116)', () => {
  const siblings: [string, string][] = [
    ['Firdaus bin Yusof', 'Nur Shuhada binti Yusof'],
    ['SHAFIQ BIN SALLEH', 'NOR LIYANA BINTI SALLEH'],
    // Siti and Muhammad say nothing of who someone is: the words after them differ.
    ['Siti Sabrina binti Rosli', 'Siti Nadia binti Rosli'],
    ['Muhammad Faizal bin Muhammad Noor', 'Muhammad Nazri b. Jaafar'],
    // A Vietnamese given name that differs, however little else agrees (Trần Thị Nhàn / Trần Văn Nam).
    ['Trần Thị Nhàn', 'Trần Văn Nam'],
    ['Reynaldo Mendoza', 'Mary Grace Tolentino'],
  ];
  for (const [a, b] of siblings)
    it(`reads ${a} and ${b} as another name: no word of one's own name is in the other's`, () => {
      assert.equal(levelOf(a, b), 'another name');
      assert.equal(levelOf(b, a), 'another name');
    });

  const unread: [string, string][] = [
    // Our reading of a name in Burmese script may share no word with an officer's spelling.
    ['ရဲမိုး', 'YELL MOE'],
    ['ခင္ေနေန', 'Khin Nay Nay'],
    // Words that are found in the other name by a slip or a sound are not another name.
    ['Ye Winthet', 'YELL WIN THET'],
    ['Chitt Khine Thsntt', 'Chit Khaing Thant'],
  ];
  for (const [a, b] of unread)
    it(`leaves ${a} and ${b} 'different' at worst: a name in another script or a spelling is no other name`, () => {
      for (const level of [levelOf(a, b), levelOf(b, a)]) assert.notEqual(level, 'another name');
    });
});

describe('the name comparison of own names joined beside a father name written by one side', () => {
  const pairs: [string, string][] = [
    ['Nur Haliza', 'Nurhaliza binti Ahmad'],
    ['Siti Farhana', 'Sitifarhana bt Abdullah'],
  ];
  for (const [apart, joined] of pairs)
    it(`compares ${apart} and ${joined} as strongly agreeing names`, () => {
      assert.equal(levelOf(apart, joined), 'strong');
      assert.equal(levelOf(joined, apart), 'strong');
    });
});

describe("the name comparison of a word put in another word's place", () => {
  const replaced: [string, string][] = [
    ['Win Kyi Myat', 'Ei Win Kyi'],
    ['Nguyen Van Nam', 'Nguyen Huu Nam'],
    ['Zin Mar Win', 'Zin Mar Oo'],
  ];
  for (const [a, b] of replaced)
    it(`reads ${a} and ${b} as different names: each holds a word the other lacks`, () => {
      assert.equal(levelOf(a, b), 'different');
      assert.equal(levelOf(b, a), 'different');
    });

  it('still reads a word one side leaves out as no other name (Ma Hnin Wai Phyo / Hnin Phyo)', () => {
    assert.notEqual(levelOf('Ma Hnin Wai Phyo', 'Hnin Phyo'), 'different');
  });
});

describe('the name comparison of a part that tells persons apart, near-spelled (issue 8, decision 0112)', () => {
  const marked: [string, string][] = [
    ['Nguyễn Văn Minh', 'Nguyễn Văn Mạnh'],
    ['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng'],
    ['Trần Thị Hằng', 'Trần Thị Hàng'],
  ];
  for (const [a, b] of marked)
    it(`reads ${a} and ${b} as another name: both wrote the given name's vowel`, () => {
      assert.equal(levelOf(a, b), 'another name');
      assert.equal(levelOf(b, a), 'another name');
    });

  const near: [string, string][] = [
    ['Minh Nguyen Van', 'Nguyễn Văn Mạnh'],
    ['Nguyen Van Minh', 'Nguyen Van Manh'],
    ['Muhammad Ali bin Hassan', 'Muhammad Ali bin Hussin'],
  ];
  for (const [a, b] of near)
    it(`reads ${a} and ${b} as close at best: a given or father's name near-spelled is weak evidence`, () => {
      for (const level of [levelOf(a, b), levelOf(b, a)])
        assert.ok(level === 'close' || level === 'partial' || level === 'different', level);
    });

  const onePerson: [string, string][] = [
    ['Nguyễn Văn Thành', 'Nguyễn Văn Thanh'],
    ['Nguyễn Văn Minh', 'NGUYEN VAN MINH'],
    ['Nguyễn Văn Mạnh', 'Nguyen Van Manh'],
    ['Muhammad Ali bin Hassan', 'Mohd Ali bin Hasan'],
    ['Siti Nur Haliza', 'Siti Nurhaliza'],
  ];
  for (const [a, b] of onePerson)
    it(`still reads ${a} and ${b} as agreeing names: a tone, a case or a known variant`, () => {
      for (const level of [levelOf(a, b), levelOf(b, a)])
        assert.ok(level === 'exact' || level === 'variant' || level === 'strong', level);
    });
});

describe('an initial and the word it begins (decision 0117)', () => {
  it('reads a middle initial as consistent with the middle name, not as a word that disagrees', () => {
    // Filipino: the middle name (the mother's maiden name) written whole, as an initial or not at all.
    assert.equal(levelOf('Ramil R. Tolentino', 'Ramil Reyes Tolentino'), 'strong');
    assert.equal(levelOf('Ma. Cristina S. Reyes', 'Maria Cristina Santos Reyes'), 'strong');
  });

  it("reads a Malaysian Tamil father's initial written first against the father's name", () => {
    assert.equal(levelOf('M. Letchumy', 'Letchumy a/p Muniandy'), 'strong');
  });

  it('still counts an initial that begins no word of the other name against it', () => {
    assert.equal(levelOf('Juan R. Santos', 'Juan Carlos Santos'), 'partial');
    assert.equal(levelOf('M. Letchumy', 'Letchumy a/p Rajan'), 'partial');
  });

  it('never makes a match of initials alone', () => {
    assert.equal(levelOf('R. Tolentino', 'Ramil Macaraeg'), 'another name');
    assert.equal(levelOf('M. Kumar', 'Kumar a/l Muthu'), levelOf('Kumar', 'Kumar a/l Muthu'));
  });
});

describe('the name comparison of a name split into words in other places (decision 0134)', () => {
  it('reads the same letters in the same order as a strong agreement', () => {
    for (const [a, b] of [
      ['Min Thura Soe', 'MIN THU RASOE'],
      ['Ong Yi-wai', 'Ong Yee Wai'],
      ['Nur Azura bt Mohd Zain', 'Nurazura'],
    ] as const) {
      assert.equal(levelOf(a, b), 'strong', `${a} / ${b}`);
      assert.equal(levelOf(b, a), 'strong', `${b} / ${a}`);
    }
  });

  it('does not when both write fathers that differ', () => {
    assert.notEqual(levelOf('Sitinur Haliza binti Ahmad', 'Siti Nurhaliza binti Hassan'), 'strong');
  });
});

describe('the name comparison, whichever record comes first (decision 0134)', () => {
  it('gives a name split in other places the same level both ways', () => {
    for (const [a, b] of [
      ['Sit In Ur', 'Siti Nur'],
      ['Min Thura Soe', 'MIN THU RASOE'],
    ] as const)
      assert.equal(levelOf(a, b), levelOf(b, a), `${a} / ${b}`);
  });

  it("reads a father's name in brackets as the father: two fathers that differ are no strong agreement", () => {
    for (const [a, b] of [
      ['Nur Aini (binti Ahmad)', 'Nur Aini binti Hassan'],
      ['Kumar (a/l Muthu)', 'Kumar a/l Raju'],
    ] as const) {
      assert.equal(levelOf(a, b), levelOf(a.replace(/[()]/g, ''), b), `${a} / ${b}`);
      assert.notEqual(levelOf(a, b), 'strong', `${a} / ${b}`);
      assert.notEqual(levelOf(b, a), 'strong', `${b} / ${a}`);
    }
  });
});
