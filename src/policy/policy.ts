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
  const rule = policy[action];
  const verdict = rule?.(actor, subject);
  if (verdict === true) return;
  if (verdict instanceof Refusal) throw new ForbiddenError(verdict.code, verdict.message);
  throw new ForbiddenError(undefined, undefined, rule ? missingPermissions(actor, rule, subject) : []);
}

/** An actor's permissions that note each one a rule asks for and the actor does not hold. */
class NotingPermissions extends Set<Permission> {
  readonly missing = new Set<Permission>();
  override has(permission: Permission): boolean {
    const held = super.has(permission);
    if (!held) this.missing.add(permission);
    return held;
  }
}

/**
 * The permissions a rule that refused asked for and the actor lacks, found by asking it again with
 * permissions that note them: rules read only `can` and the subject, so asking twice is safe, and
 * only a refusal pays for it. A rule of `a || b` names both (either would do); one that refused on
 * the subject alone (another agency's record, a finished step) names none.
 */
function missingPermissions<Subject>(
  actor: Actor,
  rule: (actor: Actor, subject: Subject) => boolean | Refusal,
  subject: Subject,
): Permission[] {
  const permissions = new NotingPermissions(actor.permissions);
  rule({ ...actor, permissions }, subject);
  return [...permissions.missing];
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
