import { type Db, prepared, type Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { type Comparison, heldToLimits, type LinkageModel, personComparisons } from '../../linkage/index.ts';
import { platformActor } from '../../policy/policy.ts';
import { linkablePersons } from './linkable-persons.repo.ts';
import {
  keepLearnt,
  learnPersonModel,
  learntOn,
  ownModelMinimum,
  populationChanged,
} from './person-model.ts';

/** The population whose parameters are kept: an agency's persons, or every agency's (`null`). */
export const populationOf = (agencyId: string | null) =>
  agencyId === null ? 'every agency' : `agency ${agencyId}`;

export type StoredParameters = Pick<
  LinkageModel,
  'prior' | 'm' | 'u' | 'randomU' | 'uWithin' | 'recordCount' | 'iterations'
>;

/**
 * The parameters kept for an agency (read under its row-level security) and for every agency (the
 * owner's): two texts kept prepared, one per reader (decision 0142).
 */
const agencyParameters = prepared(
  'select persons, parameters, learnt_at from linkage_learnt_parameters where agency_id = $1',
);
const everyAgencyParameters = prepared(
  'select persons, parameters, learnt_at from linkage_learnt_parameters where agency_id is null',
);

/**
 * Runs `work` (scoring a population) with the parameters learnt on it kept in the database
 * (migration 0106): those stored are taken into this process first when they are newer than its
 * own, and what the work learnt is stored after it, so that a match in another process or after a
 * restart reuses them instead of learning again on the whole population (decision 0037). An
 * agency's under its row-level security; every agency's as the database owner.
 */
export async function withLearntParameters<T>(
  tx: Tx,
  agencyId: string | null,
  work: () => Promise<T> | T,
): Promise<T> {
  const population = populationOf(agencyId);
  const [row] = await tx.query<{ persons: number; parameters: StoredParameters; learnt_at: Date }>(
    agencyId === null ? everyAgencyParameters : agencyParameters,
    agencyId === null ? [] : [agencyId],
  );
  // Parameters learnt for other comparisons or levels (before one was added), or without u within
  // a nationality (decision 0106), are learnt again.
  const fits =
    row?.parameters.m.length === personComparisons.length &&
    row.parameters.uWithin?.length === personComparisons.length &&
    row.parameters.m.every((m, i) => m.length === personComparisons[i]?.levels.length);
  const storedAt = row && fits ? new Date(row.learnt_at).getTime() : -1;
  if (row && fits) {
    keepLearnt(population, {
      model: storedModel(row.parameters),
      persons: row.persons,
      at: storedAt,
    });
  }
  const result = await work();
  const learnt = learntOn(population);
  if (learnt && learnt.at > storedAt) {
    const { prior, m, u, randomU, uWithin, recordCount, iterations } = learnt.model;
    await tx.query(
      `insert into linkage_learnt_parameters (agency_id, persons, parameters, learnt_at)
       values ($1, $2, $3, $4)
       on conflict on constraint linkage_learnt_parameters_population do update
         set persons = excluded.persons, parameters = excluded.parameters, learnt_at = excluded.learnt_at
         where linkage_learnt_parameters.learnt_at < excluded.learnt_at`,
      [
        agencyId,
        learnt.persons,
        JSON.stringify({ prior, m, u, randomU, uWithin, recordCount, iterations }),
        new Date(learnt.at),
      ],
    );
  }
  return result;
}

/**
 * The model of parameters stored before: each comparison's m held to the limits its levels have
 * now (`heldToLimits`), so that a limit added since they were learnt (decision 0133's cap on two
 * full dates of one year) holds from the next match on, not only once the population is learnt
 * again.
 */
export function storedModel(parameters: StoredParameters): LinkageModel {
  return {
    ...parameters,
    m: parameters.m.map((m, k) =>
      heldToLimits(personComparisons[k] as Comparison, m, parameters.u[k] as number[]),
    ),
    comparisons: personComparisons,
    frequencies: [],
  };
}

/** What the linkage reads as an agency: its persons, as its row-level security shows them. */
export const agencyScope = (agencyId: string) => ({
  userId: platformActor.userId,
  agencyId,
  permissions: ['person:read', 'person:link'],
});

/** Parameters older than this, or learnt on a population 5 % smaller or larger, are learnt again by the scan. */
export const relearnAfterMs = 86_400_000;

/** An agency large enough for its own model, with what was last learnt on it (none: never). */
export interface AgencyLearnt {
  readonly agencyId: string;
  readonly persons: number;
  readonly learntPersons: number | null;
  readonly learntAt: Date | null;
}

/**
 * The agencies whose parameters the scheduled scan learns again (decision 0109): none kept, kept
 * for more than a day, or learnt on a population that has since grown or shrunk by more than 5 %.
 * A person's match never learns them again: it uses whatever is kept.
 */
export function staleAgencies(agencies: readonly AgencyLearnt[], now: number): string[] {
  return agencies
    .filter(
      (a) =>
        a.persons >= ownModelMinimum &&
        (a.learntAt === null ||
          a.learntPersons === null ||
          now - new Date(a.learntAt).getTime() >= relearnAfterMs ||
          populationChanged(a.persons, a.learntPersons)),
    )
    .map((a) => a.agencyId);
}

/**
 * Learns again, each under its own row-level security, the parameters of the agencies
 * `staleAgencies` names, and keeps them in the database for the matches that follow; as the
 * database owner (the scheduled scan). Answers the agencies learnt.
 */
export async function relearnStaleAgencies(db: Db, now = Date.now()): Promise<string[]> {
  const rows = await db.query<AgencyLearnt>(
    `select c.agency_id as "agencyId", c.records as persons, l.persons as "learntPersons", l.learnt_at as "learntAt"
       from linkage_key_count c left join linkage_learnt_parameters l on l.agency_id = c.agency_id
      where c.key = '#persons' and c.agency_id is not null
      order by c.agency_id`,
  );
  const stale = staleAgencies(rows, now);
  for (const agencyId of stale) {
    await inTenant(db, agencyScope(agencyId), (tx) =>
      withLearntParameters(tx, agencyId, async () => {
        learnPersonModel(await linkablePersons(tx), populationOf(agencyId));
      }),
    );
  }
  return stale;
}
