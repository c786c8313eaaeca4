import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../db/db.ts';

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;

/** What the plugin passes a route's store: its merged options, with the route under `routeInfo`. */
interface RouteOptions {
  readonly routeInfo?: { readonly method?: string | string[]; readonly url?: string };
}

/**
 * A store for @fastify/rate-limit that counts in PostgreSQL (or PGlite): one upsert per request,
 * which starts a new window when the last one has ended. Every process on the database counts the
 * same hits, so a limit holds however many API processes run (issue 11). The key (route and
 * address) is kept only as a SHA-256.
 */
export function databaseRateLimitStore(db: Db) {
  return class DatabaseRateLimitStore {
    readonly #route: string;

    constructor(options: object = {}) {
      const { routeInfo } = options as RouteOptions;
      const method = routeInfo?.method;
      this.#route = `${Array.isArray(method) ? method.join(',') : (method ?? '*')} ${routeInfo?.url ?? '*'}`;
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      const keyHash = createHash('sha256').update(`${this.#route}\n${key}`).digest('hex');
      db.query<{ hits: number; ttl: number }>(
        `insert into rate_limit_counter as c (key_hash, hits, window_ends_at)
         values ($1, 1, clock_timestamp() + make_interval(secs => $2::double precision / 1000))
         on conflict (key_hash) do update set
           hits = case when c.window_ends_at <= clock_timestamp() then 1 else c.hits + 1 end,
           window_ends_at = case when c.window_ends_at <= clock_timestamp() then excluded.window_ends_at
                                 else c.window_ends_at end
         returning hits, greatest(0, ceil(extract(epoch from (window_ends_at - clock_timestamp())) * 1000))::int as ttl`,
        [keyHash, timeWindow],
      ).then(
        ([row]) => callback(null, { current: row?.hits ?? 1, ttl: row?.ttl ?? timeWindow }),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: object) {
      return new DatabaseRateLimitStore(routeOptions);
    }
  };
}

/** Removes counters whose window ended (the hourly housekeeping). */
export async function purgeRateLimitCounters(queryable: Queryable): Promise<void> {
  await queryable.query(`delete from rate_limit_counter where window_ends_at < now() - interval '1 hour'`);
}
