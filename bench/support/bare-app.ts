import Fastify from 'fastify';
import type { Config } from '../../src/config.ts';
import { asTx, type Db, type Tx } from '../../src/db/db.ts';
import { inTenant, type TenantScope } from '../../src/db/tenant.ts';
// The baseline must run exactly the SQL the API runs, so it calls the repositories themselves
// (not exported from the modules' index.ts, which is for other modules, not for benchmarks).
import { listAgencies } from '../../src/modules/agencies/agency.repo.ts';
import { findAgency, presentAgency } from '../../src/modules/agencies/index.ts';
import { authenticateSession } from '../../src/modules/auth/index.ts';
import { findMe } from '../../src/modules/auth/me.repo.ts';
import { toPage } from '../../src/shared/pagination.ts';

/**
 * How much of the platform's database work a route of the bare server does:
 * - `bare`: the queries alone, one by one, as the database owner (no transaction, no RLS) — the baseline;
 * - `tenant`: the same queries in the request transaction of `inTenant` (role switch, settings, RLS);
 * - `session`: that, after resolving the session cookie as the platform does for every request.
 * What the full API takes beyond `session` is its HTTP layer (plugins, hooks, zod validation and
 * serialisation, security headers).
 */
export const bareVariants = ['bare', 'tenant', 'session'] as const;
export type BareVariant = (typeof bareVariants)[number];

/** Whom the bare server answers for: fixed, since only the `session` variant checks the cookie. */
export interface BareIdentity {
  readonly userId: string;
  readonly agencyId: string;
  readonly permissions: readonly string[];
  /** The session cookie's value, for the `session` variant. */
  readonly sessionToken: string;
}

/**
 * The baseline of bench/api-load.ts: a bare Fastify server (no plugins, no logger, no schemas) on
 * the platform's own database that runs the same queries as GET /api/me and GET /api/agencies and
 * answers the same JSON. Routes: `/<variant>/me` and `/<variant>/agencies?limit=`.
 */
export async function startBareApp(
  db: Db,
  config: Config,
  identity: BareIdentity,
): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  const scope: TenantScope = identity;

  const inVariant = async <T>(variant: BareVariant, work: (tx: Tx) => Promise<T>): Promise<T> => {
    if (variant === 'bare') return work(asTx(db));
    if (variant === 'tenant') return inTenant(db, scope, work);
    const authentication = await authenticateSession(db, config, identity.sessionToken);
    return inTenant(db, authentication, work);
  };

  for (const variant of bareVariants) {
    app.get(`/${variant}/me`, async () => {
      const { me, agency } = await inVariant(variant, async (tx) => ({
        me: await findMe(tx, identity.userId),
        agency: await findAgency(tx, identity.agencyId),
      }));
      if (!me || !agency) throw new Error('the benchmark user or agency is missing');
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
        permissions: identity.permissions,
      };
    });

    app.get<{ Querystring: { limit?: string } }>(`/${variant}/agencies`, async (request) => {
      const limit = Number(request.query.limit ?? 50);
      const rows = await inVariant(variant, (tx) => listAgencies(tx, { limit }, undefined));
      return toPage(rows, limit, presentAgency, (row) => [row.name, row.id]);
    });
  }

  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: () => app.close() };
}
