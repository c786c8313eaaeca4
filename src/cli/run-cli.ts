import { ConfigError } from '../config.ts';
import { mapDatabaseError } from '../db/errors.ts';
import { MigrationError } from '../db/migrate.ts';
import { AppError, ForbiddenError, ValidationError } from '../shared/errors.ts';
import { version } from '../version.ts';
import { type CliContext, UsageError, warn } from './command.ts';
import { commandList, commands } from './commands.ts';

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h';

async function dispatch(argv: readonly string[], context: CliContext): Promise<number> {
  const [first, second] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (isHelp(first) || first === 'help') {
    context.stdout.write(`${commandList()}\n`);
    return 0;
  }
  if (first === '--version') {
    context.stdout.write(`${version}\n`);
    return 0;
  }
  const grouped = commands.find((command) => command.name === `${first} ${second}`);
  if (grouped) return grouped.run(argv.slice(2), context);
  const single = commands.find((command) => command.name === first);
  if (single) return single.run(argv.slice(1), context);
  const group = commands.filter((command) => command.name.startsWith(`${first} `));
  if (group.length > 0) {
    if (isHelp(second)) {
      context.stdout.write(`${commandList(first)}\n`);
      return 0;
    }
    const verbs = group.map((command) => command.name.split(' ')[1]).join(', ');
    throw new UsageError(
      second === undefined
        ? `"${first}" needs a subcommand: ${verbs}`
        : `unknown subcommand "${first} ${second}" (${first} has: ${verbs})`,
    );
  }
  throw new UsageError(first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`);
}

/** A message for an error the operator can act on; undefined for a bug (then the stack is shown). */
function explain(error: unknown): string | undefined {
  if (error instanceof ConfigError) return error.message;
  const mapped = error instanceof AppError ? error : mapDatabaseError(error);
  if (mapped instanceof ValidationError) {
    return [mapped.message, ...mapped.fields.map((field) => `  ${field.field}: ${field.message}`)].join('\n');
  }
  if (mapped && !(mapped instanceof ForbiddenError)) return mapped.message;
  if (error instanceof MigrationError) return error.message;
  const { code, message } = error as { code?: unknown; message?: string };
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
    return `the database refused: ${message} (SQLSTATE ${code})`;
  // Connection and file-system errors (ECONNREFUSED, ENOENT…); a refused connection to several
  // addresses arrives as an AggregateError without a message of its own.
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    const first = error instanceof AggregateError ? (error.errors[0] as Error | undefined) : undefined;
    return message || first?.message || code;
  }
  return undefined;
}

/**
 * Runs the command line `argv` (without the node and script paths) and returns the exit code:
 * 0 done, 1 failed (or, for `audit verify`, a broken chain), 2 wrong use of the command line.
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  try {
    return await dispatch(argv, context);
  } catch (error) {
    if (error instanceof UsageError) {
      warn(context, `lindung: ${error.message} (see lindung --help)`);
      return 2;
    }
    const explanation = explain(error);
    if (explanation !== undefined) {
      warn(context, `lindung: ${explanation}`);
    } else {
      warn(context, `lindung: unexpected error\n${(error as Error)?.stack ?? String(error)}`);
    }
    return 1;
  }
}
