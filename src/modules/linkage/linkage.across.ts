import { prepared, type Tx } from '../../db/db.ts';
import { linkableColumns, storedPopulation } from './linkable-persons.repo.ts';
import { populationOf, withLearntParameters } from './linkage.learnt.ts';
import {
  type LinkablePerson,
  likelyThreshold,
  type ScoredPair,
  scorePersons,
  scorePersonsAgainst,
} from './person-scoring.ts';
import type { PreparedRecords } from './prepared-records.ts';
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
    ids ? everyPersonById : `select ${linkableColumns}, p.agency_id from person p order by p.id`,
    ids ? [ids] : [],
  );
}

/** A match job's targets as the owner reads them, kept prepared (decision 0142). */
const everyPersonById = prepared(
  `select ${linkableColumns}, p.agency_id from person p where p.id = any ($1::uuid[]) order by p.id`,
);

/** A likely pair across two agencies: the person already recorded when it was found holds it (decision 0050). */
interface HeldPair {
  holder: string;
  newer: string;
}

/** Where a person is kept: the agency, when the person was recorded there and last changed. */
interface Place {
  agency_id: string;
  created_at: Date;
  updated_at: Date;
}

/**
 * Which of two persons holds their pair: the one recorded first. A person scored because it was
 * just recorded or changed (`targets`: the match job's, the changed scan's) counts from its last
 * change — an old record edited into a match is the newer side — any other from its creation; on
 * a tie the smaller id holds, so that exactly one side does.
 */
function heldPair(a: string, b: string, places: ReadonlyMap<string, Place>, targets?: ReadonlySet<string>) {
  const recorded = (person: string) => {
    const place = places.get(person);
    return (targets?.has(person) ? place?.updated_at : place?.created_at)?.getTime() ?? 0;
  };
  const [at, bt] = [recorded(a), recorded(b)];
  return at < bt || (at === bt && a < b) ? { holder: a, newer: b } : { holder: b, newer: a };
}

/**
 * For each likely pair of two agencies, each side's person and the other agency (the strongest per
 * person and agency), and which side holds the pair.
 */
function hintsFrom(
  pairs: readonly ScoredPair[],
  places: ReadonlyMap<string, Place>,
  targets?: ReadonlySet<string>,
): { hints: HintRow[]; held: HeldPair[] } {
  const hints = new Map<string, HintRow>();
  const held: HeldPair[] = [];
  const agencyOf = (person: string) => places.get(person)?.agency_id as string;
  const add = (person: string, other: string, probability: number) => {
    const row = {
      agency_id: agencyOf(person),
      person_id: person,
      other_agency_id: agencyOf(other),
      probability,
    };
    const key = `${row.person_id}:${row.other_agency_id}`;
    if ((hints.get(key)?.probability ?? -1) < probability) hints.set(key, row);
  };
  for (const pair of pairs) {
    if (pair.probability < likelyThreshold) continue;
    if (agencyOf(pair.personA) === agencyOf(pair.personB)) continue;
    add(pair.personA, pair.personB, pair.probability);
    add(pair.personB, pair.personA, pair.probability);
    held.push(heldPair(pair.personA, pair.personB, places, targets));
  }
  return { hints: [...hints.values()], held };
}

/**
 * Scores persons of every agency — all against all, or only `targets` (new or changed persons)
 * against all, with the same model — and stores, for each likely match between two agencies, each
 * side's hint that the other agency holds a possible match (decisions 0024, 0029), with which side
 * holds the pair: the other agency is named only to the holder, until it discloses itself (0050).
 * A full scan removes every hint no longer found; a scan of targets removes only the targets' own
 * (the other side's stale hints wait for the next full scan). Runs as the database owner. `prepared`:
 * records a match in the agency prepared just before (`scoreStoredAgainst`); `agencyId`: the
 * targets' agency when they are all of one (a match job's), whose persons are then not read.
 */
export function matchAcrossAgencies(
  tx: Tx,
  targets?: ReadonlySet<string>,
  prepared?: PreparedRecords,
  agencyId?: string,
): Promise<{ persons: number; hints: number }> {
  return withLearntParameters(tx, null, () => scoreAcrossAgencies(tx, targets, prepared, agencyId));
}

async function scoreAcrossAgencies(
  tx: Tx,
  targets?: ReadonlySet<string>,
  prepared?: PreparedRecords,
  agencyId?: string,
): Promise<{ persons: number; hints: number }> {
  if (targets) {
    // Only a likely pair of two agencies makes a hint (`hintsFrom`): targets of one agency are
    // scored against the other agencies' persons alone, and only the likely pairs are kept, their
    // evidence and fingerprints made for those alone (decision 0135).
    const stored = storedPopulation(tx, 'owner', agencyId);
    const persons = (await stored.count([countedPersons])).get(countedPersons) ?? 0;
    if (targets.size === 0) return { persons, hints: 0 };
    const pairs = await scoreStoredAgainst(
      stored,
      await everyPerson(tx, [...targets]),
      everyAgency,
      prepared,
      likelyThreshold,
    );
    if (pairs) return { persons, hints: await storeHints(tx, pairs, targets) };
  }
  // A full scan, or targets whose model must first be learnt on every person.
  const persons = await everyPerson(tx);
  const pairs = targets
    ? scorePersonsAgainst(persons, targets, everyAgency)
    : scorePersons(persons, everyAgency);
  return { persons: persons.length, hints: await storeHints(tx, pairs, targets) };
}

const personPlacesText = prepared(
  'select id, agency_id, created_at, updated_at from person where id = any ($1::uuid[])',
);

/** The agency of each person of these pairs, and when the person was recorded and last changed. */
async function placesOf(tx: Tx, pairs: readonly ScoredPair[]): Promise<Map<string, Place>> {
  const rows = await tx.query<Place & { id: string }>(personPlacesText, [
    [...new Set(pairs.flatMap((p) => [p.personA, p.personB]))],
  ]);
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Hints no longer among `$1`: of the persons scored (`$2`), or of every person after a full scan.
 * Two texts, not one with "`$2` is null or": a prepared statement's generic plan cannot tell which
 * branch runs and scanned every hint (and for the held pairs below, joined every pair with every
 * hint: 4.3 ms of a job's database CPU at 8,500 hints, growing with them) — decision 0166's lesson.
 */
const hintsLeftBy = {
  scored: prepared(
    `delete from person_match_hint h
      where h.person_id = any ($2::uuid[])
        and not exists (select 1 from jsonb_to_recordset($1::jsonb) as s(person_id uuid, other_agency_id uuid)
                         where s.person_id = h.person_id and s.other_agency_id = h.other_agency_id)`,
  ),
  all: prepared(
    `delete from person_match_hint h
      where not exists (select 1 from jsonb_to_recordset($1::jsonb) as s(person_id uuid, other_agency_id uuid)
                         where s.person_id = h.person_id and s.other_agency_id = h.other_agency_id)`,
  ),
};

/** The hints `$1`, each kept with its probability; a target's hint is replaced by its new score. */
const hintsKeptText = prepared(
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
);

/**
 * Held pairs no longer among the pairs sent (`$1` holders, `$2` newer persons, either way round):
 * of the persons scored (`$3`), or every pair after a full scan (see `hintsLeftBy`).
 *
 * The scored persons' pairs are found by their hint ids, gathered first (`any (array(…))`, one
 * look-up of the hints' person index), and the pairs still sent are compared by hint ids too (a
 * sent pair's hints through the same index: a person's hint stands for the person), so the pair
 * table is only ever filtered by two lists of ids: read through its two indexes when it is planned
 * at its size, and at worst read once with a cheap filter when its plan was made while it was
 * empty. A prepared statement keeps its generic plan until the table is analysed again: the join
 * this replaces (pairs of the scored hints, then each pair's two hints for their persons), planned on an
 * empty table, read every pair and looked up both its hints (9 ms a job at 4,400 pairs, growing
 * with them), and planned at that size hashed the whole table (decision 0203).
 */
const heldPairsLeftBy = {
  scored: prepared(
    `delete from person_match_hint_pair x
      where (x.holder_hint_id = any (array(select id from person_match_hint where person_id = any ($3::uuid[])))
          or x.newer_hint_id = any (array(select id from person_match_hint where person_id = any ($3::uuid[]))))
        and not exists (select 1 from unnest($1::uuid[], $2::uuid[]) as s(holder, newer)
                          join person_match_hint a on a.person_id = s.holder
                          join person_match_hint b on b.person_id = s.newer
                         where (a.id, b.id) in ((x.holder_hint_id, x.newer_hint_id), (x.newer_hint_id, x.holder_hint_id)))`,
  ),
  all: prepared(
    `delete from person_match_hint_pair x
      using person_match_hint h, person_match_hint n
      where h.id = x.holder_hint_id and n.id = x.newer_hint_id
        and not exists (select 1 from unnest($1::uuid[], $2::uuid[]) as s(holder, newer)
                         where (s.holder, s.newer) in ((h.person_id, n.person_id), (n.person_id, h.person_id)))`,
  ),
};

/**
 * The held pairs sent (`$1` holders, `$2` newer persons), by their two hints. The pairs come as
 * two uuid arrays, not a JSON document: a generic plan counts a parameter array's `unnest` as 10
 * rows (`jsonb_to_recordset` as 100, which hashed both hint tables whole), so each pair's hints
 * are looked up through the person index (decision 0203). The sent persons' hints (each person
 * once), and the pairs already held the other way round between them, are gathered first by lists
 * of ids and the pairs joined to those few:
 * planned while the hint tables were empty (a new platform's first jobs), the join to the tables
 * themselves scanned every hint for each pair and every held pair for each pair found — 19–23 ms
 * of a job's database CPU at 5,000 hints, growing with them (decision 0205).
 */
const heldPairsKeptText = prepared(
  `with sent as materialized (
       select id, person_id, agency_id, other_agency_id from person_match_hint
        where person_id = any (array(select distinct unnest($1::uuid[] || $2::uuid[])))),
     kept as materialized (
       select holder_hint_id, newer_hint_id from person_match_hint_pair
        where holder_hint_id = any (array(select id from sent where person_id = any ($2::uuid[])))
          and newer_hint_id = any (array(select id from sent where person_id = any ($1::uuid[]))))
   insert into person_match_hint_pair (holder_hint_id, newer_hint_id)
     select h.id, n.id
       from unnest($1::uuid[], $2::uuid[]) as s(holder, newer)
       join sent h on h.person_id = s.holder
       join sent n on n.person_id = s.newer
                  and n.other_agency_id = h.agency_id and h.other_agency_id = n.agency_id
      where not exists (select 1 from kept y where y.holder_hint_id = n.id and y.newer_hint_id = h.id)
     on conflict do nothing`,
);

/**
 * Keeps the hints of these likely pairs and which side holds each pair; answers how many hints.
 * `targets`: only these persons were scored, so only their hints and pairs no longer found leave.
 */
async function storeHints(
  tx: Tx,
  pairs: readonly ScoredPair[],
  targets?: ReadonlySet<string>,
): Promise<number> {
  const places = await placesOf(
    tx,
    pairs.filter((p) => p.probability >= likelyThreshold),
  );
  const { hints, held } = hintsFrom(pairs, places, targets);
  const scored = targets ? [...targets] : null;
  const json = JSON.stringify(hints);
  await (scored ? tx.query(hintsLeftBy.scored, [json, scored]) : tx.query(hintsLeftBy.all, [json]));
  await tx.query(hintsKeptText, [json, scored]);
  await storeHeldPairs(tx, held, scored);
  return hints.length;
}

/**
 * Keeps which side holds each pair (decision 0050). A pair already kept keeps the side it was first
 * found with: a holder whose person was later edited stays the holder, and a person edited into a
 * match later stays the newer side. Pairs of the scored persons no longer found leave.
 */
async function storeHeldPairs(tx: Tx, held: readonly HeldPair[], scored: string[] | null): Promise<void> {
  const pairs = [held.map((p) => p.holder), held.map((p) => p.newer)];
  await (scored
    ? tx.query(heldPairsLeftBy.scored, [...pairs, scored])
    : tx.query(heldPairsLeftBy.all, pairs));
  await tx.query(heldPairsKeptText, pairs);
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
      (await scoreStoredAgainst(storedPopulation(tx, 'owner'), target, everyAgency)) ??
      scorePersonsAgainst(await everyPerson(tx), new Set([personId]), everyAgency);
    const places = await placesOf(tx, pairs);
    const own = target[0]?.agency_id;
    return pairs
      .filter((pair) => pair.probability >= likelyThreshold)
      .flatMap((pair) => {
        const other =
          pair.personA === personId ? pair.personB : pair.personB === personId ? pair.personA : '';
        const agencyId = places.get(other)?.agency_id;
        return other && agencyId && agencyId !== own
          ? [{ personId: other, agencyId, probability: pair.probability }]
          : [];
      });
  });
}
