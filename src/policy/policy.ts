import { ForbiddenError } from '../shared/errors.ts';
import { type Permission, permissionSchema } from './permissions.ts';

/** The signed-in user as every route and command sees them. */
export interface Actor {
  readonly userId: string;
  /** The agency the user is acting for in this session (a user may belong to several). */
  readonly agencyId: string;
  readonly permissions: ReadonlySet<Permission>;
  /** How the request was authenticated; `platform` for the CLI and start-up work. */
  readonly via: 'session' | 'api_token' | 'platform';
  /**
   * Test-only: skips the application's checks so that a test can prove the database's
   * row-level security holds on its own. Set only by `buildApp({ unsafeSkipPolicyChecks })`.
   */
  readonly skipPolicyChecks: boolean;
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/**
 * What a rule gives instead of `false` when the user should be told why they may not — e.g. an
 * agency that reports on plans, but not on an activity another agency is responsible for.
 */
export class Refusal {
  readonly code: string;
  readonly message: string;
  constructor(code: string, message: string) {
    this.code = code;
    this.message = message;
  }
}

/** A module's rules: one line per action, `(actor, subject) => boolean` (or a named `Refusal`). */
export type Policy<Subject> = Record<string, (actor: Actor, subject: Subject) => boolean | Refusal>;

/**
 * Whether the policy allows `action` on `subject`. Call rules through this, never bare: a rule's
 * `Refusal` is an object, which `if (rule(…))` would take for a yes.
 */
export function allows<Subject, P extends Policy<Subject>>(
  actor: Actor,
  policy: P,
  action: keyof P & string,
  subject: Subject,
): boolean {
  return policy[action]?.(actor, subject) === true;
}

/** Throws 403 unless the policy allows `action` on `subject`. Every route calls it. */
export function authorize<Subject, P extends Policy<Subject>>(
  actor: Actor,
  policy: P,
  action: keyof P & string,
  subject: Subject,
): void {
  if (actor.skipPolicyChecks) return;
  const verdict = policy[action]?.(actor, subject);
  if (verdict === true) return;
  throw verdict instanceof Refusal ? new ForbiddenError(verdict.code, verdict.message) : new ForbiddenError();
}

/**
 * The platform itself, for work no user does: the demo data, and the CLI run by an operator on
 * the server (whose shell access is the authority). Its audit entries carry the nil UUID as actor.
 */
export const platformActor: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  agencyId: '00000000-0000-0000-0000-000000000000',
  permissions: new Set(permissionSchema.options),
  via: 'platform',
  skipPolicyChecks: false,
};
