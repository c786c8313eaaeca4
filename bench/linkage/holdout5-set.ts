/**
 * The fifth held-out set of Southeast Asian persons (issue 8: "name-variant sets of my own that you
 * will not see"), written apart from the model's name rules and from the other sets: built from
 * ../shared/reference/names.md and how police, immigration, shelters, embassies and NGOs record
 * names and dates. It stresses what the earlier sets cover thinly — dates missing, year-only,
 * estimated from an age, 1 January or with day and month swapped; the father's name kept in one
 * record and dropped in another; own script against romanisation; NGO spelling by ear; nicknames;
 * token order — and look-alike persons (namesakes born the same year, siblings) for precision.
 *
 * Reported by its aggregate line only, like held-out-4, so that it stays untuned. The variations
 * each record carries and each person's look-alike are bench metadata (`heldOut5`), never a field
 * the model reads. Records per person: one 30 %, two 35 %, three 22 %, four 13 %; shuffled, ids opaque.
 */
import type { TruthRecord } from './data.ts';
import { Draw } from './holdout4-random.ts';
import {
  type Agency,
  agencyShares,
  type BirthVariation,
  habits,
  recordedBirth,
} from './holdout5-agencies.ts';
import { type NameVariation, writtenName } from './holdout5-names.ts';
import { type TruePerson, truePersons } from './holdout5-persons.ts';

export const heldOut5Defaults = { seed: 20261214, persons: 2000 } as const;

export type Variation = NameVariation | BirthVariation;

export interface HeldOut5 {
  readonly records: TruthRecord[];
  /** The variations each record carries, by record id. */
  readonly variations: ReadonlyMap<string, readonly Variation[]>;
  readonly persons: readonly TruePerson[];
}

/** `persons` true persons (seeded), each recorded one to four times, with the bench's metadata. */
export function heldOut5(
  persons: number = heldOut5Defaults.persons,
  seed: number = heldOut5Defaults.seed,
): HeldOut5 {
  const draw = new Draw(seed);
  const people = truePersons(draw, persons);
  const written: { record: Omit<TruthRecord, 'id'>; variations: Variation[] }[] = [];
  for (const person of people) {
    const copies = Number(draw.weighted({ 1: 30, 2: 35, 3: 22, 4: 13 }));
    for (let copy = 0; copy < copies; copy++) {
      let agency: Agency = draw.weighted(agencyShares);
      // Malaysians are not met by an embassy in Malaysia.
      if (agency === 'embassy' && person.nationality === 'MY') agency = 'police';
      const habit = habits[agency];
      const name = writtenName(draw, habit, person);
      const birth = recordedBirth(draw, habit, person.born);
      written.push({
        record: {
          truth: person.id,
          name: name.text,
          birth: birth.birth,
          sex: draw.chance(habit.sexMissing) ? 'unknown' : person.sex,
          nationality: draw.chance(habit.nationalityMissing) ? null : person.nationality,
          source: agency,
        },
        variations: birth.variation ? [...name.variations, birth.variation] : [...name.variations],
      });
    }
  }
  for (let i = written.length - 1; i > 0; i--) {
    const j = draw.between(0, i);
    [written[i], written[j]] = [
      written[j] as (typeof written)[number],
      written[i] as (typeof written)[number],
    ];
  }
  const records = written.map(({ record }, i) => ({ id: `h5-${i}`, ...record }));
  const variations = new Map(written.map(({ variations: carried }, i) => [`h5-${i}`, carried]));
  return { records, variations, persons: people };
}

/** The fifth held-out set's records alone, as the bench links them. */
export function heldOutSet5(persons?: number, seed?: number): TruthRecord[] {
  return heldOut5(persons, seed).records;
}
