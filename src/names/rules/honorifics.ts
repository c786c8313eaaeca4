/**
 * Titles and honorifics that are not part of a person's name. They are kept apart (they carry
 * gender, age or religious evidence) and never count in matching. Multi-word titles are written
 * with a space and matched before single words. Folded (lower case, no diacritics).
 */
export const honorifics: readonly string[] = [
  // Malay / Indonesian / Brunei
  'tan sri',
  'puan sri',
  'toh puan',
  'dato seri',
  'datuk seri',
  'dato sri',
  'datuk sri',
  'haji',
  'hj',
  'hajjah',
  'hajah',
  'hjh',
  'encik',
  'en',
  'cik',
  // Tuan (sir) and its short form; never in front of a Vietnamese name, where Tuan is Tuấn (normalize.ts).
  'tuan',
  'tn',
  // Religious teacher (man, woman) and schoolteacher, written before a name as Encik is.
  'ustaz',
  'ustazah',
  'cikgu',
  'puan',
  'pn',
  'datuk',
  'dato',
  "dato'",
  'datin',
  'tun',
  'bapak',
  'pak',
  'ibu',
  'bu',
  'saudara',
  'sdr',
  'saudari',
  'sdri',
  'dr',
  'prof',
  'ir',
  // English forms found on foreign documents
  'mr',
  'mrs',
  'ms',
  'miss',
  'mdm',
  'madam',
  // Thai
  'nai',
  'nang',
  'nangsao',
  'nang sao',
  // Boy and girl: the titles of a child under 15 (เด็กชาย, เด็กหญิง). UNCONFIRMED: not in names.md (decision 0134).
  'dekchai',
  'dek chai',
  'dekying',
  'dek ying',
  // Not Khun (คุณ): said to a Thai, not written in a Thai record's name, and Khun (ឃុន) is a Khmer
  // family name written first (Khun Borey, Khun Sreypov), which it left out (decision 0180).
  // Khmer
  'lok',
  'lok srey',
  'lok srei',
  'neak',
  // Placeholders a passport system writes in an empty given-name box (FNU Sutrisno): no name.
  'fnu',
  'lnu',
  'nfn',
];

/** Honorifics that are also Vietnamese given names (Tuấn folds to tuan): not peeled before a Vietnamese family name. */
export const alsoVietnameseNames: ReadonlySet<string> = new Set(['tuan']);

/**
 * Burmese honorifics (U, Daw, Ko, Ma, Maung/Mg, Saw, Naw, Sai, Nang). "Maung" and "Ma" can be
 * real syllables, so they are peeled off only in front of a name that looks Burmese.
 */
export const burmeseHonorifics: readonly string[] = [
  'u',
  'daw',
  'ko',
  'ma',
  'maung',
  'mg',
  'saw',
  'naw',
  'sai',
  'nang',
  'mi',
];

/**
 * Hereditary or religious titles that are written as part of a Malay name (Syed, Wan, Nik…). They
 * are kept as a title token rather than dropped: "Wan Aminah" and "Aminah" may be the same woman,
 * but the title is still evidence.
 */
export const hereditaryTitles: readonly string[] = [
  'tunku',
  'tengku',
  'ungku',
  'raja',
  'syed',
  'sharifah',
  'syarifah',
  'wan',
  'nik',
  'megat',
  'abang',
  'dayang',
  'awang',
  'che',
];

/**
 * The Burmese honorifics in Myanmar script, as whole syllables (or runs of syllables), with the
 * Latin word they are written as. Peeled off the front of a name in Myanmar script only when more
 * syllables follow (မမြ Ma Mya: the name is မြ; မ alone, or မြ, is a name), the same way as their
 * Latin forms above; Zawgyi text is converted to Unicode first. Longer entries are tried first.
 */
export const burmeseScriptHonorifics: Readonly<Record<string, string>> = {
  ဦး: 'u',
  ဒေါ်: 'daw',
  ကို: 'ko',
  မ: 'ma',
  မောင်: 'maung',
  စော: 'saw',
  နော်: 'naw',
  စိုင်း: 'sai',
  နန်း: 'nang',
  မိ: 'mi',
  // Teacher (man, woman) and doctor: titles written before a name as U and Daw are.
  ဆရာ: 'saya',
  ဆရာမ: 'sayama',
  ဒေါက်တာ: 'dr',
};

/**
 * Thai titles in Thai script, with the Latin word they are written as: Thai writes them joined to
 * the name (นางสาวศศิธร is Miss Sasithon), so that they are peeled off the front of the text, not
 * as words. Abbreviations with their dots (น.ส., ด.ช., ด.ญ.). The longest is tried first.
 * UNCONFIRMED: names.md has no Thai titles; the Latin forms above (nai, nang, nangsao) are peeled
 * already (decision 0134).
 */
export const thaiScriptHonorifics: Readonly<Record<string, string>> = {
  นางสาว: 'nangsao',
  'น.ส.': 'nangsao',
  นาง: 'nang',
  นาย: 'nai',
  เด็กหญิง: 'dekying',
  'ด.ญ.': 'dekying',
  เด็กชาย: 'dekchai',
  'ด.ช.': 'dekchai',
};
