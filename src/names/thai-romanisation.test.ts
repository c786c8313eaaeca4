import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { skeleton } from './keys.ts';
import { compareNames } from './match.ts';
import { normalizeName } from './normalize.ts';

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
  ];
  for (const [a, b] of same) it(`reads ${a} and ${b} alike`, () => assert.equal(skeleton(a), skeleton(b)));

  it('keeps a Malay or Indonesian Sri standing alone, and an o after e before a vowel', () => {
    assert.notEqual(skeleton('sri'), skeleton('si'));
    assert.notEqual(skeleton('seojanto'), skeleton('sevjanto'));
    assert.notEqual(skeleton('hartono'), skeleton('hatono'));
  });

  it('meets a Thai name in its script and in its usual Latin spelling', () => {
    assert.ok(score('ณัฐพงษ์ มีศรี', 'NATTAPONG MEESRI') >= 0.9);
    assert.ok(score('ศิริวรรณ เจริญพร', 'SIRIWAN CHAROENPORN') >= 0.9);
    assert.ok(score('SUPHACHAI THONGWICHID', 'Supachay Tongvichit') >= 0.9);
  });
});
