import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { skeleton } from './keys.ts';
import { compareNames } from './match.ts';
import { normalizeName } from './normalize.ts';
import { searchKeys } from './search-keys.ts';

const score = (a: string, b: string) => compareNames(normalizeName(a), normalizeName(b), 'pair').score;

describe('Thai names: the RTGS and common spellings share a skeleton (rules/romanisation.ts)', () => {
  const same: [string, string][] = [
    ['chaiyasid', 'chaiyasit'], // final stop: the RTGS t, names the letter d
    ['thongwichid', 'tongvichit'],
    ['pornthib', 'pornthip'], // final p written b
    ['apichart', 'aphichat'], // ชาติ Chart/Chat
    ['pholsakun', 'phonsakul'], // final ล read n inside a name
    ['kaeosakun', 'kaewsakul'], // แ-ว written aeo or aew
    ['kiettisak', 'kiattisak'], // เ–ีย ie or ia
    ['chaiyasit', 'chayasit'], // ไชย chai-ya or cha-ya
    ['meesri', 'misi'], // ศรี sri or si after another syllable
    ['suphachai', 'supachay'],
    ['kaewdej', 'kaewdet'], // a final ช written j, ch or t (decision 0134)
    ['kaewdech', 'kaewdet'],
    ['piyanuch', 'piyanut'], // ... and after u: ปิยะนุช (decision 0141)
    ['kanyanuj', 'kanyanut'],
  ];
  for (const [a, b] of same) it(`reads ${a} and ${b} alike`, () => assert.equal(skeleton(a), skeleton(b)));

  it('keeps a Malay or Indonesian Sri standing alone, and an o after e before a vowel', () => {
    assert.notEqual(skeleton('sri'), skeleton('si'));
    assert.notEqual(skeleton('seojanto'), skeleton('sevjanto'));
    assert.notEqual(skeleton('hartono'), skeleton('hatono'));
    // Vietnamese -ach and -ich are their own sounds (Bạch, Bích), not a Thai final t.
    assert.notEqual(skeleton('bich'), skeleton('bit'));
    assert.notEqual(skeleton('bach'), skeleton('bat'));
    // Nor after ou: Khmer names write a final ច -ouch (Touch, Kouch), and Tout is another name.
    assert.notEqual(skeleton('touch'), skeleton('tout'));
    assert.notEqual(skeleton('kouch'), skeleton('kout'));
  });

  it('meets a name of แก้ว before a consonant in its script and in Latin (decision 0141)', () => {
    assert.ok(score('กิตติ แก้วพร', 'Kitti Kaewporn') >= 0.9);
    assert.ok(score('ปิยะนุช แก้วกุล', 'KAEWKUL PIYANUCH') >= 0.9);
  });

  it('peels a Thai title written joined to the name in Thai script', () => {
    const miss = normalizeName('นางสาวศศิธร แก้วเดช');
    assert.deepEqual(miss.honorifics, ['nangsao']);
    assert.equal(miss.latin?.own.map((t) => t.canonical).join(' '), 'sasithon kaewdet');
    assert.deepEqual(normalizeName('ด.ญ.ศศิธร').honorifics, ['dekying']);
    assert.deepEqual(normalizeName('นาย สมชาย').honorifics, ['nai']);
    assert.ok(score('นางสาวศศิธร แก้วเดช', 'Sasithorn Kaewdej') >= 0.9);
  });

  it('keeps a name that begins with the letters of a title', () => {
    // นายิกา: after นาย comes a vowel sign, so นาย is the name's first syllable.
    assert.deepEqual(normalizeName('นายิกา').honorifics, []);
    assert.deepEqual(normalizeName('นาย').honorifics, []);
  });

  it('meets a Thai name in its script and in its usual Latin spelling', () => {
    assert.ok(score('ณัฐพงษ์ มีศรี', 'NATTAPONG MEESRI') >= 0.9);
    assert.ok(score('ศิริวรรณ เจริญพร', 'SIRIWAN CHAROENPORN') >= 0.9);
    assert.ok(score('SUPHACHAI THONGWICHID', 'Supachay Tongvichit') >= 0.9);
  });
});

describe('Thai names: the linking syllable of a Pali or Sanskrit final (decision 0170)', () => {
  const spellings: [script: string, latin: string][] = [
    ['รัตนา', 'Rattana'],
    ['รัตนา', 'Ratana'],
    ['ปัทมา', 'Pattama'],
    ['ปัทมา', 'Patthama'],
    ['รัชนี', 'Ratchanee'],
    ['พัชรา', 'Phatchara'],
    ['พัชรา', 'Patchara'],
    ['กัลยา', 'Kanlaya'],
    ['ศุภชัย', 'Supachai'],
  ];
  for (const [script, latin] of spellings)
    it(`meets ${script} written ${latin}`, () => assert.ok(score(script, latin) >= 0.9));

  it('still meets the spelling without the syllable by its sound, below the spelling with it', () => {
    // Ratna, Patma: the script as it was read before (decision 0170), now met as a typed Rattana
    // meets a typed Ratna: by a phonetic code the search stores, not a key.
    for (const [script, without, withIt] of [
      ['รัตนา', 'Ratna', 'Rattana'],
      ['ปัทมา', 'Patma', 'Pattama'],
    ] as const) {
      assert.ok(score(script, without) >= 0.8);
      assert.ok(score(script, without) < score(script, withIt));
      const codes = new Set(searchKeys(normalizeName(without)).phonetic);
      assert.ok(searchKeys(normalizeName(script)).phonetic.some((code) => codes.has(code)));
    }
  });

  it('reads no syllable after a Thai final: วันดี stays Wandee', () => {
    assert.ok(score('วันดี', 'Wandee') >= 0.9);
    assert.ok(score('วันดี', 'Wanadee') < score('วันดี', 'Wandee'));
  });
});

describe('Thai names: ro han, a silent ร and clusters (decision 0170)', () => {
  const spellings: [script: string, latin: string][] = [
    ['กมลวรรณ', 'Kamonwan'],
    ['กมลวรรณ', 'Kamolwan'],
    ['กนกวรรณ', 'Kanokwan'],
    ['บรรจง', 'Banchong'],
    ['ฉัตรชัย', 'Chatchai'],
    ['เนตรนภา', 'Netnapa'],
    ['อิสระ', 'Itsara'],
    ['กรองทอง', 'Krongthong'],
    ['ทรงศักดิ์', 'Songsak'],
    ['จันทรา', 'Chantra'],
    ['สุรชัย', 'Surachai'],
    ['ทวีสิน', 'Thawisin'],
  ];
  for (const [script, latin] of spellings)
    it(`meets ${script} written ${latin}`, () => assert.ok(score(script, latin) >= 0.9));
});
