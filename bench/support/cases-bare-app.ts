import type { Server } from 'node:http';
import Fastify from 'fastify';
import type { Keyring } from '../../src/crypto/keyring.ts';
import { asTx, type Db, prepared, preparedName, type Tx } from '../../src/db/db.ts';
import { inTenant, openWith } from '../../src/db/tenant.ts';
import { hashToken } from '../../src/modules/auth/tokens.ts';
// The baseline must run exactly the SQL the API runs, so it calls the repository and command
// themselves (not exported from the module's index.ts, which is for other modules).
import { readCase } from '../../src/modules/cases/case.commands.ts';
import { presentCase, presentCaseSummary } from '../../src/modules/cases/case.presenter.ts';
import { type CaseRow, findCase, findCases, listCases } from '../../src/modules/cases/case.repo.ts';
import type { CaseListQuery } from '../../src/modules/cases/case.schema.ts';
import type { Permission } from '../../src/policy/permissions.ts';
import type { Actor } from '../../src/policy/policy.ts';
import { toPage } from '../../src/shared/pagination.ts';
import type { OneFlushDb } from './one-flush.ts';

/**
 * How much of the platform's work a route of the bare server does:
 * - `bare`: the repository's SQL alone, as the database owner (no transaction, no role switch, no
 *   RLS, no audit) — the baseline. RLS limits the list to the agency; here that condition is
 *   written into the same SQL instead (`c.agency_id = …`);
 * - `bare-audited` (detail only): the endpoint's own SQL as the owner — the read with its audit
 *   entry in the same statement and the lazy commit (`readCase`), under one Sync as the API sends
 *   it, behind a `select 1` in the place of the session's check — without the session check, role
 *   switch, settings or RLS: the baseline of the detail's target (decision 0208);
 * - `tenant`: the same SQL in the request transaction of `inTenant` (role switch, settings, RLS),
 *   sent as the API sends its transaction (decisions 0055, 0056): BEGIN, the settings (one prepared
 *   statement taking the place of the session's check), the read and COMMIT in one write;
 * - `audit`: that, with the audited read the API does (`readCase` / `listCases`: the audit entry in
 *   the read's statement, and the lazy commit of decision 0028), still in one write.
 * - `oneflush` (detail only, with `--one-flush`): the `audit` variant's work — tenant settings,
 *   audited read, lazy commit — as one simple-protocol query answered with one flush (./one-flush.ts);
 * - `oneflush-session`: that with the API's session check (from the request's cookie) instead of the
 *   tenant settings.
 * What the full API takes beyond the last of these is the session check (`lindung_enter_session`
 * instead of the plain settings) and the platform's HTTP layer (cookie, session, schemas, logging).
 */
export const caseVariants = ['bare', 'tenant', 'audit'] as const;
export type CaseVariant = (typeof caseVariants)[number] | 'bare-audited' | 'oneflush' | 'oneflush-session';

/** Whom the bare server answers for: the signed-in case manager, fixed. */
export interface CaseIdentity {
  readonly userId: string;
  readonly agencyId: string;
  readonly permissions: readonly string[];
}

/** The tenant settings as one prepared statement with parameters: the `tenant` variant's opening. */
const enterTenant = prepared(
  `select set_config('role', 'lindung_app', true), set_config('lindung.user_id', $1, true),
          set_config('lindung.agency_id', $2, true), set_config('lindung.permissions', $3, true)`,
);

/** The API's session check (src/modules/auth/credentials.ts), the `oneflush-session` opening. */
const enterSession = prepared(
  `select lindung_enter_session($1, $2, $3, $4, $5, $6), set_config('role', 'lindung_app', true)`,
);

/** Nothing: what stands in the `bare-audited` variant's transaction where the API checks the session. */
const noOpening = prepared('select 1');

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The owner's connection, with the agency condition that RLS would add written into the list SQL.
 * Fails loudly if the repository's SQL no longer has the shape this relies on.
 */
function agencyScoped(db: Db, agencyId: string): Tx {
  if (!uuid.test(agencyId)) throw new Error(`not an agency id: ${agencyId}`);
  return asTx({
    query: (text, params) => {
      const scoped = text.replace(
        /from case_file c\s+where /,
        (found) => `${found}c.agency_id = '${agencyId}' and `,
      );
      if (scoped === text)
        throw new Error('listCases has changed: the baseline cannot scope it to the agency');
      // Prepared exactly when the API's text is (decision 0073): like is compared with like.
      return db.query(preparedName(text) ? prepared(scoped) : scoped, params);
    },
    exec: (script) => db.exec(script),
  });
}

/**
 * The baseline of bench/cases-load.ts: a bare Fastify server (no plugins, no logger, no schemas) on
 * the platform's own database. Routes: `/<variant>/cases?limit=&status=` and
 * `/<variant>/cases/:id`, answering the same JSON as GET /api/cases and GET /api/cases/:id.
 */
export async function startCasesBareApp(
  db: Db,
  keyring: Keyring,
  identity: CaseIdentity,
  oneFlush?: { db: OneFlushDb; idleMinutes: number },
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  const actor: Actor = {
    userId: identity.userId,
    agencyId: identity.agencyId,
    permissions: new Set(identity.permissions as Permission[]),
    via: 'session',
    skipPolicyChecks: false,
  };
  let requests = 0;

  /**
   * The request's transaction in one write, as the API's (decision 0056), with the tenant settings
   * in the place of the session's check: each request gets its own scope object to open with.
   */
  const tenant = <T>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    const scope = { ...actor };
    openWith(db, scope, {
      text: enterTenant,
      params: [identity.userId, identity.agencyId, identity.permissions.join(',')],
    });
    return inTenant(db, scope, (tx) => work(tx.commitWithNext()));
  };
  const list = async (variant: CaseVariant, query: CaseListQuery) => {
    if (variant === 'bare') return findCases(agencyScoped(db, identity.agencyId), query, undefined);
    if (variant === 'tenant') return tenant((tx) => findCases(tx, query, undefined));
    const requestId = `bench-${++requests}`;
    return tenant((tx) => listCases(tx, query, undefined, { actor, requestId }));
  };
  const read = async (variant: CaseVariant, id: string, token = ''): Promise<CaseRow | undefined> => {
    if (variant === 'bare') return findCase(asTx(db), id);
    if (variant === 'tenant') return tenant((tx) => findCase(tx, id));
    const requestId = `bench-${++requests}`;
    if (variant === 'audit') return tenant((tx) => readCase({ tx, actor, keyring, caseId: id, requestId }));
    if (variant === 'bare-audited')
      return db.transaction(
        (tx) => readCase({ tx: tx.commitWithNext(), actor, keyring, caseId: id, requestId }),
        { opening: { text: noOpening, params: [] } },
      );
    if (!oneFlush) throw new Error('the oneflush variants need their connections');
    const { userId, agencyId, permissions } = identity;
    const opening =
      variant === 'oneflush'
        ? { text: enterTenant, params: [userId, agencyId, permissions.join(',')] }
        : {
            text: enterSession,
            params: [hashToken(token), userId, agencyId, permissions, 'complete', oneFlush.idleMinutes],
          };
    return oneFlush.db.transaction(opening, (tx) => readCase({ tx, actor, keyring, caseId: id, requestId }));
  };

  const detailOnly = [
    'bare-audited',
    ...(oneFlush ? (['oneflush', 'oneflush-session'] as const) : []),
  ] as const;
  for (const variant of detailOnly) {
    app.get<{ Params: { id: string } }>(`/${variant}/cases/:id`, async (request, reply) => {
      const token = /(?:^|; )lindung_session=([^;]*)/.exec(request.headers.cookie ?? '')?.[1] ?? '';
      const found = await read(variant, request.params.id, token);
      if (!found) return reply.code(404).send({ status: 404 });
      return presentCase(found, keyring);
    });
  }
  for (const variant of caseVariants) {
    app.get<{ Querystring: { limit?: string; status?: CaseListQuery['status'] } }>(
      `/${variant}/cases`,
      async (request) => {
        const query: CaseListQuery = {
          limit: Number(request.query.limit ?? 50),
          sort: '-openedOn',
          status: request.query.status,
        };
        const rows = await list(variant, query);
        return toPage(rows, query.limit, presentCaseSummary, (row) => [query.sort, row.opened_on, row.id]);
      },
    );
    app.get<{ Params: { id: string } }>(`/${variant}/cases/:id`, async (request, reply) => {
      const found = await read(variant, request.params.id);
      if (!found) return reply.code(404).send({ status: 404 });
      return presentCase(found, keyring);
    });
  }

  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, server: app.server, close: () => app.close() };
}
