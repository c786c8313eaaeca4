import { writeFile } from 'node:fs/promises';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { generateKeyText, parseKeys } from '../crypto/keyring.ts';
import { openPglite } from '../db/pglite.ts';
import { type CliContext, parseCommandLine, say, UsageError } from './command.ts';

const usage = `
Usage: lindung openapi [file]

Writes the API's OpenAPI 3.1 document (the one served at /api/openapi.json) as JSON to <file>,
or to standard output. Needs no database or key: it builds the app on a throwaway in-memory one.

Options:
  -h, --help   show this text`;

/** `lindung openapi [file]`: writes the OpenAPI document, built on a throwaway in-memory database. */
export async function runOpenapi(args: string[], context: CliContext): Promise<number> {
  const parsed = parseCommandLine(context, usage, { args, allowPositionals: true });
  if (!parsed) return 0;
  const [file, ...extra] = parsed.positionals;
  if (extra.length > 0) throw new UsageError('openapi takes at most one file name');
  // A fixed configuration rather than the environment: the document must not vary by machine.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const db = await openPglite(undefined);
  try {
    const keyring = parseKeys(generateKeyText(), 'a throwaway key');
    const app = await buildApp({ config, db, keyring });
    const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
    await app.close();
    if (file) {
      await writeFile(file, document);
      say(context, `wrote the OpenAPI document to ${file}`);
    } else {
      context.stdout.write(document);
    }
  } finally {
    await db.close();
  }
  return 0;
}
