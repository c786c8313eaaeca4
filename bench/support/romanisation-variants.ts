/**
 * Latin spellings of one Thai or Burmese name as different agencies write them (issue 8), and
 * pairs of different names that look alike, which must stay apart. Written from the reference
 * notes and the usual Thai (RTGS and its informal variants: th/t, ph/p, w/v, oo/u, ch/j, ai/ay,
 * a final l or d, oe/er) and Burmese practice (hs/s, aing/ine, we/way, ar/a, syllables joined or apart, the second syllable
 * voiced), not from src/names/rules, so that the matcher is not measured against its own tables.
 */
export const sameNameSpellings: readonly (readonly string[])[] = [
  ['Thanawat', 'Thanavat', 'Tanawat'],
  ['Sarawut', 'Sarawoot', 'Saravut'],
  ['Rattaphol', 'Rattaphon', 'Ratthaphon'],
  ['Chatchai', 'Chadchai', 'Chatchay'],
  ['Kamol', 'Kamon'],
  ['Srisakul', 'Srisakun'],
  ['Prasert', 'Prasoet'],
  ['Cherdchai', 'Choetchai'],
  ['Thida', 'Thidar', 'Thi Da', 'Thi Ta', 'Thi Dar'],
  ['Sandar', 'Sanda', 'San Da'],
  ['Yadanar', 'Yadana', 'Ya Da Nar'],
  ['Thuzar', 'Thuza'],
  ['Khin Mar', 'Khin Ma'],
  ['Thi Da Win', 'Thi Ta Win', 'Thidar Win'],
  ['Hsu Hsu', 'Su Su'],
  ['Khaing Zin', 'Khine Zin'],
  ['Nwe Nwe', 'Nway Nway'],
  ['Shwe Yee', 'Shway Yee'],
];

/** Different names, each pair alike in letters: never the same name by a spelling rule. */
export const differentNames: readonly (readonly [string, string])[] = [
  ['Umar', 'Uma'],
  ['Omar', 'Oma'],
  ['Iskandar', 'Iskanda'],
  ['Anwar', 'Anwa'],
  ['Zainol', 'Zainon'],
  ['Makmul', 'Makmun'],
  ['Kamal', 'Kaman'],
  ['Thida', 'Thiha'],
  ['Thi Da', 'Thinda'],
  ['Thida Win', 'Thida Aung'],
  ['Thi Da Win', 'Thi Ta Aung'],
  ['Thanawat', 'Thanawan'],
  ['Thanawat', 'Thanapat'],
  ['Sarawut', 'Surawut'],
  ['Rattaphol', 'Rattaphong'],
  ['Chatchai', 'Chatchawan'],
  ['Chatchai', 'Chaichat'],
  ['Cherdchai', 'Chatchai'],
  ['Prasert', 'Prasit'],
  ['Nwe Nwe', 'Nyein Nyein'],
];
