import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Db, Queryable } from '../db/db.ts';

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;
/** Counts one hit on a hashed key in a window of `timeWindow` ms: the hits so far and the ms left. */
type Count = (keyHash: string, timeWindow: number) => Promise<Counted>;

/** What the plugin passes a route's store: its merged options, with the route under `routeInfo`. */
interface RouteOptions {
  readonly routeInfo?: { readonly method?: string | string[]; readonly url?: string };
}

/**
 * A store for @fastify/rate-limit over a shared counter, so that a limit holds however many API
 * processes run (issue 11). Each route counts apart; the key (route and address) is kept only as a
 * SHA-256, never the address itself.
 */
function sharedRateLimitStore(count: Count) {
  return class SharedRateLimitStore {
    readonly #route: string;

    constructor(options: object = {}) {
      const { routeInfo } = options as RouteOptions;
      const method = routeInfo?.method;
      this.#route = `${Array.isArray(method) ? method.join(',') : (method ?? '*')} ${routeInfo?.url ?? '*'}`;
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      const keyHash = createHash('sha256').update(`${this.#route}\n${key}`).digest('hex');
      count(keyHash, timeWindow).then(
        (counted) => callback(null, counted),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: object) {
      return new SharedRateLimitStore(routeOptions);
    }
  };
}

/**
 * Counts in PostgreSQL (or PGlite): one upsert per request, which starts a new window when the
 * last one has ended.
 */
export function databaseRateLimitStore(db: Db) {
  return sharedRateLimitStore(async (keyHash, timeWindow) => {
    const [row] = await db.query<{ hits: number; ttl: number }>(
      `insert into rate_limit_counter as c (key_hash, hits, window_ends_at)
       values ($1, 1, clock_timestamp() + make_interval(secs => $2::double precision / 1000))
       on conflict (key_hash) do update set
         hits = case when c.window_ends_at <= clock_timestamp() then 1 else c.hits + 1 end,
         window_ends_at = case when c.window_ends_at <= clock_timestamp() then excluded.window_ends_at
                               else c.window_ends_at end
       returning hits, greatest(0, ceil(extract(epoch from (window_ends_at - clock_timestamp())) * 1000))::int as ttl`,
      [keyHash, timeWindow],
    );
    return { current: row?.hits ?? 1, ttl: row?.ttl ?? timeWindow };
  });
}

/** One atomic step in Redis: count the hit, start the window's expiry with the first one, say what is left. */
const countInRedis = `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {hits, ttl}`;

/** Counts in Redis (`REDIS_URL`): a key per route and hashed address that expires with its window. */
export function redisRateLimitStore(redis: Redis) {
  return sharedRateLimitStore(async (keyHash, timeWindow) => {
    const [hits, ttl] = (await redis.eval(countInRedis, 1, `lindung:rate-limit:${keyHash}`, timeWindow)) as [
      number,
      number,
    ];
    return { current: hits, ttl };
  });
}

/** Removes counters whose window ended (the hourly housekeeping). */
export async function purgeRateLimitCounters(queryable: Queryable): Promise<void> {
  await queryable.query(`delete from rate_limit_counter where window_ends_at < now() - interval '1 hour'`);
}
