import { recordAudit } from '../../audit/audit.ts';
import type { Db, Tx } from '../../db/db.ts';
import { platformActor } from '../../policy/policy.ts';
import { type LinkablePerson, likelyThreshold, scorePersons } from './person-scoring.ts';

interface HintRow {
  agency_id: string;
  person_id: string;
  other_agency_id: string;
  probability: number;
}

/**
 * The platform's scan across agencies (no user; the CLI's `lindung linkage scan`): scores every
 * person of every agency, and for each likely match (probability ≥ 0.5) between two agencies
 * tells each side only that the other agency holds a possible match for its own person. Hints no
 * longer found are removed. Runs as the database owner: the one place that reads every agency.
 */
export async function scanAcrossAgencies(db: Db): Promise<{ persons: number; hints: number }> {
  return db.transaction(async (tx) => {
    const persons = await tx.query<LinkablePerson & { agency_id: string }>(
      `select p.id, p.agency_id, p.sex, p.birth_precision, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date,
              p.birth_year, p.estimated_age, to_char(p.estimated_on, 'YYYY-MM-DD') as estimated_on,
              trim(p.nationality) as nationality,
              array(select n.full_name from person_name n where n.person_id = p.id order by n.position, n.id) as names
         from person p order by p.id`,
    );
    const agencyOf = new Map(persons.map((p) => [p.id, p.agency_id]));
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
    for (const pair of scorePersons(persons)) {
      if (pair.probability < likelyThreshold) continue;
      if (agencyOf.get(pair.personA) === agencyOf.get(pair.personB)) continue;
      add(pair.personA, pair.personB, pair.probability);
      add(pair.personB, pair.personA, pair.probability);
    }
    await storeHints(tx, [...hints.values()]);
    const result = { persons: persons.length, hints: hints.size };
    await recordAudit(tx, {
      actorUserId: null,
      agencyId: null,
      action: 'linkage.scan_across_agencies',
      detail: { ...result, by: platformActor.via },
    });
    return result;
  });
}

async function storeHints(tx: Tx, rows: readonly HintRow[]): Promise<void> {
  const json = JSON.stringify(rows);
  await tx.query(
    `delete from person_match_hint h
      where not exists (select 1 from jsonb_to_recordset($1::jsonb) as s(person_id uuid, other_agency_id uuid)
                         where s.person_id = h.person_id and s.other_agency_id = h.other_agency_id)`,
    [json],
  );
  await tx.query(
    `insert into person_match_hint (agency_id, person_id, other_agency_id, probability)
     select s.agency_id, s.person_id, s.other_agency_id, s.probability
       from jsonb_to_recordset($1::jsonb)
         as s(agency_id uuid, person_id uuid, other_agency_id uuid, probability float8)
     on conflict (person_id, other_agency_id) do update
       set probability = excluded.probability, found_at = now()
       where person_match_hint.probability <> excluded.probability`,
    [json],
  );
}
