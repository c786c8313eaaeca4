/**
 * Malay names (canonical; every spelling of each in rules/variants.ts counts) often written joined
 * to the name after them (Mohdfirdaus, Mdsyahmi, Muhammadidris, Noorulhajar, Norsuraya,
 * Sitiaisyah, Puterinadia, Putrihajar, Ahmadaiman, Khairolrizal, Amirulhakim, Zainalabidin): a
 * word beginning with a spelling of one, followed by `minJoinedRest` letters or more, is read as
 * the two words, so that it meets the same name written apart word for word (Nor Suraya, Puteri
 * Nadia, Khairul Rizal) and the same name joined under another spelling (Noorulhajar /
 * Nurulhajar), and its second word meets that word's other spellings as any word does
 * (Khairulfaisal / Khairul Faizal). The longest leading word is taken, and only it (Nurulain:
 * nurul + ain is too short, and is not read nur + ulain). Folded forms; the split words are then
 * made canonical as any other (noorul → nurul, mohd → muhammad, khairol → khairul).
 */
export const joinedLeadingNames: readonly string[] = [
  'muhammad',
  'nur',
  'nurul',
  'siti',
  'putri',
  'ahmad',
  // The first of a Malay man's two given names built as Arabic "X al-" (rules/variants.ts): no name
  // begins with one and goes on as a name of its own (Saifullah, Aminullah: a rest too short).
  'khairul',
  'amirul',
  'kamarul',
  'badrul',
  'saiful',
  'shahrul',
  'shamsul',
  'zainal',
];

/**
 * Spellings of those names (rules/variants.ts) that are never read as a leading word: the beginning
 * of another name (Seti: Setiawan; St, Siti shortened: Stella, Stephanie, Stanley — a Filipino or
 * English name is not "Siti Ella"). Md and Mhd, short as they are, begin no name but Muhammad's
 * (Mdsyahmi, Mhdzulhilmi).
 */
export const notLeadingSpellings: ReadonlySet<string> = new Set(['seti', 'st']);

/**
 * Leading words whose long spellings (`minSlippedLeading` letters or more: Muhammad, Mohamad,
 * Mohammed…) are still read apart when typed with a slip (Muhmmadrasydan: Muhammad Rasydan). No
 * name begins with Muhammad one letter off and goes on as a name of its own. Not Khairul, Kamarul,
 * Amirul: a letter off them begins names (Khairunisa, Kamaruzaman). UNCONFIRMED: from issue 8's
 * misses (decision 0187), not names.md.
 */
export const slippedLeadingNames: readonly string[] = ['muhammad'];
export const minSlippedLeading = 7;

/** Fewest letters after a leading word for a joined word to be read as two (Nordin, Norman, Nurul-ain stay whole). */
export const minJoinedRest = 4;

/**
 * How the name after a leading word begins: a vowel, or a consonant (or ng, ny, kh, sy, sh, th,
 * ch) before a vowel, as a Malay word begins. Norrdin (a slip in Nordin) is no Nor + rdin.
 */
export const joinedRestBeginning = /^(?:[aeiou]|(?:ng|ny|kh|sy|sh|th|ch|[bcdfghjklmnpqrstvwyz])[aeiouy])/;
