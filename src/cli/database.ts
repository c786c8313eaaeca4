import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { openPostgres } from '../db/pg.ts';
import { openPglite } from '../db/pglite.ts';
import { AppError } from '../shared/errors.ts';

/** Server PostgreSQL could not be reached (refused, unknown host, wrong password…). */
export class DatabaseUnreachableError extends AppError {
  constructor(where: string, cause: unknown) {
    const reason = (cause as Error)?.message || (cause as { code?: string })?.code || String(cause);
    super('database_unreachable', 503, `cannot connect to ${where}: ${reason}`, { cause });
  }
}

async function connect(config: Config): Promise<Db> {
  if (!config.databaseUrl) return openPglite(config.dataDir);
  return openPostgres(config.databaseUrl, { poolSize: 2 }).catch((error: unknown) => {
    throw new DatabaseUnreachableError(describeDatabase(config), error);
  });
}

/**
 * Opens the configured database for one command and closes it afterwards, whatever happens
 * (a PGlite data folder stays locked while it is open). `migrated` brings the schema up to date
 * first; commands that only read it, or that must see it as it is (backup, restore), leave it.
 */
export async function withDatabase<T>(
  config: Config,
  options: { migrated: boolean },
  work: (db: Db) => Promise<T>,
): Promise<T> {
  const db = await connect(config);
  try {
    if (options.migrated) await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Names the database for messages, without the connection URL's password. */
export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.host}${url.pathname}`;
}
