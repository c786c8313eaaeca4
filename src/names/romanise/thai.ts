import { linkingFinals, paliPairs } from './thai-linking.ts';

/**
 * Thai script to Latin by the Royal Thai General System (RTGS), the spelling of Thai documents and
 * most Thai names written in Latin (Somchai, Somsak, Prayut Chan-o-cha). Why our own: any-ascii
 * and the npm romanisers read letter by letter and miss what names need — the inherent vowel (สม
 * is "som", not "sm"), leading vowels written before their consonant (ใจ "chai", not "aich"),
 * letters silenced by ์ (สมศักดิ์ "somsak", not "somsakdi"; ประยุทธ์ "prayut") and the final
 * consonant classes (a final ร or ล is "n", a final ด or ส "t"). The tables below are the RTGS;
 * the skeleton rules of src/names (j/ch, ee/i, th/t…) absorb the common non-RTGS spellings
 * (Jaidee). Tone marks are not written in the RTGS.
 */

/** Initial consonant values. อ carries a vowel and is silent. */
const initials: Readonly<Record<string, string>> = {
  ก: 'k',
  ข: 'kh',
  ฃ: 'kh',
  ค: 'kh',
  ฅ: 'kh',
  ฆ: 'kh',
  ง: 'ng',
  จ: 'ch',
  ฉ: 'ch',
  ช: 'ch',
  ซ: 's',
  ฌ: 'ch',
  ญ: 'y',
  ฎ: 'd',
  ฏ: 't',
  ฐ: 'th',
  ฑ: 'th',
  ฒ: 'th',
  ณ: 'n',
  ด: 'd',
  ต: 't',
  ถ: 'th',
  ท: 'th',
  ธ: 'th',
  น: 'n',
  บ: 'b',
  ป: 'p',
  ผ: 'ph',
  ฝ: 'f',
  พ: 'ph',
  ฟ: 'f',
  ภ: 'ph',
  ม: 'm',
  ย: 'y',
  ร: 'r',
  ฤ: 'rue',
  ล: 'l',
  ฦ: 'lue',
  ว: 'w',
  ศ: 's',
  ษ: 's',
  ส: 's',
  ห: 'h',
  ฬ: 'l',
  อ: '',
  ฮ: 'h',
};

/** Final consonant values: the six final classes of the RTGS (and ย i, ว w as names write it: Kaew). */
const finals: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...'กขคฆ'].map((c) => [c, 'k'])),
  ...Object.fromEntries([...'จฉชซฌฎฏฐฑฒดตถทธศษส'].map((c) => [c, 't'])),
  ...Object.fromEntries([...'ญณนรลฬ'].map((c) => [c, 'n'])),
  ...Object.fromEntries([...'บปพฟภผฝ'].map((c) => [c, 'p'])),
  ง: 'ng',
  ม: 'm',
  ย: 'i',
  ว: 'w',
  อ: '',
};

/** Vowels, written as the leading vowel (if any) and the signs after the consonant. */
const vowels: Readonly<Record<string, string>> = {
  ะ: 'a',
  'ั': 'a',
  า: 'a',
  ำ: 'am',
  'ิ': 'i',
  'ี': 'i',
  'ึ': 'ue',
  'ื': 'ue',
  'ุ': 'u',
  'ู': 'u',
  '็': 'o',
  'ัว': 'ua',
  'ือ': 'ue',
  อ: 'o',
  เ: 'e',
  เะ: 'e',
  เ็: 'e',
  แ: 'ae',
  แะ: 'ae',
  แ็: 'ae',
  โ: 'o',
  โะ: 'o',
  ใ: 'ai',
  ไ: 'ai',
  เา: 'ao',
  เาะ: 'o',
  เีย: 'ia',
  เือ: 'uea',
  เอ: 'oe',
  เิ: 'oe',
};

/** Vowels after which no final consonant is read. */
const openVowels = new Set(['ะ', 'ำ', 'ใ', 'ไ', 'เา', 'เาะ', 'เะ', 'แะ', 'โะ']);

/**
 * The true clusters of Thai, read as one onset: each initial with the letters it clusters with (กร
 * kr, คร khr, ปร pr, พร phr, ตร tr, กล kl, ผล phl, กว kw, ขว khw). ว clusters after ก ข ค only
 * (ทวี "thawi"). ทร is read s at a word's start (below) and thr after it (จันทรา "chanthra").
 */
const clusters: Readonly<Record<string, string>> = {
  ก: 'รลว',
  ข: 'รลว',
  ค: 'รลว',
  ป: 'รล',
  พ: 'รล',
  ผ: 'ล',
  ต: 'ร',
  ท: 'ร',
};
const clustersWith = (initial: string, second: string) => clusters[initial]?.includes(second) ?? false;
/** After these a written ร is silent (ศรี "si", สร้อย "soi"); ทร reads s (ทราย "sai"). */
const silentRAfter = new Set([...'ศสซ']);

const leading = /[เแโใไ]/u;
const consonant = /[ก-ฮ]/u;
const following = /[ะัาำิีึืุู็ๅ]/u;

/**
 * Letters never pronounced: any consonant under ์ with its vowel (ดิ์ in สมศักดิ์), and the
 * clusters ทร์ ตร์ at a word's end (จันทร์ "chan"); tone marks are not written. A silenced letter
 * ends a word of a compound name, so inside one it is marked closing (`closedAfter`): no linking
 * syllable is read across it (รัตน์ชัย "ratchai", ทิพย์สุดา "thipsuda").
 */
function silenced(word: string): string {
  return word
    .replace(toneOnTheOnset, `$1$2${closedAfter}`)
    .replace(/[\u0e48-\u0e4b]/gu, '')
    .replace(/[ทต]ร์|[ก-ฮ][ิุ]?์/gu, closedAfter)
    .replace(trailingMarks, '')
    .replace(paliFinalI, '$1');
}

/**
 * A tone mark is written on the last letter of a syllable's initial consonants: on the first
 * consonant after a leading vowel, a ร, ล or ว after it is no cluster but the syllable's final
 * (แก้วพร "kaew-phon", where แกว่ง "kwaeng" marks the ว). The tone marks are not written, so the
 * ร, ล or ว is marked as closing the syllable (`closedAfter`). UNCONFIRMED: Thai spelling, not
 * names.md (decision 0141).
 */
const toneOnTheOnset = /([เแโใไ][ก-ฮ])[\u0e48-\u0e4b]([รลว])/gu;
const closedAfter = '\u200b';
const trailingMarks = /\u200b+$/u;

/**
 * A short i on a Pali or Sanskrit final at a word's end is not read when the syllable before is
 * open, the consonant closing it (ณัฐวุฒิ "natthawut", ชาติ "chat", สมบัติ "sombat", ภูมิ "phum"):
 * the RTGS and names write the final only. Not after a syllable already closed (กิตติ "kitti",
 * สุทธิ "sutthi") nor after a short i (ปิติ "piti"), and not on other letters (ศิริ "siri").
 */
const paliFinalI = /([ัาุู][ตฏฐฑฒถทธม])ิ$/u;

/**
 * Exceptions, as data: parts of names whose usual Latin spelling no general rule above gives.
 * Longest first. Kept small; each entry says why no rule works.
 */
const spellings: readonly (readonly [thai: string, latin: string])[] = [
  // An etymological family name, written as the family registered it (Sanskrit Jinavatra): the
  // RTGS "chinnawat" and "Shinawatra" share too little for any rule.
  ['ชินวัตร', 'shinawatra'],
  // Brahma: ห is silent inside the cluster and ม is a final (phrom), which the letters do not show.
  ['พรหม', 'phrom'],
  // Indra as a word's first syllable (อินทร์แก้ว Inkaew, อินทร์สุข Insuk): ทร์ is silent, and the
  // entry below would read the ท as "tha". UNCONFIRMED: Thai spelling, not names.md (decision 0147).
  ['อินทร์', 'in'],
  // Indra in compounds (Inthanon, Intharat): ท is read with its vowel "tha", and a ร after it is
  // the next syllable's onset, not the ทร that reads "s" (ทราย "sai").
  ['อินท', 'intha'],
  // Charoen (Charoenporn, Charoensuk): the leading เ belongs to the second syllable (cha-roen),
  // which the letters, read left to right, do not show.
  ['เจริญ', 'charoen'],
];

/**
 * A name's first syllable อร before a consonant is the Pali ora, its ร read again as the next
 * syllable's onset (อรทัย Orathai, อรวรรณ Orawan, อรพิน Oraphin), where the letters read "on"
 * (the RTGS final ร). Not before รร, nor before a vowel (อรุณี "aruni"). UNCONFIRMED: Thai
 * spelling, not names.md (decision 0147).
 */
const paliOra = /^อร(?=[ก-ฮ])(?!ร)/u;

/** A Thai-script word in the RTGS, its syllables joined (Thai names are one Latin word each). */
export function romaniseThai(word: string): string {
  const ora = paliOra.exec(word);
  if (ora !== null) return `ora${romaniseThai(word.slice(ora[0].length))}`;
  for (const [thai, latin] of spellings) {
    const at = word.indexOf(thai);
    if (at !== -1) {
      const before = at > 0 ? romaniseThai(word.slice(0, at)) : '';
      const after = at + thai.length < word.length ? romaniseThai(word.slice(at + thai.length)) : '';
      return `${before}${latin}${after}`;
    }
  }
  return romaniseLetters(word);
}

function romaniseLetters(word: string): string {
  const chars = [...silenced(word)];
  let out = '';
  let i = 0;
  const at = (k: number) => chars[k] ?? '';
  while (i < chars.length) {
    const lead = leading.test(at(i)) ? at(i++) : '';
    if (!consonant.test(at(i))) {
      out += lead ? (vowels[lead] ?? '') : '';
      i++;
      continue;
    }
    const first = at(i++);
    let onset = initials[first] ?? '';
    const second = at(i);
    // ห (and อ before ย) only carry the tone of a sonorant: หญิง "ying", หนู "nu", อยู่ "yu".
    if ((first === 'ห' && /[งญนมยรลว]/u.test(second)) || (first === 'อ' && second === 'ย')) {
      onset = initials[second] ?? '';
      i++;
    } else if (second === 'ร' && silentRAfter.has(first) && (following.test(at(i + 1)) || lead)) {
      i++;
    } else if (second === 'ร' && first === 'ท' && i === (lead ? 2 : 1) && readsS(chars, i + 1, lead)) {
      // ทร at a word's start is s (ทราย "sai", ทรัพย์ "sap", แทรก "saek", ทรงศักดิ์ "songsak").
      onset = 's';
      i++;
    } else if (
      clustersWith(first, second) &&
      // With a leading vowel, a second letter before the next syllable's leading vowel closes
      // the syllable (แก้วเดช "kaeo-det", not "kwae-det").
      (opensVowel(chars, i + 1) ||
        (lead && at(i + 1) !== '' && at(i + 1) !== closedAfter && !leading.test(at(i + 1))))
    ) {
      onset += initials[second] ?? '';
      i++;
    }
    let signs = lead;
    // ว between a consonant and a final is the vowel "ua" (ชวน "chuan", สวน "suan"); before รร it is
    // that syllable's onset (กมลวรรณ ka-mon-wan).
    if (
      !lead &&
      at(i) === 'ว' &&
      consonant.test(at(i + 1)) &&
      !following.test(at(i + 2)) &&
      !beginsRoHan(chars, i)
    ) {
      signs = 'ัว';
      i++;
    }
    while (following.test(at(i))) signs += at(i++);
    // Vowels written with a letter: ัว, ือ, เ–ีย, เ–ือ, เ–อ, and อ alone after a consonant.
    if ((signs === 'ั' && at(i) === 'ว') || (/[ืี]$/u.test(signs) && /[อย]/u.test(at(i)) && lead === 'เ')) {
      signs += at(i++);
    } else if (
      (signs === 'ื' || signs === '' || signs === 'เ') &&
      at(i) === 'อ' &&
      !following.test(at(i + 1))
    ) {
      signs += at(i++);
    }
    let vowel = vowels[signs] ?? vowels[signs.replace('ั', '')] ?? '';
    // รร (ro han) after a consonant reads "a" before the final that closes it (วรรณ "wan", ธรรม
    // "tham"), else "an" (บรรจง "ban-chong", วรรณา "wan-na", สรรค์ "san").
    if (signs === '' && at(i) === 'ร' && at(i + 1) === 'ร') {
      i += 2;
      vowel = closes(chars, i, signs) ? 'a' : 'an';
    }
    let final = '';
    const next = at(i);
    if (closes(chars, i, signs)) {
      final = finals[next] ?? '';
      i++;
      // A last consonant after a final is silent (จักร "chak", บัตร "bat", ลักษณ์ "lak").
      if (consonant.test(at(i)) && i === chars.length - 1) i++;
    }
    // ณัฐพงษ์ "natthaphong", รัตนา "rattana": a Pali or Sanskrit final is read again with "a" before
    // the next syllable (thai-linking.ts).
    const linked = final !== '' && linksToNext(next, signs, chars.slice(i, i + 3));
    // A ร after a final with no vowel of its own is silent inside a word too: ฉัตรชัย "chat-chai",
    // เนตรนภา "net-na-pha" (a ร with a vowel is the next onset: ภัทรา "phat-tra").
    if (final && at(i) === 'ร' && !opensVowel(chars, i + 1)) i++;
    // No vowel written: "o" in a closed syllable (สม "som"), "a" in an open one (ธนา "thana").
    if (vowel === '' && signs === '') vowel = final ? 'o' : 'a';
    out += onset + vowel + final;
    if (linked) out += `${initials[next] ?? ''}a`;
  }
  return out;
}

/**
 * Whether the final `letter`, closing a syllable of vowel `signs`, is read again before the letters
 * `rest` that follow it (thai-linking.ts). Not before a letter that doubles it, nor where it or the
 * next letter begins a cluster with a ร or ล (สุพัตรา su-phat-tra, ศาสตรา sat-tra; ภาสกร
 * phat-sa-kon has none: its ร closes): the cluster is the next onset, and a doubled letter is
 * written once in the skeletons anyway.
 */
function linksToNext(letter: string, signs: string, rest: readonly string[]): boolean {
  const [next = '', afterNext = '', third = ''] = rest;
  if (!(consonant.test(next) || leading.test(next)) || next === letter || paliPairs.has(letter + next))
    return false;
  if (clustersWith(letter, next)) return false;
  if (clustersWith(next, afterNext) && following.test(third)) return false;
  return linksAfter(letter, signs);
}

/** Whether the letter, closing a syllable of vowel `signs`, is one read again (thai-linking.ts). */
function linksAfter(letter: string, signs: string): boolean {
  return linkingFinals.some(
    ([letters, after]) => letters.includes(letter) && (after === 'any vowel' || after.has(signs)),
  );
}

/**
 * Whether the consonant at `i` closes the syllable with vowel `signs` rather than begin the next:
 * not when a vowel follows it, nor after an open vowel. ั and ็ always take it; otherwise it
 * begins the next syllable when that would otherwise be a lone consonant at the word's end (ติพง
 * "ti-phong", not "tip-ng"; อนง "a-nong", not "on-ng") or a รร (สุวรรณ "su-wan").
 */
function closes(chars: readonly string[], i: number, signs: string): boolean {
  const next = chars[i] ?? '';
  const after = chars[i + 1] ?? '';
  if (openVowels.has(signs) || !consonant.test(next) || next === 'อ' || following.test(after)) return false;
  if (signs.endsWith('ั') || signs.endsWith('็')) return true;
  if (beginsRoHan(chars, i)) return false;
  // A ร after i or u inside a word begins the next syllable with a (สุรชัย "su-ra-chai", ธีรพงษ์
  // "thi-ra-phong"): it is a Pali or Sanskrit stem's, whose ร is an onset; Thai words close a
  // syllable with น, not ร.
  if (next === 'ร' && /^[ิีุู]$/u.test(signs) && (consonant.test(after) || leading.test(after))) return false;
  // A consonant before the vowel อ and its final begins that syllable (ศรีทอง "si-thong", ถนอม
  // "tha-nom", รัตนทอง "rat-ta-na-thong"), unless a vowel sign after them makes the อ an onset
  // (บุญอนันต์ "bun-a-nan").
  if (after === 'อ' && opensVowel(chars, i + 1)) return false;
  // ตร, ทร at the end are a final with a silent ร (ประวิตร "prawit", มิตร "mit").
  if (after === 'ร' && /[ตท]/u.test(next) && i + 2 === chars.length) return true;
  // A consonant and ร or ล with a vowel after them begin the next syllable together (มีศรี "mi-si",
  // not "mit-ri"; ประกรณ์ is not read here: its ร has no vowel of its own). Not a sibilant that a
  // Pali or Sanskrit word reads again after a short vowel (อิสระ "it-sa-ra", วิศรุต "wit-sa-rut"),
  // save in ศรี, a word of its own in names (ศิริศรี "siri-si").
  if (
    (clustersWith(next, after) || (after === 'ร' && silentRAfter.has(next))) &&
    following.test(chars[i + 2] ?? '') &&
    !(silentRAfter.has(next) && chars[i + 2] !== 'ี' && linksAfter(next, signs))
  )
    return false;
  // A lone consonant before the word's end or a รร syllable begins a syllable with the consonant
  // before it (อนง "a-nong"; กมลวรรณ "ka-mon-wan", as กมล "ka-mon").
  return !(consonant.test(after) && (i + 2 === chars.length || beginsRoHan(chars, i + 2)));
}

/** Whether the consonant at `i` is the onset of a syllable of รร (ro han): วรรณ, สุวรรณ, บรรจง. */
function beginsRoHan(chars: readonly string[], i: number): boolean {
  return consonant.test(chars[i] ?? '') && chars[i + 1] === 'ร' && chars[i + 2] === 'ร';
}

/**
 * Whether a vowel is written at `k`, after a syllable's onset: a vowel sign, or the vowel อ with
 * its final (กรองทอง "krong-thong", ศรีทอง "si-thong").
 */
function opensVowel(chars: readonly string[], k: number): boolean {
  return (
    following.test(chars[k] ?? '') ||
    (chars[k] === 'อ' && consonant.test(chars[k + 1] ?? '') && !following.test(chars[k + 2] ?? ''))
  );
}

/**
 * Whether a ทร at a word's start, before the letters from `k`, is read s: before a vowel (ทราย,
 * ทรัพย์), after a leading vowel (แทรก), or before a final with the inherent o (ทรง "song").
 */
function readsS(chars: readonly string[], k: number, lead: string): boolean {
  return (
    lead !== '' ||
    opensVowel(chars, k) ||
    (consonant.test(chars[k] ?? '') && !following.test(chars[k + 1] ?? ''))
  );
}
