import { loadConfig } from '../config.ts';
import { checkPasswordPolicy, hashPassword } from '../modules/auth/index.ts';
import { createUser, createUserSchema } from '../modules/users/index.ts';
import { platformActor } from '../policy/policy.ts';
import { ValidationError } from '../shared/errors.ts';
import { resolveAgency } from './agency-lookup.ts';
import { type CliContext, parseCommandLine, say, UsageError, warn } from './command.ts';
import { withDatabase } from './database.ts';
import { readPassword } from './read-password.ts';

const usage = `
Usage: lindung user create --email E --name N --agency A --role R [--locale L] [--password P]

Creates a user account with one role in one agency, as the platform (recorded in the audit log),
and prints its id. The password must meet the password policy (at least 12 characters, not the
e-mail address). Without --password it is read from standard input: typed without echo at a
terminal, or the first line piped in. Prefer that: a flag shows in the process list.

Options:
  --email E      the e-mail address the user signs in with
  --name N       the name shown for the user
  --agency A     the agency's id or short name (e.g. PDRM)
  --role R       a role code: frontline_officer, case_manager, shelter_manager, investigator,
                 prosecutor, coordinator, trainer, agency_admin, system_admin, auditor
  --locale L     en, ms, id or vi (default en)
  --password P   the initial password (see above)
  -h, --help     show this text`;

/** The command line's names for the fields the users module reports problems with. */
const flagOf: Record<string, string> = {
  displayName: 'name',
  'memberships.0.agencyId': 'agency',
  'memberships.0.role': 'role',
};

function inFlagNames(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(
    error.fields.map((problem) => ({
      field: flagOf[problem.field] ?? problem.field,
      message: problem.message,
    })),
    'The user was not created.',
  );
}

/** `lindung user create`: creates a user as the platform, in one audited transaction; prints the id. */
export async function runUserCreate(args: string[], context: CliContext): Promise<number> {
  const parsed = parseCommandLine(context, usage, {
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      agency: { type: 'string' },
      role: { type: 'string' },
      locale: { type: 'string', default: 'en' },
      password: { type: 'string' },
    },
  });
  if (!parsed) return 0;
  const { email, name, agency, role, locale } = parsed.values;
  if (!email || !name || !agency || !role) {
    const missing = Object.entries({ email, name, agency, role }).filter(([, value]) => !value);
    throw new UsageError(`user create needs ${missing.map(([flag]) => `--${flag}`).join(', ')}`);
  }
  const config = loadConfig(context.env);
  const password = parsed.values.password ?? (await readPassword(context, `Password for ${email}: `));
  try {
    await checkPasswordPolicy(password, email, 'password');
    const passwordHash = await hashPassword(password);
    const user = await withDatabase(config, { migrated: true }, (db) =>
      db.transaction(async (tx) => {
        const input = createUserSchema.safeParse({
          email,
          displayName: name,
          locale,
          password,
          memberships: [{ agencyId: await resolveAgency(tx, agency), role }],
        });
        if (!input.success) {
          throw new ValidationError(
            input.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
          );
        }
        return createUser({ tx, actor: platformActor, user: input.data, passwordHash, requestId: 'cli' });
      }),
    );
    warn(context, `created ${user.email} (${role} in ${agency})`);
    say(context, user.id);
    return 0;
  } catch (error) {
    throw inFlagNames(error);
  }
}
