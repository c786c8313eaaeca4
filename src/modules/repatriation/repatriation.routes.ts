import { z } from 'zod';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { type Actor, authorize } from '../../policy/policy.ts';
import { requireCase } from '../cases/index.ts';
import {
  cancelRepatriation,
  confirmReceipt,
  planRepatriation,
  readRepatriation,
  readRepatriationList,
  recordDeparture,
} from './repatriation.commands.ts';
import {
  repatriationAgencyPolicy,
  repatriationCasePolicy,
  repatriationPolicy,
} from './repatriation.policy.ts';
import { presentRepatriation } from './repatriation.presenter.ts';
import {
  findRepatriationPerson,
  listCaseRepatriations,
  listIncomingRepatriations,
  type RepatriationRow,
  requireRepatriation,
} from './repatriation.repo.ts';
import {
  cancelRepatriationSchema,
  confirmReceiptSchema,
  planRepatriationSchema,
  recordDepartureSchema,
  repatriationSchema,
} from './repatriation.schema.ts';

const tags = ['repatriation'];
const idParams = z.strictObject({ id: z.uuid() });
const listSchema = z.object({ items: z.array(repatriationSchema) });

async function present(tx: Tx, actor: Actor, keyring: Keyring, row: RepatriationRow) {
  return presentRepatriation(row, await findRepatriationPerson(tx, row.id), actor.agencyId, keyring);
}

/** Repatriation plans: the sending agency plans and departs, the receiving agency confirms receipt. */
export function registerRepatriationRoutes(app: App, { db, keyring }: Services): void {
  app.post(
    '/api/cases/:id/repatriations',
    {
      schema: {
        tags,
        summary: 'Plan the return of a person on the case to a receiving agency in the home country',
        params: idParams,
        body: planRepatriationSchema,
        response: { 201: repatriationSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const found = await requireCase(tx, request.params.id);
        authorize(actor, repatriationCasePolicy, 'plan', found);
        const row = await planRepatriation({
          tx,
          actor,
          keyring,
          found,
          plan: request.body,
          requestId: request.id,
        });
        return present(tx, actor, keyring, row);
      });
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/api/cases/:id/repatriations',
    {
      schema: {
        tags,
        summary: "A case's repatriations, newest first (reading them is audited)",
        params: idParams,
        response: { 200: listSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const found = await requireCase(tx, request.params.id);
        authorize(actor, repatriationCasePolicy, 'list', found);
        const rows = await readRepatriationList({
          tx,
          actor,
          keyring,
          requestId: request.id,
          list: () => listCaseRepatriations(tx, found.id),
          subject: { type: 'case', id: found.id },
        });
        return { items: await Promise.all(rows.map((row) => present(tx, actor, keyring, row))) };
      });
    },
  );

  app.get(
    '/api/repatriations/incoming',
    {
      schema: {
        tags,
        summary: 'Repatriations coming to your agency: the plan and the person’s minimum, never the case',
        response: { 200: listSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, repatriationAgencyPolicy, 'incoming', undefined);
        const rows = await readRepatriationList({
          tx,
          actor,
          keyring,
          requestId: request.id,
          list: () => listIncomingRepatriations(tx, actor.agencyId),
          subject: { type: 'agency', id: actor.agencyId },
        });
        for (const row of rows) authorize(actor, repatriationPolicy, 'read', row);
        return { items: await Promise.all(rows.map((row) => present(tx, actor, keyring, row))) };
      });
    },
  );

  app.get(
    '/api/repatriations/:id',
    {
      schema: {
        tags,
        summary: 'One repatriation, to its sending or receiving agency (reading it is audited)',
        params: idParams,
        response: { 200: repatriationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, repatriationPolicy, 'read', await requireRepatriation(tx, request.params.id));
        const row = await readRepatriation({
          tx,
          actor,
          keyring,
          repatriationId: request.params.id,
          requestId: request.id,
        });
        return present(tx, actor, keyring, row);
      });
    },
  );

  const step = <Body extends z.ZodType>(
    path: string,
    summary: string,
    body: Body,
    action: keyof typeof repatriationPolicy,
    run: (props: {
      tx: Tx;
      actor: Actor;
      row: RepatriationRow;
      body: z.infer<Body>;
      requestId: string;
    }) => Promise<RepatriationRow>,
  ) =>
    app.post(
      `/api/repatriations/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: idParams,
          body,
          response: { 200: repatriationSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return inTenant(db, actor, async (tx) => {
          const row = await requireRepatriation(tx, request.params.id);
          authorize(actor, repatriationPolicy, action, row);
          const changed = await run({
            tx,
            actor,
            row,
            body: request.body as z.infer<Body>,
            requestId: request.id,
          });
          return present(tx, actor, keyring, changed);
        });
      },
    );

  step(
    'departure',
    'The sending agency records that the person has left',
    recordDepartureSchema,
    'depart',
    (p) => recordDeparture({ ...p, keyring, departedOn: p.body.departedOn }),
  );
  step(
    'receipt',
    'The receiving agency confirms it has taken the person over (handed over)',
    confirmReceiptSchema,
    'confirmReceipt',
    (p) => confirmReceipt({ ...p, keyring, handedOverOn: p.body.handedOverOn }),
  );
  step(
    'cancellation',
    'The sending agency cancels a return not yet handed over',
    cancelRepatriationSchema,
    'cancel',
    (p) => cancelRepatriation({ ...p, keyring, reason: p.body.reason }),
  );
}
