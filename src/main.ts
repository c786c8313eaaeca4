import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { ConfigError, loadConfig } from './config.ts';
import { loggerOptions } from './http/logging.ts';
import { isPortInUseError, portInUse, portInUseMessage } from './http/port-in-use.ts';
import { demoSignInLines } from './modules/demo/index.ts';
import { startPlatform } from './platform.ts';
import { AppError } from './shared/errors.ts';

const [major] = process.versions.node.split('.').map(Number);
if ((major ?? 0) < 22) {
  console.error(
    `Lindung needs Node.js 22 or newer (this is ${process.version}). Run it with npm start, which uses the pinned Node 24.`,
  );
  process.exit(1);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = pino(loggerOptions(config.logLevel));

// A taken port is said before the database is opened (or made, on a first start).
if (config.port !== 0 && (await portInUse(config.host, config.port))) {
  console.error(portInUseMessage(config.host, config.port));
  process.exit(1);
}

const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
// A first start makes the embedded database and its demo data before it can listen, half a minute
// of silence otherwise: say so, so nobody takes it for a hang.
const firstStart = !config.databaseUrl && !existsSync(join(config.dataDir, 'PG_VERSION'));
console.log(
  firstStart
    ? `Lindung is starting: making its database (${database})${config.demo ? ' and the demo data' : ''}; a first start takes about half a minute…`
    : `Lindung is starting (${database})…`,
);

try {
  const startedAt = performance.now();
  const platform = await startPlatform(config, logger);
  const address = await platform.app.listen({ host: config.host, port: config.port });
  const lines = [
    '',
    `Lindung ${platform.seededDemo ? '(new demo data) ' : ''}is running at ${address}`,
    `  database: ${database}; ready in ${Math.round(performance.now() - startedAt)} ms`,
    `  API document: ${address}/api/openapi.json — browse it at ${address}/api/docs`,
  ];
  if (config.demo) lines.push(...demoSignInLines());
  console.log(`${lines.join('\n')}\n`);

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await platform.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  if (isPortInUseError(error)) {
    console.error(portInUseMessage(config.host, config.port));
  } else if (error instanceof AppError) {
    logger.fatal({ code: error.code }, error.message);
    console.error(`Lindung did not start: ${error.message}`);
  } else {
    logger.fatal({ errorName: (error as Error)?.name, stack: (error as Error)?.stack }, 'start-up failed');
  }
  process.exit(1);
}
