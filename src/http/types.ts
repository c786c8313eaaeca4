import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Db } from '../db/db.ts';

/** The Fastify instance every module registers its routes on. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What route modules need from the platform, passed in rather than imported, so tests can vary it. */
export interface Services {
  readonly config: Config;
  readonly db: Db;
  /** For read-only figures (statistics): a read replica when DATABASE_READ_URL is set, else `db`. */
  readonly readDb: Db;
  readonly keyring: Keyring;
}
