import type { Readable } from 'node:stream';
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** What a command may touch. Passed in rather than taken from `process`, so tests can vary it. */
export interface CliContext {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  /** Only ever handed to `loadConfig`. */
  readonly env: Record<string, string | undefined>;
}

/** One thing the CLI does, such as `migrate` or `user create`. */
export interface Command {
  /** One word, or a group and a verb: `audit verify`. */
  readonly name: string;
  /** One line for `lindung --help`. */
  readonly summary: string;
  /** Runs with the arguments after the command's name and returns the exit code. */
  run(args: string[], context: CliContext): Promise<number>;
}

/** Wrong use of the command line (unknown command, bad flag): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const helpOption = { help: { type: 'boolean', short: 'h' } } as const;

type Parsed<T extends ParseArgsConfig> = ReturnType<
  typeof parseArgs<T & { options: typeof helpOption; strict: true }>
>;

/**
 * `parseArgs` in strict mode with `--help`/`-h` added; its errors become a `UsageError`.
 * Returns undefined after printing `usage` when help was asked for.
 */
export function parseCommandLine<const T extends ParseArgsConfig>(
  context: CliContext,
  usage: string,
  config: T,
): Parsed<T> | undefined {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs({
      ...config,
      options: { ...config.options, ...helpOption },
      strict: true,
    }) as Parsed<T>;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError((error as Error).message.split('\n')[0] as string);
    }
    throw error;
  }
  if ((parsed.values as { help?: boolean }).help) {
    context.stdout.write(`${usage.trim()}\n`);
    return undefined;
  }
  return parsed;
}

/** Writes a line to standard output. */
export function say(context: CliContext, line: string): void {
  context.stdout.write(`${line}\n`);
}

/** Writes a line to standard error (warnings and notes that must not mix with output). */
export function warn(context: CliContext, line: string): void {
  context.stderr.write(`${line}\n`);
}
