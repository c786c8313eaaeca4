import path from 'node:path';
import { z } from 'zod';
import { type PackCode, packCodeSchema } from './jurisdictions/index.ts';
import { decimalInteger } from './shared/decimal-integer.ts';

/** Persons of one user in a day with hints across agencies before a probe alert (decision 0050). */
export const defaultProbeAlertPersons = 5;

/**
 * The platform's configuration, read from the environment once at start.
 * Nothing else in the code base reads `process.env`: everything it needs arrives as a `Config`.
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: decimalInteger(0, 65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  /** A read replica of DATABASE_URL for the statistics' read-only queries. */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  /** Redis for the per-address rate limits when set (several API processes); else they count in PostgreSQL. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  LINDUNG_DATA_DIR: z.string().min(1).default('./data'),
  LINDUNG_PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, 'must be a size such as 16MB')
    .optional(),
  LINDUNG_ATTACHMENTS_DIR: z.string().min(1).optional(),
  LINDUNG_KEY: z.string().min(1).optional(),
  LINDUNG_KEY_FILE: z.string().min(1).optional(),
  LINDUNG_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  LINDUNG_REQUIRE_2FA: z.enum(['auto', 'on', 'off']).default('auto'),
  LINDUNG_SESSION_IDLE_MINUTES: decimalInteger(1, 1440).default(30),
  LINDUNG_SESSION_MAX_HOURS: decimalInteger(1, 168).default(12),
  LINDUNG_SIGN_IN_RATE_LIMIT: decimalInteger(1, 100000).default(20),
  LINDUNG_CERTIFICATE_CHECK_RATE_LIMIT: decimalInteger(1, 100000).default(30),
  LINDUNG_TRUST_PROXY: z.stringbool().default(false),
  /** The jurisdiction pack of the deployment; the demo uses Malaysia's when none is set. */
  LINDUNG_JURISDICTION: packCodeSchema.optional(),
  /** Days before a deadline's date on which its owner is reminded; 0 is the due day itself. */
  LINDUNG_DEADLINE_REMINDER_DAYS: z
    .string()
    .regex(/^\d{1,3}(,\d{1,3})*$/, 'a comma-separated list of days, e.g. 7,1,0')
    .default('7,1,0'),
  /** Where reminder e-mails go out (smtp:// or smtps://); without it they are only logged, without personal data. */
  LINDUNG_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /**
   * Figures shown beyond the agency that owns the records (national statistics) print counts from 1
   * up to one below this as null, marked suppressed, so that no one person can be picked out; 1
   * turns the suppression off. See docs/decisions/0012-small-cell-suppression.md.
   */
  LINDUNG_SMALL_CELL_THRESHOLD: decimalInteger(1, 100).default(5),
  /**
   * `lazy`: a transaction that wrote nothing but the audit entry of a read commits without waiting
   * for the disk on server PostgreSQL; `durable`: it waits like every other. See
   * docs/decisions/0028-lazy-commit-of-audited-reads.md.
   */
  LINDUNG_READ_AUDIT_COMMIT: z.enum(['lazy', 'durable']).default('lazy'),
  /**
   * Minutes between the platform's scans for likely matches across agencies (decision 0037):
   * each scores the persons changed since the last against every person, a full scan once a day;
   * 0 turns the scheduled scan off (`lindung linkage scan` still runs it by hand).
   */
  LINDUNG_LINKAGE_SCAN_MINUTES: decimalInteger(0, 10080).default(60),
  /**
   * Persons newly recorded by one user within a day that raised a hint across agencies before a
   * security alert goes to the agency's administrators: probing which agency holds a victim
   * (decision 0050).
   */
  LINDUNG_LINKAGE_PROBE_ALERT_PERSONS: decimalInteger(1, 10000).default(defaultProbeAlertPersons),
  LINDUNG_MAIL_FROM: z.string().min(3).default('Lindung <no-reply@lindung.invalid>'),
  /** Leading zero bits the public forms' proof of work needs (about 2^n hashes in the browser). */
  LINDUNG_PUBLIC_POW_BITS: decimalInteger(1, 28).default(18),
  /** Anonymous portal requests per minute from one address (reports, status checks, challenges). */
  LINDUNG_PUBLIC_RATE_LIMIT: decimalInteger(1, 100000).default(30),
  /** Reports from the public an hour from one address, counted apart from the limit above. */
  LINDUNG_PUBLIC_REPORT_RATE_LIMIT: decimalInteger(1, 100000).default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Environment = z.input<typeof environmentSchema>;

export interface Config {
  readonly environment: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  /** Server PostgreSQL when set; otherwise the embedded PGlite database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  /** A read replica the statistics' read-only queries go to, when set; otherwise `databaseUrl`. */
  readonly databaseReadUrl: string | undefined;
  /** Redis that counts the per-address rate limits when set; otherwise they count in the database. */
  readonly redisUrl: string | undefined;
  readonly dataDir: string;
  /** PGlite's `shared_buffers` when set (its default, 128MB, otherwise): a small database starts faster with less. */
  readonly pgliteSharedBuffers: string | undefined;
  /** Where encrypted attachment files are kept (shared storage when several API processes run). */
  readonly attachmentsDir: string;
  readonly key: { readonly inline: string | undefined; readonly file: string | undefined };
  /** Whether an empty database is filled with the demo agencies and users. */
  readonly demo: boolean;
  /** Whether users whose roles see victim data must use two-factor sign-in. */
  readonly require2fa: boolean;
  readonly session: { readonly idleMinutes: number; readonly maxHours: number };
  /** Sign-in attempts per minute from one address, on top of the per-account lockout. */
  readonly signInRateLimitPerMinute: number;
  /** Public certificate checks per minute from one address (LINDUNG_CERTIFICATE_CHECK_RATE_LIMIT). */
  readonly certificateCheckRateLimitPerMinute: number;
  readonly trustProxy: boolean;
  readonly logLevel: string;
  /** The deployment's jurisdiction pack; agencies of a country with its own pack use that one. */
  readonly jurisdiction: PackCode;
  readonly deadlines: { readonly reminderDays: readonly number[] };
  /** The smallest count shown in figures beyond the owning agency (LINDUNG_SMALL_CELL_THRESHOLD). */
  readonly statistics: { readonly smallCellThreshold: number };
  readonly readAuditCommit: 'lazy' | 'durable';
  /** Minutes between scheduled scans across agencies; 0: not scheduled (LINDUNG_LINKAGE_SCAN_MINUTES). */
  readonly linkage: {
    readonly scanMinutes: number;
    /** Recordings and edits of persons by one user in a day followed by hints across agencies that raise a probe alert (LINDUNG_LINKAGE_PROBE_ALERT_PERSONS). */
    readonly probeAlertPersons: number;
  };
  /** SMTP for e-mail; `url` undefined means e-mails are logged (without personal data), not sent. */
  readonly mail: { readonly smtpUrl: string | undefined; readonly from: string };
  /** Abuse protection of the public portal's anonymous forms. */
  readonly publicPortal: {
    readonly powBits: number;
    readonly rateLimitPerMinute: number;
    /** Reports an hour from one address (LINDUNG_PUBLIC_REPORT_RATE_LIMIT). */
    readonly reportsPerHour: number;
  };
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses the environment, listing every problem at once rather than stopping at the first. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = environmentSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  // Checks between settings read the raw values, so that they are reported with the others.
  const production = env.NODE_ENV === 'production';
  if (env.LINDUNG_KEY && env.LINDUNG_KEY_FILE) {
    problems.push('LINDUNG_KEY and LINDUNG_KEY_FILE: set one of them, not both');
  }
  if (production && !env.LINDUNG_KEY && !env.LINDUNG_KEY_FILE) {
    problems.push('LINDUNG_KEY or LINDUNG_KEY_FILE: an encryption key is required when NODE_ENV=production');
  }
  if (production && env.LINDUNG_DEMO === 'on') {
    problems.push('LINDUNG_DEMO: demo data cannot be switched on when NODE_ENV=production');
  }
  if (env.DATABASE_READ_URL && !env.DATABASE_URL) {
    problems.push('DATABASE_READ_URL: a read replica needs DATABASE_URL (server PostgreSQL) too');
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;

  const demo = e.LINDUNG_DEMO === 'on' || (e.LINDUNG_DEMO === 'auto' && !production);
  return {
    environment: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    redisUrl: e.REDIS_URL,
    dataDir: path.resolve(e.LINDUNG_DATA_DIR),
    pgliteSharedBuffers: e.LINDUNG_PGLITE_SHARED_BUFFERS,
    attachmentsDir: path.resolve(e.LINDUNG_ATTACHMENTS_DIR ?? path.join(e.LINDUNG_DATA_DIR, 'attachments')),
    key: { inline: e.LINDUNG_KEY, file: e.LINDUNG_KEY_FILE },
    demo,
    require2fa: e.LINDUNG_REQUIRE_2FA === 'on' || (e.LINDUNG_REQUIRE_2FA === 'auto' && production),
    session: { idleMinutes: e.LINDUNG_SESSION_IDLE_MINUTES, maxHours: e.LINDUNG_SESSION_MAX_HOURS },
    signInRateLimitPerMinute: e.LINDUNG_SIGN_IN_RATE_LIMIT,
    certificateCheckRateLimitPerMinute: e.LINDUNG_CERTIFICATE_CHECK_RATE_LIMIT,
    trustProxy: e.LINDUNG_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    jurisdiction: e.LINDUNG_JURISDICTION ?? (demo ? 'my' : 'generic'),
    statistics: { smallCellThreshold: e.LINDUNG_SMALL_CELL_THRESHOLD },
    readAuditCommit: e.LINDUNG_READ_AUDIT_COMMIT,
    linkage: {
      scanMinutes: e.LINDUNG_LINKAGE_SCAN_MINUTES,
      probeAlertPersons: e.LINDUNG_LINKAGE_PROBE_ALERT_PERSONS,
    },
    deadlines: {
      reminderDays: [...new Set(e.LINDUNG_DEADLINE_REMINDER_DAYS.split(',').map(Number))].sort(
        (a, b) => b - a,
      ),
    },
    mail: { smtpUrl: e.LINDUNG_SMTP_URL, from: e.LINDUNG_MAIL_FROM },
    publicPortal: {
      powBits: e.LINDUNG_PUBLIC_POW_BITS,
      rateLimitPerMinute: e.LINDUNG_PUBLIC_RATE_LIMIT,
      reportsPerHour: e.LINDUNG_PUBLIC_REPORT_RATE_LIMIT,
    },
  };
}
