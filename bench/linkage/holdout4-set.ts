/**
 * The fourth held-out set of Southeast Asian persons (issue 8: "I also check with a set you will not
 * see"). Written without reading the project's name rules, linkage code, generators or the other
 * held-out sets, and not tuned on the model's results: its worth is that nobody fitted the model
 * to it. Persons and hard negatives: holdout4-persons.ts; agencies and their habits:
 * holdout4-agencies.ts; name composition: holdout4-names.ts; accidents: holdout4-spelling.ts.
 *
 * Records per true person: one 35 %, two 35 %, three 20 %, four 10 % (a victim met once by one
 * agency is the most common case), each by an agency drawn by its share. Record ids are opaque and
 * the records shuffled, so nothing but the fields tells who is who.
 */
import type { TruthRecord } from './data.ts';
import { agencyShares, habits, type MarkStyle, recordedNationality } from './holdout4-agencies.ts';
import { recordedBirth } from './holdout4-birth.ts';
import { composers } from './holdout4-names.ts';
import { type TruePerson, truePersons } from './holdout4-persons.ts';
import { Draw } from './holdout4-random.ts';
import {
  ethForDyet,
  keyboardSlip,
  mojibake,
  ocrMisread,
  withoutMarks,
  withoutTones,
} from './holdout4-spelling.ts';

export const heldOut4Defaults = { seed: 20261210, persons: 2000 } as const;

const markings: Readonly<Record<MarkStyle, (text: string) => string>> = {
  kept: (text) => text.normalize('NFC'),
  nfd: (text) => text.normalize('NFD'),
  tonesLost: withoutTones,
  stripped: withoutMarks,
  mojibake,
  eth: ethForDyet,
};

/** One agency's record of a person's name: composed, cased, marks handled, then slips and misreads. */
function writtenName(draw: Draw, agency: keyof typeof habits, person: TruePerson): string {
  const habit = habits[agency];
  const composed = composers[person.group]({ draw, habit, person, order: draw.weighted(habit.order) });
  if (composed.script) return composed.text;
  let text = composed.text.replace(/\s+/g, ' ').trim();
  if (draw.chance(habit.capitals)) text = text.toUpperCase();
  else if (draw.chance(0.04)) text = text.toLowerCase();
  text = markings[draw.weighted(habit.marks)](text);
  if (draw.chance(habit.slip)) {
    text = keyboardSlip(draw, text);
    if (draw.chance(0.2)) text = keyboardSlip(draw, text);
  }
  if (draw.chance(habit.ocr)) text = ocrMisread(draw, text);
  return text;
}

/** `persons` true persons (seeded), each recorded one to four times; records shuffled, ids opaque. */
export function heldOutSet4(
  persons: number = heldOut4Defaults.persons,
  seed: number = heldOut4Defaults.seed,
): TruthRecord[] {
  const draw = new Draw(seed);
  const records: Omit<TruthRecord, 'id'>[] = [];
  for (const person of truePersons(draw, persons)) {
    const copies = Number(draw.weighted({ 1: 35, 2: 35, 3: 20, 4: 10 }));
    for (let copy = 0; copy < copies; copy++) {
      const agency = draw.weighted(agencyShares);
      const habit = habits[agency];
      records.push({
        truth: person.id,
        name: writtenName(draw, agency, person),
        birth: recordedBirth(draw, habit, person.born),
        sex: draw.chance(habit.sexMissing) ? 'unknown' : person.sex,
        nationality: recordedNationality(draw, habit, person.nationality),
        source: agency,
      });
    }
  }
  for (let i = records.length - 1; i > 0; i--) {
    const j = draw.between(0, i);
    [records[i], records[j]] = [records[j] as Omit<TruthRecord, 'id'>, records[i] as Omit<TruthRecord, 'id'>];
  }
  return records.map((record, i) => ({ id: `h4-${i}`, ...record }));
}
