import { recordAudit } from '../../audit/audit.ts';
import { defaultProbeAlertPersons } from '../../config.ts';
import type { Db, Queryable } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import type { JobHandler } from '../../jobs/queue.ts';
import { platformActor } from '../../policy/policy.ts';
import { ensureNameKeys } from '../persons/index.ts';
import { linkablePersons, storedPopulation } from './linkable-persons.repo.ts';
import { matchAcrossAgencies } from './linkage.across.ts';
import { agencyScope, populationOf, withLearntParameters } from './linkage.learnt.ts';
import { type ProbeAlertOptions, raiseProbeAlerts } from './linkage.probe.ts';
import { removeCandidates, storedPairs, upsertCandidates } from './linkage.repo.ts';
import { scorePersonsAgainst } from './person-scoring.ts';
import { PreparedRecords, recentName } from './prepared-records.ts';
import { scoreStoredAgainst } from './stored-match.ts';

/*
 * A new person matched against the persons already recorded, off the request path (decision
 * 0037): the request queues this job with the person (`lindung_enqueue_person_match`, migration
 * 0096, called by the persons module); the job scores the person with the model
 * the scan uses and queues the pairs for review. Running it twice changes nothing the first run
 * did not: pairs and hints are kept once per pair (unique keys), rescored in place.
 */
export const matchPersonJob = 'linkage.match_person';
/** Many persons recorded together (an import) matched in one pass: one job, one read of their blocks. */
export const matchPersonsJob = 'linkage.match_persons';

/** The alert's threshold where the caller has no configuration of its own (tests, the command line). */
const defaultProbeAlert: ProbeAlertOptions = { probeAlertPersons: defaultProbeAlertPersons };

/**
 * Queues the match of persons the platform itself changed (anonymisation erases names, documents
 * and the exact date of birth), as the database owner in the change's transaction: their pairs
 * and hints no longer found then leave the queue.
 */
export async function queuePersonMatches(queryable: Queryable, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  await queryable.query(
    `insert into job (kind, payload, singleton_key)
     select $1, jsonb_build_object('personId', id), id::text from unnest($2::uuid[]) as id
     on conflict (kind, singleton_key) where status in ('queued', 'running') do nothing`,
    [matchPersonJob, personIds],
  );
}

/**
 * Scores one person against the persons their agency may see and keeps the pairs above the review
 * floor in the agency's queue (new pairs added, open pairs rescored, the person's open pairs no
 * longer found removed; decided pairs keep their decision); then against every other agency's
 * persons, leaving each side only a hint that the other agency holds a likely match (0024, 0029),
 * named only to the side that held its person first (0050); then checks whether the person's
 * recorder is probing (0050). Answers nothing when the person is gone.
 */
export async function matchPerson(db: Db, personId: string, options = defaultProbeAlert) {
  const [agency] = await matchPersons(db, [personId], options);
  return agency && { pairs: agency.pairs, added: agency.added, removed: agency.removed, hints: agency.hints };
}

/**
 * `matchPerson` for many persons in one pass (an import's, decision 0044): per agency, its persons'
 * blocks, candidates and name counts are read once and every target scored against them, giving
 * the pairs and hints one job per person would give. Persons gone since are left out.
 */
export async function matchPersons(db: Db, personIds: readonly string[], options = defaultProbeAlert) {
  // The stored blocks and values are read below: names keyed under older rules are keyed first.
  await ensureNameKeys(db);
  const rows = await db.query<{ id: string; agency_id: string }>(
    'select id, agency_id from person where id = any ($1::uuid[]) order by agency_id, id',
    [[...new Set(personIds)]],
  );
  const byAgency = Map.groupBy(rows, (row) => row.agency_id);
  const results = [];
  for (const [agencyId, persons] of byAgency) {
    const ids = persons.map((p) => p.id);
    // The targets prepared once for both matches, each name once in the process's recent jobs
    // (decision 0118); the match across agencies reads only the other agencies' persons (0135).
    const prepared = new PreparedRecords(recentName);
    const queued = await matchInAgency(db, agencyId, ids, prepared);
    const across = await db.transaction(async (tx) => {
      const found = await matchAcrossAgencies(tx, new Set(ids), prepared, agencyId);
      await raiseProbeAlerts(tx, { ...options, scored: ids });
      return found;
    });
    results.push({ agencyId, persons: ids.length, ...queued, hints: across.hints });
  }
  return results;
}

async function matchInAgency(
  db: Db,
  agencyId: string,
  personIds: readonly string[],
  prepared: PreparedRecords,
) {
  return inTenant(db, agencyScope(agencyId), async (tx) => {
    const population = populationOf(agencyId);
    // Through the stored blocks and counts; the whole population only when its model must be learnt.
    const pairs = await withLearntParameters(
      tx,
      agencyId,
      async () =>
        (await scoreStoredAgainst(
          storedPopulation(tx, 'agency'),
          await linkablePersons(tx, personIds),
          population,
          prepared,
        )) ?? scorePersonsAgainst(await linkablePersons(tx), new Set(personIds), population),
    );
    const found = new Set(pairs.map((p) => `${p.personA}:${p.personB}`));
    const stored = await storedPairs(tx, personIds);
    const known = new Set(stored.map((s) => `${s.person_a}:${s.person_b}`));
    const gone = stored.filter((s) => s.status === 'open' && !found.has(`${s.person_a}:${s.person_b}`));
    await upsertCandidates(tx, agencyId, pairs, stored);
    const removed = await removeCandidates(
      tx,
      gone.map((s) => s.id),
    );
    const result = {
      pairs: pairs.length,
      added: pairs.filter((p) => !known.has(`${p.personA}:${p.personB}`)).length,
      removed,
    };
    const [single] = personIds.length === 1 ? personIds : [];
    await recordAudit(tx, {
      actorUserId: platformActor.userId,
      agencyId,
      action: single ? 'linkage.match_person' : 'linkage.match_persons',
      ...(single && { subject: { type: 'person', id: single } }),
      detail: { ...(!single && { persons: personIds.length }), ...result, by: platformActor.via },
    });
    return result;
  });
}

/** Runs the queued match of one person (payload `{ personId }`). */
export function matchPersonHandler(db: Db, options = defaultProbeAlert): JobHandler {
  return async (job) => {
    await matchPerson(db, String(job.payload.personId), options);
  };
}

/** Runs the queued match of many persons in one pass (payload `{ personIds }`, migration 0123). */
export function matchPersonsHandler(db: Db, options = defaultProbeAlert): JobHandler {
  return async (job) => {
    const ids = job.payload.personIds;
    await matchPersons(db, Array.isArray(ids) ? ids.map(String) : [], options);
  };
}
