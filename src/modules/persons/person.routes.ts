import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { ifMatchHeaders, versionEtag, versionOfIfMatch } from '../../http/if-match.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { createPerson, matchPersons, readPerson } from './person.commands.ts';
import { editPerson } from './person.edit.ts';
import { personPolicy } from './person.policy.ts';
import { presentMatch, presentPerson } from './person.presenter.ts';
import { requirePerson } from './person.repo.ts';
import {
  createPersonSchema,
  editPersonContactSchema,
  editPersonSchema,
  personMatchQuerySchema,
  personMatchSchema,
  personSchema,
} from './person.schema.ts';
import { editPersonContact } from './person-contact.edit.ts';

const tags = ['persons'];
const reasonHeader = z.object({
  'x-lindung-reason': z
    .string()
    .max(500)
    .optional()
    .describe('Why the record is opened; kept in the audit log'),
});

export function registerPersonRoutes(app: App, { db, keyring }: Services): void {
  app.get(
    '/api/persons/matches',
    {
      schema: {
        tags,
        summary:
          'Search as you type: persons this agency may see who match any form of a name, a date of birth, nationality or document, ranked, with why',
        querystring: personMatchQuerySchema,
        response: { 200: z.object({ items: z.array(personMatchSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, personPolicy, 'search', undefined);
      const query = request.query;
      const rows = await inTenant(db, actor, (tx) =>
        matchPersons({ tx, actor, keyring, query, requestId: request.id }),
      );
      return { items: rows.map(presentMatch) };
    },
  );

  app.post(
    '/api/persons',
    {
      schema: {
        tags,
        summary: 'Record a person (names, birth, nationality, documents, contact)',
        body: createPersonSchema,
        headers: idempotencyHeaders,
        response: { 201: personSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, personPolicy, 'create', undefined);
      const outcome = await inTenant(db, actor, (tx) =>
        createOnce(tx, actor, request, {
          create: async () => {
            const person = await createPerson({
              tx,
              actor,
              keyring,
              person: request.body,
              requestId: request.id,
            });
            return { id: person.id, body: presentPerson(person, keyring) };
          },
          replay: async (id) =>
            presentPerson(
              await readPerson({ tx, actor, keyring, personId: id, requestId: request.id }),
              keyring,
            ),
        }),
      );
      return sendCreated(reply, outcome);
    },
  );

  app.get(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary: 'Read a person (audited)',
        params: z.strictObject({ id: z.uuid() }),
        headers: reasonHeader,
        response: { 200: personSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, personPolicy, 'read', undefined);
      const person = await inTenant(db, actor, async (tx) => {
        const person = await readPerson({
          tx,
          actor,
          keyring,
          personId: request.params.id,
          reason: request.headers['x-lindung-reason'],
          requestId: request.id,
        });
        authorize(actor, personPolicy, 'read', person);
        return person;
      });
      return reply.header('etag', versionEtag(person.version)).send(presentPerson(person, keyring));
    },
  );

  app.put(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary:
          'Edit who a person is on the version you read (If-Match): names, sex, date of birth, nationality, languages, documents, each replaced as sent; matched again; 412 if it changed since',
        params: z.strictObject({ id: z.uuid() }),
        headers: ifMatchHeaders,
        body: editPersonSchema,
        response: { 200: personSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, personPolicy, 'update', undefined);
      const person = await inTenant(db, actor, async (tx) => {
        const person = await requirePerson(tx, request.params.id);
        authorize(actor, personPolicy, 'update', person);
        const version = versionOfIfMatch(request.headers['if-match']);
        return editPerson({ tx, actor, keyring, person, version, edit: request.body, requestId: request.id });
      });
      return reply.header('etag', versionEtag(person.version)).send(presentPerson(person, keyring));
    },
  );

  app.put(
    '/api/persons/:id/contact',
    {
      schema: {
        tags,
        summary:
          'Correct how a person is reached and where she stays, on the version you read (If-Match): phones, e-mails and address, each replaced as sent; the old values are not kept, the change is audited without them; 412 if it changed since',
        params: z.strictObject({ id: z.uuid() }),
        headers: ifMatchHeaders,
        body: editPersonContactSchema,
        response: { 200: personSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, personPolicy, 'update', undefined);
      const person = await inTenant(db, actor, async (tx) => {
        const person = await requirePerson(tx, request.params.id);
        authorize(actor, personPolicy, 'update', person);
        const version = versionOfIfMatch(request.headers['if-match']);
        return editPersonContact({
          tx,
          actor,
          keyring,
          person,
          version,
          edit: request.body,
          requestId: request.id,
        });
      });
      return reply.header('etag', versionEtag(person.version)).send(presentPerson(person, keyring));
    },
  );
}
