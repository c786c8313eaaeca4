import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app.ts';
import { chainAuditHandler, chainAuditJob, scheduleAuditChaining } from './audit/chain.ts';
import type { Config } from './config.ts';
import { checkKeys } from './crypto/key-check.ts';
import { type Keyring, loadKeyring } from './crypto/keyring.ts';
import type { Db } from './db/db.ts';
import { openDatabase } from './db/open.ts';
import { openPostgres } from './db/pg.ts';
import { hourlyPurgeHandler, hourlyPurgeJob, scheduleHourlyPurge } from './housekeeping/hourly-purge.ts';
import type { App } from './http/types.ts';
import { startWorker, type Worker } from './jobs/queue.ts';
import { orphanSweepHandler, orphanSweepJob, scheduleOrphanSweep } from './modules/attachments/index.ts';
import {
  createMailer,
  reminderEmailHandler,
  reminderEmailJob,
  scheduleReminderSweep,
  sweepRemindersHandler,
  sweepRemindersJob,
} from './modules/deadlines/index.ts';
import { addMissingDemoUsers, countDemoUsers, isEmpty, seedDemo } from './modules/demo/index.ts';
import {
  matchPersonHandler,
  matchPersonJob,
  matchPersonsHandler,
  matchPersonsJob,
  scanAcrossAgenciesHandler,
  scanAcrossAgenciesJob,
  scheduleLinkageScan,
} from './modules/linkage/index.ts';
import { queueNameKeysRefill, refillNameKeysHandler, refillNameKeysJob } from './modules/persons/index.ts';
import { generateReportHandler, generateReportJob } from './modules/reports/index.ts';
import {
  eraseCaseHandler,
  eraseCaseJob,
  retentionHandler,
  retentionJob,
  scheduleRetention,
} from './modules/retention/index.ts';
import { refreshRollupHandler, refreshRollupJob, scheduleRollupRefresh } from './modules/statistics/index.ts';
import { AppError } from './shared/errors.ts';

export class StartupError extends AppError {
  constructor(message: string) {
    super('startup_refused', 500, message);
  }
}

export interface Platform {
  readonly app: App;
  readonly db: Db;
  readonly keyring: Keyring;
  readonly worker: Worker;
  /** Whether this start filled an empty database with the demo data. */
  readonly seededDemo: boolean;
  close(): Promise<void>;
}

/** Opens the keyring and database, checks them, seeds the demo if wanted, and builds the app (not yet listening). */
export async function startPlatform(config: Config, logger: FastifyBaseLogger): Promise<Platform> {
  const keyring = await loadKeyring(config.key, {
    defaultFile: config.environment === 'production' ? undefined : { folder: config.dataDir, create: true },
    warn: (message) => logger.warn(message),
  });
  const db = await openDatabase(config);
  let readDb: Db | undefined;
  try {
    await checkKeys(db, keyring);
    if (config.environment === 'production' && (await countDemoUsers(db)) > 0) {
      throw new StartupError(
        'The database holds demo users; production refuses to start with them. Remove them first.',
      );
    }
    const seededDemo = config.demo && (await isEmpty(db)) && (await seedDemo(db)) !== undefined;
    // A demo data folder from before a demo user was added gets that user too (only a database
    // the demo seeded, only the users added since, never in production).
    if (config.demo && !seededDemo && config.environment !== 'production') await addMissingDemoUsers(db);
    // Statistics read from the replica when one is set; it is never migrated (it follows the primary).
    readDb = config.databaseReadUrl ? await openPostgres(config.databaseReadUrl, { poolSize: 5 }) : undefined;
    const app = await buildApp({ config, db, readDb, keyring, logger });
    const worker = startWorker(db, {
      handlers: {
        [chainAuditJob]: chainAuditHandler(db),
        [hourlyPurgeJob]: hourlyPurgeHandler(db, config),
        [sweepRemindersJob]: sweepRemindersHandler(db, config),
        [reminderEmailJob]: reminderEmailHandler(db, createMailer(config, logger)),
        [generateReportJob]: generateReportHandler(db, keyring, config),
        [retentionJob]: retentionHandler(db, keyring, config),
        [eraseCaseJob]: eraseCaseHandler(db, keyring, config),
        [refreshRollupJob]: refreshRollupHandler(db),
        [matchPersonJob]: matchPersonHandler(db, config.linkage),
        [matchPersonsJob]: matchPersonsHandler(db, config.linkage),
        [scanAcrossAgenciesJob]: scanAcrossAgenciesHandler(db, config),
        [orphanSweepJob]: orphanSweepHandler(db, config),
        [refillNameKeysJob]: refillNameKeysHandler(db),
      },
      onError: (error, job) =>
        logger.error({ job: job?.kind, errorName: (error as Error)?.name }, 'job failed'),
      onUnhandled: (waiting) =>
        logger.warn({ waiting }, 'jobs wait for kinds no runner of this process handles'),
    });
    await scheduleAuditChaining(db);
    await scheduleHourlyPurge(db);
    await scheduleReminderSweep(db);
    await scheduleRetention(db);
    await scheduleRollupRefresh(db);
    if (config.linkage.scanMinutes > 0) await scheduleLinkageScan(db, config.linkage.scanMinutes);
    await scheduleOrphanSweep(db);
    // Names keyed under older rules are refilled by a job, not before the server answers (0044).
    await queueNameKeysRefill(db);
    return {
      app,
      db,
      keyring,
      worker,
      seededDemo,
      async close() {
        await app.close();
        await worker.stop();
        await readDb?.close();
        await db.close();
      },
    };
  } catch (error) {
    await readDb?.close();
    await db.close();
    throw error;
  }
}
