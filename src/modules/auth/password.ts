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

/**
 * The passwords most often found in breaches, lower-cased: zxcvbn-ts's list (some 49,000, drawn from
 * published breach corpora; shipped in the npm package, so nothing is fetched). Loaded at the first
 * password checked, not at start-up: it takes a fifth of a second.
 */
let breachedPasswords: Promise<ReadonlySet<string>> | undefined;
function breachedPasswordList(): Promise<ReadonlySet<string>> {
  breachedPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map((password) => password.toLowerCase())),
  );
  return breachedPasswords;
}

/** Runs of keys a password is typed along: digits, the alphabet, the keyboard's rows and columns. */
const typedRunsForwards = [
  '01234567890123456789',
  'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz',
  'qwertyuiopasdfghjklzxcvbnmqwertyuiop',
  'azertyuiopqsdfghjklmwxcvbnazertyuiop',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
];
/** Each run both ways, reversed once here rather than at every password checked. */
const typedRuns = typedRunsForwards.flatMap((run) => [run, [...run].reverse().join('')]);

/** Digits, punctuation, symbols and spaces at either end: "password2026!" is "password" to a guesser. */
const padding = /^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu;

/**
 * Whether the password is one guessers try first (NIST SP 800-63B, 5.1.1.2): a breached password,
 * one padded with digits or symbols, a character or two repeated, or a run along the keyboard.
 */
async function isGuessable(password: string): Promise<boolean> {
  const folded = password.toLowerCase();
  const breached = await breachedPasswordList();
  if (breached.has(folded) || breached.has(folded.replace(padding, ''))) return true;
  if (new Set(folded).size < 4) return true;
  return typedRuns.some((run) => run.includes(folded));
}

/**
 * The password policy: long enough to resist guessing, not the e-mail address, and not one of the
 * passwords guessers try first.
 */
export async function checkPasswordPolicy(
  password: string,
  email: string,
  field = 'newPassword',
): Promise<void> {
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
  // Said once the rest is right: a short password is refused for being short, not as guessable too.
  if (problems.length === 0 && (await isGuessable(password)))
    problems.push({
      code: 'password_guessable',
      field,
      message: 'is one of the passwords guessers try first (found in breaches, or a simple pattern)',
    });
  if (problems.length > 0) throw new ValidationError(problems);
}
