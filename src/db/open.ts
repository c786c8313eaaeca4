import type { Config } from '../config.ts';
import { backfillPersonNameKeys } from '../modules/persons/person-name-keys.ts';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openPostgres } from './pg.ts';
import { openPglite } from './pglite.ts';

/** Opens the configured database (server PostgreSQL if `DATABASE_URL` is set, else PGlite) migrates it and
 * refills data the migrations left to the application (person name search keys). */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'readAuditCommit'>>,
): Promise<Db> {
  const db = config.databaseUrl
    ? await openPostgres(config.databaseUrl, { readAuditCommit: config.readAuditCommit ?? 'lazy' })
    : await openPglite(config.dataDir);
  try {
    await migrate(db);
    // Slow data backfills run apart from the schema migrations, and are safe to repeat.
    await backfillPersonNameKeys(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
