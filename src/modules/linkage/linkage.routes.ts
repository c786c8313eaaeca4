import { z } from 'zod';
import { recordRead } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import { auditedPersonsPage } from '../../http/persons-page.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { noBody } from '../../shared/no-body.ts';
import { decodeCursor, pageQuerySchema, pageSchema, toPage } from '../../shared/pagination.ts';
import { pairPersons } from './linkable-persons.repo.ts';
import {
  auditPairsRead,
  decidePair,
  discloseHeldHint,
  mergePair,
  scanForDuplicates,
  undoMerge,
} from './linkage.commands.ts';
import { linkagePolicy } from './linkage.policy.ts';
import { presentCandidate, presentHint, presentMerge } from './linkage.presenter.ts';
import {
  type CandidateRow,
  clusterOf,
  listCandidates,
  pairSteps,
  requireCandidate,
  requireMerge,
} from './linkage.repo.ts';
import {
  candidateQuerySchema,
  candidateSchema,
  decisionInputSchema,
  hintSchema,
  mergeInputSchema,
  mergeSchema,
  personLinksSchema,
  scanResultSchema,
  undoInputSchema,
} from './linkage.schema.ts';
import { listHints, requireHeldHint } from './linkage-hints.repo.ts';

const tags = ['linkage'];
const idParams = z.strictObject({ id: z.uuid() });

async function presentCandidates(tx: Tx, rows: readonly CandidateRow[]) {
  const persons = await pairPersons(
    tx,
    rows.flatMap((r) => [r.person_a, r.person_b]),
  );
  const byId = new Map(persons.map((p) => [p.id, p]));
  const steps = Map.groupBy(
    await pairSteps(
      tx,
      rows.map((r) => r.id),
    ),
    (step) => step.candidate_id,
  );
  return (row: CandidateRow) => presentCandidate(row, byId, steps.get(row.id));
}

/** Review of possible duplicate persons: the queue, decisions, merge and undo (decision 0029). */
export function registerLinkageRoutes(app: App, { db }: Services): void {
  app.post(
    '/api/linkage/scans',
    {
      schema: {
        tags,
        summary:
          'Score every person of your agency against each other with the linkage model and queue the possible duplicates (probability ≥ 0.05) for review',
        body: noBody,
        response: { 200: scanResultSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, linkagePolicy, 'review', undefined);
      return inTenant(db, actor, (tx) => scanForDuplicates({ tx, actor, requestId: request.id }));
    },
  );

  app.get(
    '/api/linkage/candidates',
    {
      schema: {
        tags,
        summary:
          'Possible duplicate persons, the strongest first, side by side with the evidence per field (audited)',
        querystring: candidateQuerySchema,
        response: { 200: pageSchema(candidateSchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, linkagePolicy, 'review', undefined);
      const { status, limit, cursor } = request.query;
      const after = cursor ? (decodeCursor(cursor, 2) as [number, string]) : undefined;
      return inTenant(db, actor, async (tx) => {
        const rows = await listCandidates(tx, { status, after, limit });
        await auditPairsRead({ tx, actor, requestId: request.id }, rows.slice(0, limit));
        return toPage(rows, limit, await presentCandidates(tx, rows.slice(0, limit)), (r) => [
          r.probability,
          r.id,
        ]);
      });
    },
  );

  app.get(
    '/api/linkage/hints',
    {
      schema: {
        tags,
        summary:
          "Your persons for whom another agency holds a likely match (the platform scan across agencies). Nothing of the other agency's person is shown; the other agency is named only where your agency recorded its person first, or where the agency that did disclosed itself (decision 0050).",
        querystring: z.strictObject(pageQuerySchema.shape),
        response: { 200: pageSchema(hintSchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, linkagePolicy, 'review', undefined);
      return auditedPersonsPage({
        db,
        actor,
        requestId: request.id,
        query: request.query,
        list: 'linkage_hints',
        keyLength: 2,
        rowsAfter: listHints,
        present: presentHint,
        keyOf: (row): [number, string] => [row.probability, row.id],
      });
    },
  );

  app.post(
    '/api/linkage/hints/:id/disclose',
    {
      schema: {
        tags,
        summary:
          'Name your agency to the other agency of a likely match your agency holds (its person was recorded first): its hint names you from now on. Idempotent; audited. 404 for a hint your agency does not hold.',
        params: idParams,
        body: noBody,
        response: { 200: hintSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, linkagePolicy, 'review', undefined);
      return inTenant(db, actor, async (tx) => {
        const hint = await requireHeldHint(tx, request.params.id);
        await discloseHeldHint({ tx, actor, hint, requestId: request.id });
        return presentHint(await requireHeldHint(tx, hint.id));
      });
    },
  );

  app.get(
    '/api/linkage/candidates/:id',
    {
      schema: {
        tags,
        summary: 'One pair side by side with the evidence per field (audited)',
        params: idParams,
        response: { 200: candidateSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, linkagePolicy, 'review', undefined);
      return inTenant(db, actor, async (tx) => {
        const row = await requireCandidate(tx, request.params.id);
        await auditPairsRead({ tx, actor, requestId: request.id }, [row], true);
        return (await presentCandidates(tx, [row]))(row);
      });
    },
  );

  app.post(
    '/api/linkage/candidates/:id/decision',
    {
      schema: {
        tags,
        summary: 'Decide a pair: the same person, not the same, or unsure, with the reason',
        params: idParams,
        body: decisionInputSchema,
        response: { 200: candidateSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, linkagePolicy, 'review', undefined);
      return inTenant(db, actor, async (tx) => {
        const candidate = await requireCandidate(tx, request.params.id, true);
        await decidePair({ tx, actor, candidate, decision: request.body, requestId: request.id });
        const row = await requireCandidate(tx, candidate.id);
        return (await presentCandidates(tx, [row]))(row);
      });
    },
  );

  app.post(
    '/api/linkage/candidates/:id/merge',
    {
      schema: {
        tags,
        summary:
          'Merge the pair: the other person resolves to the survivor; both records, their agencies and cases are kept',
        params: idParams,
        body: mergeInputSchema,
        response: { 201: mergeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, linkagePolicy, 'review', undefined);
      const body = await inTenant(db, actor, async (tx) => {
        const candidate = await requireCandidate(tx, request.params.id, true);
        const id = await mergePair({ tx, actor, candidate, merge: request.body, requestId: request.id });
        return presentMerge(await requireMerge(tx, id));
      });
      return reply.code(201).header('location', `/api/linkage/merges/${body.id}`).send(body);
    },
  );

  app.get(
    '/api/linkage/merges/:id',
    {
      schema: {
        tags,
        summary: 'A merge of two persons, in force or undone',
        params: idParams,
        response: { 200: mergeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, linkagePolicy, 'readLinks', undefined);
      return inTenant(db, actor, async (tx) => presentMerge(await requireMerge(tx, request.params.id)));
    },
  );

  app.post(
    '/api/linkage/merges/:id/undo',
    {
      schema: {
        tags,
        summary: 'Undo a merge: both persons resolve to themselves again, exactly as before',
        params: idParams,
        body: undoInputSchema,
        response: { 200: mergeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, linkagePolicy, 'review', undefined);
      return inTenant(db, actor, async (tx) => {
        const merge = await requireMerge(tx, request.params.id, true);
        await undoMerge({ tx, actor, merge, reason: request.body.reason, requestId: request.id });
        return presentMerge(await requireMerge(tx, merge.id));
      });
    },
  );

  app.get(
    '/api/linkage/persons/:id',
    {
      schema: {
        tags,
        summary:
          'The person a person resolves to through merges, every person merged with it, and the cases of all of them',
        params: idParams,
        response: { 200: personLinksSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, linkagePolicy, 'readLinks', undefined);
      return inTenant(db, actor, async (tx) => {
        const [person] = await pairPersons(tx, [request.params.id]);
        if (!person) throw new NotFoundError('person');
        const members = await clusterOf(tx, person.master_id);
        const persons = await pairPersons(
          tx,
          members.map((m) => m.person_id),
        );
        await recordRead(tx, {
          actor,
          subject: { type: 'person', id: person.id },
          requestId: request.id,
          detail: { links: members.length },
        });
        return {
          personId: person.id,
          masterId: person.master_id,
          members: members.map((m) => ({
            personId: m.person_id,
            agencyId: m.agency_id,
            mergeId: m.merge_id,
            names: [...(persons.find((p) => p.id === m.person_id)?.names ?? [])],
          })),
          cases: persons.flatMap((p) => p.cases.map((c) => ({ ...c, personId: p.id }))),
        };
      });
    },
  );
}
