import type { Config } from '../config.ts';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openPostgres } from './pg.ts';
import { openPglite } from './pglite.ts';

/**
 * Opens the configured database (server PostgreSQL if `DATABASE_URL` is set, else PGlite) and migrates
 * it. Slow data refills (person name keys) are jobs the platform queues after (decision 0044).
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> &
    Partial<Pick<Config, 'readAuditCommit' | 'pgliteSharedBuffers'>>,
): Promise<Db> {
  const db = config.databaseUrl
    ? await openPostgres(config.databaseUrl, { readAuditCommit: config.readAuditCommit ?? 'lazy' })
    : await openPglite(config.dataDir, { sharedBuffers: config.pgliteSharedBuffers });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
