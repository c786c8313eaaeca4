import { hash, verify } from '@node-rs/argon2';
import { type FieldProblem, ValidationError } from '../../shared/errors.ts';

/** Argon2id (the library's default algorithm) with OWASP's recommended minimum cost. */
const cost = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const passwordLength = { min: 12, max: 256 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, cost);
}

/**
 * Checks a password against a stored hash. Without a stored hash (an unknown e-mail address),
 * a dummy hash is checked instead so that the answer takes as long either way.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  try {
    return await verify(storedHash ?? (await dummyHash), password);
  } catch {
    return false;
  }
}

const dummyHash = hash('lindung dummy password for timing', cost);

/** The password policy: long enough to resist guessing, and not the e-mail address. */
export function checkPasswordPolicy(password: string, email: string, field = 'newPassword'): void {
  const problems: FieldProblem[] = [];
  if ([...password].length < passwordLength.min)
    problems.push({
      code: 'password_too_short',
      field,
      message: `must be at least ${passwordLength.min} characters`,
      limit: passwordLength.min,
    });
  if (password.length > passwordLength.max)
    problems.push({
      code: 'password_too_long',
      field,
      message: `must be at most ${passwordLength.max} characters`,
      limit: passwordLength.max,
    });
  if (password.trim().toLowerCase() === email.trim().toLowerCase())
    problems.push({ code: 'password_is_email', field, message: 'must not be the e-mail address' });
  if (problems.length > 0) throw new ValidationError(problems);
}
