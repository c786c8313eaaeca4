/**
 * The linking syllable of Pali and Sanskrit words, as data for the Thai romaniser (thai.ts): a
 * consonant closing a syllable inside a word is read again as the next syllable's onset with a short
 * a (รัตนา rat-ta-na "rattana", กัลยา kan-la-ya "kanlaya", ราชบุรี rat-cha-buri), and the RTGS, a
 * transcription of what is said, writes it. Thai script does not mark it: Thai grammars give it as
 * what "often" happens in a Pali or Sanskrit word of more than one syllable (วิทยุ, อัศวิน, รัตนา),
 * and the Royal Institute's RTGS asks the transcriber to know how the word is read. What the
 * letters do show is the word's origin: Thai words close a syllable with ก ด บ น ม ง ย ว, so a
 * syllable closed by a letter kept for Pali and Sanskrit (ต ท ช ศ ส ภ…) is in a loan word. The
 * rules are those letters, each after the vowels it was found to link after; a letter or a vowel
 * not listed is read as before (วันดี "wandi", สัปดาห์ "sapda", ชลบุรี "chonburi", บทบาท
 * "botbat"). UNCONFIRMED: Thai reading rules and the spelling of Thai names, not names.md
 * (decision 0170).
 */

/**
 * Closing letters that link, and the vowel signs (as the romaniser collects them) of the syllables
 * they link after, or after any vowel, the inherent one included.
 */
export const linkingFinals: readonly (readonly [
  letters: string,
  after: ReadonlySet<string> | 'any vowel',
])[] = [
  // The retroflex letters are Pali's own: ณัฐพงษ์ "natthaphong", วัฒนา "watthana", รัฐพล "ratthaphon".
  ['ฏฐฑฒ', 'any vowel'],
  // Stops and sibilants after a short vowel or า: ปัทมา "patthama", รัชนี "ratchani", พัชรา
  // "phatchara", วิทยา "witthaya", พิชญา "phitchaya", ศุภชัย "supphachai", ทิพวรรณ "thipphawan",
  // อัศวิน "atsawin", บุษบา "butsaba", พัสดุ "phatsadu", ศาสนา "satsana", ราชบุรี "ratchaburi".
  // Not after the inherent vowel, where Thai-made compounds do not (บทบาท "botbat", ลพบุรี
  // "lopburi"), nor after another long vowel or a leading vowel (เนตรนภา "netnapha").
  ['ทธจชศษสพภ', new Set(['ั', 'ิ', 'ุ', 'า'])],
  // ต not after ิ or ุ, where the names of ชัย read none (พิชิตชัย "phichitchai"): รัตนา "rattana".
  ['ต', new Set(['ั', 'า'])],
  // ล after ั only: กัลยา "kanlaya"; ชลบุรี "chonburi", กุลธิดา "kunthida", วิมลรัตน์ "wimonrat" read none.
  ['ล', new Set(['ั'])],
];

/**
 * Pali writes a doubled consonant as the letter again or its aspirate after it (กิตติ, สุทธิ,
 * อัจฉรา): the syllable is already closed and the next opened, nothing is read between.
 */
export const paliPairs: ReadonlySet<string> = new Set([
  'ตถ',
  'ทธ',
  'จฉ',
  'ชฌ',
  'ฏฐ',
  'ฑฒ',
  'กข',
  'คฆ',
  'ปผ',
  'พภ',
]);
