import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf, sessionCookie } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { UnauthenticatedError } from '../../shared/errors.ts';
import { noBody } from '../../shared/no-body.ts';
import { findAgency } from '../agencies/index.ts';
import {
  changeLocale,
  changePassword,
  confirmTotp,
  signOut,
  startTotpEnrolment,
  switchAgency,
} from './account.commands.ts';
import { type ApiTokenRow, createApiToken, listApiTokens, revokeApiToken } from './api-token.commands.ts';
import {
  apiTokenSchema,
  changeMeSchema,
  changePasswordSchema,
  confirmTotpSchema,
  createApiTokenSchema,
  createdApiTokenSchema,
  meSchema,
  recoveryCodesSchema,
  signedInSchema,
  signInSchema,
  switchAgencySchema,
  totpEnrolmentSchema,
} from './auth.schema.ts';
import { findMe } from './me.repo.ts';
import { signIn } from './sign-in.commands.ts';

const tags = ['auth'];

function presentToken(row: ApiTokenRow) {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    expiresAt: row.expires_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

export function registerAuthRoutes(app: App, { db, keyring, config }: Services): void {
  const secureCookie = config.environment === 'production';
  const setSessionCookie = (reply: FastifyReply, token: string, expiresAt: Date) =>
    reply.setCookie(sessionCookie, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: secureCookie,
      path: '/',
      expires: expiresAt,
    });
  const sessionOf = (request: { authentication?: { session?: { tokenHash: string } } | undefined }) =>
    request.authentication?.session?.tokenHash;

  app.post(
    '/api/auth/sign-in',
    {
      config: { public: true, rateLimit: { max: config.signInRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Sign in with e-mail, password and, once enrolled, a TOTP or recovery code',
        security: [],
        body: signInSchema,
        response: { 200: signedInSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const signedIn = await signIn({ db, keyring, config, ...body, requestId: request.id });
      setSessionCookie(reply, signedIn.sessionToken, signedIn.expiresAt);
      return {
        userId: signedIn.userId,
        agencyId: signedIn.agencyId,
        stage: signedIn.stage,
        csrfToken: signedIn.csrfToken,
        expiresAt: signedIn.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { allowDuringEnrolment: true },
      schema: {
        tags,
        summary: 'End the current session',
        body: noBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const tokenHash = sessionOf(request);
      if (tokenHash) await signOut({ db, actor, sessionTokenHash: tokenHash, requestId: request.id });
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      config: { allowDuringEnrolment: true },
      schema: {
        tags,
        summary: 'The signed-in user, acting agency, memberships and permissions',
        response: { 200: meSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const authentication = request.authentication;
      const { me, agency } = await inTenant(db, actor, async (tx) => ({
        me: await findMe(tx, actor.userId),
        agency: await findAgency(tx, actor.agencyId),
      }));
      if (!me || !agency) throw new UnauthenticatedError();
      return {
        user: {
          id: me.id,
          email: me.email,
          displayName: me.display_name,
          locale: me.locale,
          twoFactorEnabled: me.totp_enabled_at !== null,
        },
        agency: {
          id: agency.id,
          name: agency.name,
          shortName: agency.short_name,
          type: agency.type,
          country: agency.country.trim(),
          timeZone: agency.time_zone,
        },
        memberships: me.memberships,
        permissions: [...actor.permissions].sort(),
        via: actor.via,
        stage: authentication?.stage ?? 'complete',
        csrfToken: authentication?.session?.csrfToken ?? null,
        sessionExpiresAt: authentication?.session?.expiresAt.toISOString() ?? null,
      };
    },
  );

  app.patch(
    '/api/me',
    {
      config: { allowDuringEnrolment: true },
      schema: {
        tags,
        summary: "Change the signed-in user's own preferences (the web app's language)",
        body: changeMeSchema,
        response: { 200: meSchema.shape.user, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await changeLocale({ db, actor, locale: request.body.locale, requestId: request.id });
      const me = await inTenant(db, actor, (tx) => findMe(tx, actor.userId));
      if (!me) throw new UnauthenticatedError();
      return {
        id: me.id,
        email: me.email,
        displayName: me.display_name,
        locale: me.locale,
        twoFactorEnabled: me.totp_enabled_at !== null,
      };
    },
  );

  app.post(
    '/api/auth/agency',
    {
      config: { allowDuringEnrolment: true },
      schema: {
        tags,
        summary: 'Act for another agency the user belongs to',
        body: switchAgencySchema,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const tokenHash = sessionOf(request);
      if (!tokenHash)
        throw new UnauthenticatedError('session_required', 'Only a signed-in session can switch agency.');
      await switchAgency({
        db,
        actor,
        config,
        sessionTokenHash: tokenHash,
        agencyId: request.body.agencyId,
        requestId: request.id,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Change the password (ends the user\u2019s other sessions)',
        body: changePasswordSchema,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await changePassword({
        db,
        actor,
        sessionTokenHash: sessionOf(request),
        ...request.body,
        requestId: request.id,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/two-factor/enrol',
    {
      config: { allowDuringEnrolment: true },
      schema: {
        tags,
        summary: 'Start two-factor enrolment: a secret and its QR code for an authenticator app',
        body: noBody,
        response: { 200: totpEnrolmentSchema, ...problemResponses },
      },
    },
    async (request) => startTotpEnrolment({ db, keyring, actor: actorOf(request), requestId: request.id }),
  );

  app.post(
    '/api/auth/two-factor/confirm',
    {
      config: { allowDuringEnrolment: true },
      schema: {
        tags,
        summary: 'Finish enrolment with a code from the app; returns the recovery codes once',
        body: confirmTotpSchema,
        response: { 200: recoveryCodesSchema, ...problemResponses },
      },
    },
    async (request) => ({
      recoveryCodes: await confirmTotp({
        db,
        keyring,
        actor: actorOf(request),
        code: request.body.code,
        sessionTokenHash: sessionOf(request),
        requestId: request.id,
      }),
    }),
  );

  app.get(
    '/api/auth/tokens',
    {
      schema: {
        tags,
        summary: 'The signed-in user\u2019s API tokens for the acting agency',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await inTenant(db, actor, (tx) => listApiTokens(tx));
      return { items: rows.map(presentToken) };
    },
  );

  app.post(
    '/api/auth/tokens',
    {
      schema: {
        tags,
        summary: 'Issue an API token for an integration (scoped, expiring)',
        body: createApiTokenSchema,
        response: { 201: createdApiTokenSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { token, row } = await inTenant(db, actor, (tx) =>
        createApiToken({ tx, actor, ...request.body, requestId: request.id }),
      );
      return reply.status(201).send({ ...presentToken(row), token });
    },
  );

  app.delete(
    '/api/auth/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an API token',
        params: z.strictObject({ id: z.uuid() }),
        body: noBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await inTenant(db, actor, (tx) =>
        revokeApiToken({ tx, actor, id: request.params.id, requestId: request.id }),
      );
      return reply.status(204).send(null);
    },
  );
}
