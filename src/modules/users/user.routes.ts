import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { noBody } from '../../shared/no-body.ts';
import { decodeCursor, pageSchema, toPage } from '../../shared/pagination.ts';
import { checkPasswordPolicy, hashPassword, revokeSecondFactorAccess } from '../auth/index.ts';
import { presentRole } from './role.presenter.ts';
import { listRoles } from './role.repo.ts';
import { roleSchema } from './role.schema.ts';
import { changeUser, createUser, resetTwoFactor } from './user.commands.ts';
import { userPolicy } from './user.policy.ts';
import { presentUser } from './user.presenter.ts';
import { listUsers, requireUser } from './user.repo.ts';
import { createUserSchema, updateUserSchema, userListQuerySchema, userSchema } from './user.schema.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['users'];

export function registerUserRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/roles',
    {
      schema: {
        tags,
        summary:
          'Every role, with its permissions, its name in each language and whether the reader may give it',
        response: { 200: z.object({ items: z.array(roleSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, userPolicy, 'listRoles', undefined);
      const rows = await inTenant(db, actor, (tx) => listRoles(tx));
      return { items: rows.map((row) => presentRole(row, actor)) };
    },
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'List the users an administrator manages',
        querystring: userListQuerySchema,
        response: { 200: pageSchema(userSchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const query = request.query;
      authorize(actor, userPolicy, 'list', undefined);
      const after = query.cursor ? (decodeCursor(query.cursor, 2) as [string, string]) : undefined;
      const rows = await inTenant(db, actor, (tx) => listUsers(tx, query, after));
      return toPage(rows, query.limit, presentUser, (row) => [row.email.toLowerCase(), row.id]);
    },
  );

  app.get(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Read a user',
        params: idParams,
        response: { 200: userSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const user = await requireUser(tx, request.params.id);
        authorize(actor, userPolicy, 'read', user);
        return presentUser(user);
      });
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Create a user with memberships (administrators)',
        body: createUserSchema,
        response: { 201: userSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, userPolicy, 'create', undefined);
      await checkPasswordPolicy(request.body.password, request.body.email, 'password');
      // Hashing takes tens of milliseconds: done before the transaction so it holds no connection meanwhile.
      const passwordHash = await hashPassword(request.body.password);
      const user = await inTenant(db, actor, (tx) =>
        createUser({ tx, actor, user: request.body, passwordHash, requestId: request.id }),
      );
      return reply.status(201).send(presentUser(user));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: "Change a user's details, status or memberships",
        params: idParams,
        body: updateUserSchema,
        response: { 200: userSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const user = await requireUser(tx, request.params.id);
        authorize(actor, userPolicy, 'update', user);
        return presentUser(
          await changeUser({ tx, actor, userId: user.id, change: request.body, requestId: request.id }),
        );
      });
    },
  );

  app.delete(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Deactivate a user (their sessions and tokens stop working at once)',
        params: idParams,
        body: noBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await inTenant(db, actor, async (tx) => {
        const user = await requireUser(tx, request.params.id);
        authorize(actor, userPolicy, 'update', user);
        await changeUser({ tx, actor, userId: user.id, change: { active: false }, requestId: request.id });
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/users/:id/reset-two-factor',
    {
      schema: {
        tags,
        summary: "Remove a user's two-factor setup (lost phone); they enrol again at next sign-in",
        params: idParams,
        body: noBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await inTenant(db, actor, async (tx) => {
        const user = await requireUser(tx, request.params.id);
        authorize(actor, userPolicy, 'update', user);
        await resetTwoFactor({ tx, actor, userId: user.id, requestId: request.id });
      });
      await revokeSecondFactorAccess(db, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
