import type { Tx } from '../../db/db.ts';
import { type LinkageModel, personComparisons } from '../../linkage/index.ts';
import { keepLearnt, learntOn } from './person-scoring.ts';

/** The population whose parameters are kept: an agency's persons, or every agency's (`null`). */
export const populationOf = (agencyId: string | null) =>
  agencyId === null ? 'every agency' : `agency ${agencyId}`;

type StoredParameters = Pick<
  LinkageModel,
  'prior' | 'm' | 'u' | 'randomU' | 'uWithin' | 'recordCount' | 'iterations'
>;

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
    `select persons, parameters, learnt_at from linkage_learnt_parameters where agency_id is not distinct from $1`,
    [agencyId],
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
      model: { ...row.parameters, comparisons: personComparisons, frequencies: [] },
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
