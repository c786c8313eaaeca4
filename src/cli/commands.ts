import type { CliContext, Command } from './command.ts';

type Run = (args: string[], context: CliContext) => Promise<number>;

/**
 * A command whose code loads only when it runs: the HTTP app and the databases take most of a
 * second to import, which `lindung --help` and a mistyped command should not wait for.
 */
const lazy = (name: string, summary: string, load: () => Promise<Run>): Command => ({
  name,
  summary,
  run: async (args, context) => (await load())(args, context),
});

/** Every command, in the order `lindung --help` lists them. */
export const commands: readonly Command[] = [
  lazy(
    'migrate',
    'apply the database migrations not yet applied',
    async () => (await import('./migrate-command.ts')).runMigrate,
  ),
  lazy(
    'seed',
    'fill an empty database with the demo data (--demo), or add synthetic cases (--scale N --seed S)',
    async () => (await import('./seed-command.ts')).runSeed,
  ),
  lazy(
    'user create',
    'create a user account with a role in an agency; prints its id',
    async () => (await import('./user-command.ts')).runUserCreate,
  ),
  lazy(
    'audit verify',
    "check the audit log's hash chain (exit 1 if an entry was altered or removed)",
    async () => (await import('./audit-command.ts')).runAuditVerify,
  ),
  lazy(
    'linkage scan',
    'compare the persons of every agency and tell each agency of likely matches held by another',
    async () => (await import('./linkage-command.ts')).runLinkageScan,
  ),
  lazy(
    'keys generate',
    'print a new encryption key',
    async () => (await import('./keys-command.ts')).runKeysGenerate,
  ),
  lazy(
    'keys rotate',
    'move every encrypted field to a new key',
    async () => (await import('./keys-command.ts')).runKeysRotate,
  ),
  lazy(
    'backup',
    'write an encrypted backup of the whole database to a file',
    async () => (await import('./backup-command.ts')).runBackup,
  ),
  lazy(
    'restore',
    'restore a backup into an empty database, checking every table',
    async () => (await import('./restore-command.ts')).runRestore,
  ),
  lazy(
    'retention',
    'anonymise closed cases past their retention period (--dry-run: only report)',
    async () => (await import('./retention-command.ts')).runRetentionCommand,
  ),
  lazy(
    'attachments sweep',
    'remove files no record owns, left by a crash (older than a grace period; --dry-run: only count)',
    async () => (await import('./orphan-files-command.ts')).runOrphanSweep,
  ),
  lazy(
    'openapi',
    'write the OpenAPI document to a file or standard output',
    async () => (await import('./openapi-command.ts')).runOpenapi,
  ),
];

/** The help text of `lindung` itself, or of a group such as `lindung keys`. */
export function commandList(group?: string): string {
  const listed = commands.filter((command) => !group || command.name.startsWith(`${group} `));
  const width = Math.max(...listed.map((command) => command.name.length)) + 3;
  const lines = listed.map((command) => `  ${command.name.padEnd(width)}${command.summary}`);
  return `Usage: lindung ${group ?? '<command>'} ${group ? '<subcommand> ' : ''}[options]

Commands:
${lines.join('\n')}

Run "lindung <command> --help" for a command's options.
Settings come from the environment, as for the server: DATABASE_URL (server PostgreSQL) or
LINDUNG_DATA_DIR (PGlite, default ./data); LINDUNG_KEY or LINDUNG_KEY_FILE; NODE_ENV.`;
}
