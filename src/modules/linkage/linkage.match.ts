import { recordAudit } from '../../audit/audit.ts';
import type { Db, Queryable } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import type { JobHandler } from '../../jobs/queue.ts';
import { platformActor } from '../../policy/policy.ts';
import { matchAcrossAgencies } from './linkage.across.ts';
import { populationOf, withLearntParameters } from './linkage.learnt.ts';
import {
  linkablePersons,
  removeCandidates,
  storedPairs,
  storedPopulation,
  upsertCandidates,
} from './linkage.repo.ts';
import { scorePersonsAgainst } from './person-scoring.ts';
import { scoreStoredAgainst } from './stored-match.ts';

/*
 * A new person matched against the persons already recorded, off the request path (decision
 * 0037): the request queues this job with the person (`lindung_enqueue_person_match`, migration
 * 0096, called by the persons module); the job scores the person with the model
 * the scan uses and queues the pairs for review. Running it twice changes nothing the first run
 * did not: pairs and hints are kept once per pair (unique keys), rescored in place.
 */
export const matchPersonJob = 'linkage.match_person';

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

/** What the agency's own model scores with: its persons, as its row-level security shows them. */
const agencyScope = (agencyId: string) => ({
  userId: platformActor.userId,
  agencyId,
  permissions: ['person:read', 'person:link'],
});

/**
 * Scores one person against the persons their agency may see and keeps the pairs above the review
 * floor in the agency's queue (new pairs added, open pairs rescored, the person's open pairs no
 * longer found removed; decided pairs keep their decision); then against every other agency's
 * persons, leaving each side only a hint that the other agency holds a likely match (0024, 0029).
 * Answers nothing when the person is gone.
 */
export async function matchPerson(db: Db, personId: string) {
  const [person] = await db.query<{ agency_id: string }>('select agency_id from person where id = $1', [
    personId,
  ]);
  if (!person) return undefined;
  const agencyId = person.agency_id;
  const queued = await inTenant(db, agencyScope(agencyId), async (tx) => {
    const population = populationOf(agencyId);
    // Through the stored blocks and counts; the whole population only when its model must be learnt.
    const pairs = await withLearntParameters(
      tx,
      agencyId,
      async () =>
        (await scoreStoredAgainst(storedPopulation(tx), await linkablePersons(tx, [personId]), population)) ??
        scorePersonsAgainst(await linkablePersons(tx), new Set([personId]), population),
    );
    const found = new Set(pairs.map((p) => `${p.personA}:${p.personB}`));
    const stored = await storedPairs(tx, personId);
    const known = new Set(stored.map((s) => `${s.person_a}:${s.person_b}`));
    const gone = stored.filter((s) => s.status === 'open' && !found.has(`${s.person_a}:${s.person_b}`));
    await upsertCandidates(tx, agencyId, pairs);
    await removeCandidates(
      tx,
      gone.map((s) => s.id),
    );
    const result = {
      pairs: pairs.length,
      added: pairs.filter((p) => !known.has(`${p.personA}:${p.personB}`)).length,
      removed: gone.length,
    };
    await recordAudit(tx, {
      actorUserId: platformActor.userId,
      agencyId,
      action: 'linkage.match_person',
      subject: { type: 'person', id: personId },
      detail: { ...result, by: platformActor.via },
    });
    return result;
  });
  const across = await db.transaction((tx) => matchAcrossAgencies(tx, new Set([personId])));
  return { ...queued, hints: across.hints };
}

/** Runs the queued match of one person (payload `{ personId }`). */
export function matchPersonHandler(db: Db): JobHandler {
  return async (job) => {
    await matchPerson(db, String(job.payload.personId));
  };
}
