/**
 * Romanisation equivalences for Burmese, Thai and Khmer names, which have no single standard
 * romanisation. Each rule rewrites a spelling to a common skeleton; applied in order, in one
 * left-to-right pass per rule, on folded tokens. Two tokens with the same skeleton are the same
 * syllable written two ways (Kyaw/Chaw, Htun/Tun, Winn/Win, Chhay/Chay, Somchai/Somchay).
 */
export const romanisationRules: readonly (readonly [pattern: RegExp, replacement: string])[] = [
  // Burmese
  [/ky/g, 'ch'],
  [/gy/g, 'j'],
  [/ht/g, 't'],
  [/hl/g, 'l'],
  [/hm/g, 'm'],
  [/hn/g, 'n'],
  [/hny/g, 'ny'],
  // ဆ is written hs or s (Hsu/Su, Hsan/San)
  [/hs/g, 's'],
  // Pinyin x is hs in Wade–Giles (as Burmese ဆ above) and s in Hokkien and Cantonese spellings
  // (欣 Xin / Hsin / Sin). UNCONFIRMED: names.md does not cover Chinese names
  // (decision 0180). Before a vowel only.
  [/x(?=[aeiouy])/g, 's'],
  // ိုင် is written aing or ine at a word's end (Khaing/Khine), နွယ် we or way (Nwe/Nway, Shwe/Shway)
  [/ine$/g, 'aing'],
  [/(n|s|sh)way$/g, '$1we'],
  // Zaw/Zo, Kyaw/Chaw; not before a vowel, where the w begins a syllable (Thanawat, Sarawut).
  [/aw(?![aeiouy])/g, 'o'],
  // Khmer ី/ៃ is written ey or ei (Srey/Srei, Pisey/Pisei; our Khmer-script reading gives srei), read
  // as the Burmese ei/ay below. UNCONFIRMED: not in the shared reference (shared/reference/names.md
  // names Chh/Ch, Kh/K and ea/ia for Khmer); from issue 8's walk (F6) — decision 0107. Not before a
  // vowel, where the y begins a syllable (Reyes).
  [/ey(?![aeiou])/g, 'ei'],
  [/ei/g, 'ay'],
  [/oo/g, 'u'],
  // A Thai final ช after u is written ch, j or t (ปิยะนุช Piyanuch / Piyanut, Kanyanuj): read t, here
  // before ou becomes u, for Khmer names end in -ouch (Touch, Kouch; ទូច is read touch) and Tout is
  // another name. Vietnamese finals have no -uch (decision 0141, UNCONFIRMED).
  [/(?<!o)u(?:ch|j)$/g, 'ut'],
  // Khmer ៅ, read aw, is written au, ao, ov or eou (ពៅ Pau, Pao, Pov, Peou; au is read o below).
  // UNCONFIRMED: names.md names Chh/Ch, Kh/K and ea/ia for Khmer, not this (decision 0180). Here
  // before ou becomes u. Not a final eu (Khieu / Khiev): Vietnamese Hiếu and Kiều end so.
  [/(?:eou|ov)$/g, 'au'],
  // French-era Khmer spellings write ុំ after ៊ with a silent r (អ៊ុំ Um, Oum, Ourm). UNCONFIRMED:
  // names.md names Chh/Ch, Kh/K and ea/ia for Khmer, not this (decision 0180). Only -ourm: read in
  // -orm too, Thai names' silent r (ถนอม Thanom, Thanorm) cost the held-out set pairs.
  [/ourm(?![aeiouy])/g, 'oum'],
  [/ou/g, 'u'],
  // Khmer ុំ is written om or um (Sokhom/Sokhum, Chom/Chum): read um at a syllable's end.
  // UNCONFIRMED: names.md names Chh/Ch, Kh/K and ea/ia for Khmer, not o/u (decision 0147).
  [/om(?![aeiouy])/g, 'um'],
  // Soe/So, Moe/Mo: ို with a high tone is written oe at a word's end
  [/oe$/g, 'o'],
  // Thai เ-อ is written oe by the RTGS and er by most names (Prasoet/Prasert, Choetchai/Cherdchai)
  [/oe(?=[bcdfghjklmnpqrstvwxz])/g, 'er'],
  // Thai and Khmer aspirates and vowels; จ is written ch by the RTGS, j by most names (Jaidee/Chaidi)
  [/j/g, 'ch'],
  [/chh/g, 'ch'],
  [/th/g, 't'],
  // Romanised Tamil and Sanskrit write the aspirates dh and bh or leave out the h (Sudharsan/
  // Sudarsan, Radha/Rada, Bharathi/Barathi, Subhash/Subash), as Indonesian and Malay spellings of
  // Arabic names do (Ramadhan/Ramadan, Ridhwan/Ridwan). UNCONFIRMED: names.md names th/t only (decision 0153).
  [/dh/g, 'd'],
  [/bh/g, 'b'],
  [/ph/g, 'p'],
  [/kh/g, 'k'],
  // A Burmese Pali ရ is written r, as the Pali has it, or y, as Burmese reads it (Thura/Thuya,
  // Thurein/Thuyein). UNCONFIRMED: names.md lists ky/ch, ht/t, th/t, aw/o, ei/ay, oo/u and doubled
  // finals for Burmese, not r/y (decision 0147). Only in tu-, after th → t: r/y elsewhere tells
  // names apart (Maria/Maya).
  [/tuy(?=[ae])/g, 'tur'],
  [/ea/g, 'ia'],
  // Khmer ញ is nh in the UNGEGN and gn in the French-era spelling many names keep (Kanha/Kagna,
  // Sophanha/Sophagna). UNCONFIRMED: names.md names Chh/Ch, Kh/K and ea/ia only (decision 0134).
  [/gn/g, 'nh'],
  // Thai เ–ีย is ia in the RTGS and ie in many names (Kiattisak/Kiettisak), before a final.
  [/ie(?=[bcdfgjklmnpqrstvwxz])/g, 'ia'],
  // Thai ไชย is written chai-ya or cha-ya (Chaiyasit/Chayasit, Chaiyaphum).
  [/aiy/g, 'ay'],
  [/ai$/g, 'ay'],
  [/ee/g, 'i'],
  // Thai ศรี is si in the RTGS and sri in names (Meesri/Misi, Srisakul/Sisakun); after ee → i.
  // After another syllable only: the Indonesian and Malay Sri, alone or first (Sri Wahyuni,
  // Sriwahyuni), stays as it is; reading it si there cost the SE set pairs (decision 0115).
  [/(?<=[a-z])sri/g, 'si'],
  // Chinese names romanised one way write the glide after a first consonant w, another u (Hwee /
  // Hui, Kwan / Kuan, Swee / Sui, Hwang / Huang), as the join pre-check reads it (joined.ts
  // `prefixOf`, decision 0187); here before w becomes v. UNCONFIRMED: names.md does not cover Chinese
  // names (decision 0189).
  [/^([bcdfghjklmnpqrstxz])w(?=[aeiou])/g, '$1u'],
  [/w/g, 'v'],
  // A y gliding from i into the next vowel is written or left out (Priya/Pria, Riyanti/Rianti,
  // Diyana/Diana, Aliyah/Alia); after ee → i (Preeya). UNCONFIRMED: names.md does not list it (decision 0153).
  [/iy(?=[aeou])/g, 'i'],
  // Doubled letters: Winn/Win, Myintt/Myint, Sokkha/Sokha
  [/([a-z])\1+/g, '$1'],
  // A Thai final stop ด is written d or t before the next syllable (Chadchai/Chatchai): a d before
  // a consonant other than r, l, w, h or y, which begin Malay and Indonesian clusters (Badrul).
  [/d(?=[bcfgjkmnpqstvxz])/g, 't'],
  // The RTGS writes every Thai final stop k, p or t; names write the letter (Chaiyasid/Chaiyasit,
  // Wichid/Wichit, Pornthib/Pornthip), and ชาติ is Chart or Chat (Apichart/Aphichat).
  [/d$/g, 't'],
  [/([aeiou])b$/g, '$1p'],
  // A final ช is read t too and names write it j or ch (Kaewdej/Kaewdet, เดช Dech/Det); j is ch
  // here already. Only after e (and u, above): Vietnamese names end in -ach and -ich (Bạch, Bích), a sound of their own.
  // UNCONFIRMED: the RTGS finals, not names.md (decision 0134). After u: see before ou above.
  [/ech$/g, 'et'],
  [/rt(?![aeiouy])/g, 't'],
  // A Thai final ล is read n and written l or n (Rattaphol/Rattaphon, Kamol/Kamon, Srisakul/
  // Srisakun): only in the Thai syllables pol, mol and kul, as Malay names keep their l (Zainol,
  // Makmul/Makmun are different names).
  // Also at a syllable's end inside a name (Pholsakun/Phonsakul, Kamolwan).
  [/([pm])ol(?![aeiouy])/g, '$1on'],
  [/kul(?![aeiouy])/g, 'kun'],
  // A silent final h: Sah/Sa, Chanthah
  [/([aeiou])h$/g, '$1'],
  // After doubled letters are one (Siriporrn, Vutthy):
  // A Thai final ร is written rn in names (Supaporn, Kornkanok), n by the RTGS (suphaphon): only at
  // a syllable's end, before a consonant or the word's end (Kurniawan, Sukarno keep their rn).
  [/rn(?![aeiouy])/g, 'n'],
  // Thai แ and Khmer ែ are written ae or e (Saengthong/Sengthong, Kaew/Kev), a final ว/វ after
  // it o, w or v (Keo, Kaew, Kaeo, Kev; Kaeosakun/Kaewsakul).
  // Inside a name only after a (Kaeosakun/Kaewsakul): Indonesian slips (Seojanto) keep their eo.
  [/aeo(?![aeiouy])/g, 'aev'],
  [/ae/g, 'e'],
  [/eo$/g, 'ev'],
  // A final ao is written au too (Khmer ម៉ៅ Mao/Mau, Châu Chau/Chao, Lao and Thai Sao/Sau).
  // UNCONFIRMED: not in names.md (decision 0147).
  [/ao$/g, 'au'],
  // Burmese ော် (Kyaw, Zaw) is au in the MLCTS romanisation and in names written from it (Kyau,
  // Zau): read as aw is, o, at a word's end — with the Khmer ៅ above (Mao, Mau), which sounds aw.
  // UNCONFIRMED: names.md lists aw/o for Burmese, not au (decision 0180).
  [/au$/g, 'o'],
  // A final y after a consonant is an i (Vuthy/Vuthi, Rudy/Rudi, Hendry/Hendri).
  [/([^aeiou])y$/g, '$1i'],
];

/**
 * Burmese names and syllables ending in the long a (ာ), which names write -ar or -a (Thidar/Thida,
 * Khin Mar/Khin Ma): each also keyed as written without its r. Only these, since the r of other
 * names is read (Umar/Uma, Iskandar, Anwar are different names or have no -a form).
 */
export const burmeseLongA: ReadonlySet<string> = new Set([
  'mar',
  'zar',
  'war',
  'htar',
  'nar',
  'lar',
  'thidar',
  'sandar',
  'nandar',
  'thandar',
  'yadanar',
  'thuzar',
  'thinzar',
  'nilar',
  'kalyar',
  'thawdar',
]);

/**
 * Burmese names one record writes as one word and another in syllables (Thida / Thi Da / Thi Ta,
 * the script read letter by letter and voiced, as joined.ts voices it): syllables whose join is
 * one of these are read as the one word, both sides alike, so that two records splitting the name
 * differently still meet word for word.
 */
export const burmeseJoinedNames: ReadonlySet<string> = new Set([
  'thida',
  'thidar',
  'sanda',
  'sandar',
  'nanda',
  'nandar',
  'thanda',
  'thandar',
  'yadana',
  'yadanar',
  'thuza',
  'thuzar',
  'thinza',
  'thinzar',
  'nila',
  'nilar',
  'thiri',
  'thazin',
]);

/**
 * Syllables that mark a name as Burmese, so that a leading "Ma" or "Maung" is read as an
 * honorific rather than as part of the name.
 */
export const burmeseSyllables: ReadonlySet<string> = new Set([
  'aung',
  'kyaw',
  'myint',
  'win',
  'winn',
  'thein',
  'htun',
  'tun',
  'hla',
  'zaw',
  'soe',
  'khin',
  'thida',
  'nyein',
  'oo',
  'thu',
  'naing',
  'min',
  'lwin',
  'moe',
  'htet',
  'phyo',
  'thant',
  'swe',
  'nwe',
  'mya',
  'san',
  'myat',
  'thet',
  'hnin',
  'wai',
  'yin',
  'kyi',
  'chit',
  'htay',
  'khaing',
  'phyu',
  'nyunt',
  'shwe',
  'thaung',
  'htoo',
  'ye',
  'kyu',
  'than',
  'zin',
  'mar',
  'khine',
  'sandar',
  'cho',
  'ei',
  'yadanar',
  'su',
  'myo',
  'tin',
  'maw',
  'nay',
  'lin',
  'pyae',
  'sone',
  'zar',
  'hlaing',
  'sein',
  'thuzar',
  'wint',
]);
