import type { Tx } from '../../db/db.ts';
import { populationOf, withLearntParameters } from './linkage.learnt.ts';
import { storedPopulation } from './linkage.repo.ts';
import {
  type LinkablePerson,
  likelyThreshold,
  type ScoredPair,
  scorePersons,
  scorePersonsAgainst,
} from './person-scoring.ts';
import { countedPersons, scoreStoredAgainst } from './stored-match.ts';

/** The population of the scan across agencies, for the parameters learnt on it. */
const everyAgency = populationOf(null);

interface HintRow {
  agency_id: string;
  person_id: string;
  other_agency_id: string;
  probability: number;
}

/** Every person of every agency as the linkage model reads them: only the database owner may. */
function everyPerson(tx: Tx, ids?: readonly string[]): Promise<(LinkablePerson & { agency_id: string })[]> {
  return tx.query<LinkablePerson & { agency_id: string }>(
    `select p.id, p.agency_id, p.sex, p.birth_precision, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date,
            p.birth_year, p.estimated_age, to_char(p.estimated_on, 'YYYY-MM-DD') as estimated_on,
            trim(p.nationality) as nationality,
            array(select n.full_name from person_name n where n.person_id = p.id order by n.position, n.id) as names
       from person p where ($1::uuid[] is null or p.id = any ($1::uuid[])) order by p.id`,
    [ids ?? null],
  );
}

/** For each likely pair of two agencies, each side's person and the other agency; the strongest per pair of those. */
function hintsFrom(pairs: readonly ScoredPair[], agencyOf: ReadonlyMap<string, string>): HintRow[] {
  const hints = new Map<string, HintRow>();
  const add = (person: string, other: string, probability: number) => {
    const row = {
      agency_id: agencyOf.get(person) as string,
      person_id: person,
      other_agency_id: agencyOf.get(other) as string,
      probability,
    };
    const key = `${row.person_id}:${row.other_agency_id}`;
    if ((hints.get(key)?.probability ?? -1) < probability) hints.set(key, row);
  };
  for (const pair of pairs) {
    if (pair.probability < likelyThreshold) continue;
    if (agencyOf.get(pair.personA) === agencyOf.get(pair.personB)) continue;
    add(pair.personA, pair.personB, pair.probability);
    add(pair.personB, pair.personA, pair.probability);
  }
  return [...hints.values()];
}

/**
 * Scores persons of every agency — all against all, or only `targets` (new or changed persons)
 * against all, with the same model — and stores, for each likely match between two agencies, each
 * side's hint that the other agency holds a possible match (decisions 0024, 0029): never who. A
 * full scan removes every hint no longer found; a scan of targets removes only the targets' own
 * (the other side's stale hints wait for the next full scan). Runs as the database owner.
 */
export function matchAcrossAgencies(
  tx: Tx,
  targets?: ReadonlySet<string>,
): Promise<{ persons: number; hints: number }> {
  return withLearntParameters(tx, null, () => scoreAcrossAgencies(tx, targets));
}

async function scoreAcrossAgencies(
  tx: Tx,
  targets?: ReadonlySet<string>,
): Promise<{ persons: number; hints: number }> {
  if (targets) {
    const stored = storedPopulation(tx);
    const persons = (await stored.count([countedPersons])).get(countedPersons) ?? 0;
    if (targets.size === 0) return { persons, hints: 0 };
    const pairs = await scoreStoredAgainst(stored, await everyPerson(tx, [...targets]), everyAgency);
    if (pairs) {
      const held = await agenciesOf(tx, pairs);
      const hints = hintsFrom(pairs, held);
      await storeHints(tx, hints, targets);
      return { persons, hints: hints.length };
    }
  }
  // A full scan, or targets whose model must first be learnt on every person.
  const persons = await everyPerson(tx);
  const agencyOf = new Map(persons.map((p) => [p.id, p.agency_id]));
  const pairs = targets
    ? scorePersonsAgainst(persons, targets, everyAgency)
    : scorePersons(persons, everyAgency);
  const hints = hintsFrom(pairs, agencyOf);
  await storeHints(tx, hints, targets);
  return { persons: persons.length, hints: hints.length };
}

/** The agency of each person of these pairs. */
async function agenciesOf(tx: Tx, pairs: readonly ScoredPair[]): Promise<Map<string, string>> {
  const rows = await tx.query<{ id: string; agency_id: string }>(
    'select id, agency_id from person where id = any ($1::uuid[])',
    [[...new Set(pairs.flatMap((p) => [p.personA, p.personB]))]],
  );
  return new Map(rows.map((r) => [r.id, r.agency_id]));
}

async function storeHints(tx: Tx, rows: readonly HintRow[], heldBy?: ReadonlySet<string>): Promise<void> {
  const json = JSON.stringify(rows);
  await tx.query(
    `delete from person_match_hint h
      where ($2::uuid[] is null or h.person_id = any ($2::uuid[]))
        and not exists (select 1 from jsonb_to_recordset($1::jsonb) as s(person_id uuid, other_agency_id uuid)
                         where s.person_id = h.person_id and s.other_agency_id = h.other_agency_id)`,
    [json, heldBy ? [...heldBy] : null],
  );
  await tx.query(
    `insert into person_match_hint (agency_id, person_id, other_agency_id, probability)
     select s.agency_id, s.person_id, s.other_agency_id, s.probability
       from jsonb_to_recordset($1::jsonb)
         as s(agency_id uuid, person_id uuid, other_agency_id uuid, probability float8)
     on conflict (person_id, other_agency_id) do update
       set probability = excluded.probability, found_at = now()
       where person_match_hint.probability <> excluded.probability
         -- The other side of a target's pair may hold a stronger match with another person there.
         and ($2::uuid[] is null or person_match_hint.person_id = any ($2::uuid[])
           or person_match_hint.probability < excluded.probability)`,
    [json, heldBy ? [...heldBy] : null],
  );
}

/** A likely match of a person, held by another agency: that agency's own person. */
export interface MatchElsewhere {
  readonly personId: string;
  readonly agencyId: string;
  readonly probability: number;
}

/**
 * The likely matches of one person among other agencies' persons, scored now with the model of the
 * scan across agencies (the stored blocks, or every person when no parameters are kept yet). Runs
 * as the database owner: the platform's erasure job asks it before erasing the person (decision 0042).
 */
export function likelyMatchesElsewhere(tx: Tx, personId: string): Promise<MatchElsewhere[]> {
  return withLearntParameters(tx, null, async () => {
    const target = await everyPerson(tx, [personId]);
    if (target.length === 0) return [];
    const pairs =
      (await scoreStoredAgainst(storedPopulation(tx), target, everyAgency)) ??
      scorePersonsAgainst(await everyPerson(tx), new Set([personId]), everyAgency);
    const agencyOf = await agenciesOf(tx, pairs);
    const own = target[0]?.agency_id;
    return pairs
      .filter((pair) => pair.probability >= likelyThreshold)
      .flatMap((pair) => {
        const other =
          pair.personA === personId ? pair.personB : pair.personB === personId ? pair.personA : '';
        const agencyId = agencyOf.get(other);
        return other && agencyId && agencyId !== own
          ? [{ personId: other, agencyId, probability: pair.probability }]
          : [];
      });
  });
}
