import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import { ValidationError } from '../../shared/errors.ts';

/**
 * Hashcash for the anonymous forms, without a third party: the server signs a challenge (random
 * bytes, expiry, difficulty); the browser finds a nonce such that SHA-256(challenge ":" nonce)
 * starts with `bits` zero bits; the server checks the signature, the expiry and the work, and
 * spends the challenge so it serves once. See docs/decisions/0020-public-portal.md.
 */
export interface Challenge {
  readonly challenge: string;
  readonly bits: number;
  readonly expiresAt: string;
}

export interface ProofOfWork {
  readonly challenge: string;
  readonly nonce: string;
}

const lifetimeMs = 10 * 60 * 1000;

function signingKey(keyring: Keyring): Buffer {
  return Buffer.from(hkdfSync('sha256', keyring.current.material, '', 'lindung public challenge', 32));
}

function sign(keyring: Keyring, payload: string): string {
  return createHmac('sha256', signingKey(keyring)).update(payload).digest('base64url');
}

export function issueChallenge(keyring: Keyring, bits: number, now = Date.now()): Challenge {
  const expires = now + lifetimeMs;
  const payload = `${randomBytes(12).toString('base64url')}.${expires}.${bits}`;
  return {
    challenge: `${payload}.${sign(keyring, payload)}`,
    bits,
    expiresAt: new Date(expires).toISOString(),
  };
}

/** How many leading zero bits a digest has. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export function workDigest(challenge: string, nonce: string): Buffer {
  return createHash('sha256').update(`${challenge}:${nonce}`).digest();
}

/** Solves a challenge (tests and the command line; the browser has its own copy in web/). */
export function solveChallenge(challenge: string, bits: number): string {
  for (let nonce = 0; ; nonce += 1) {
    if (leadingZeroBits(workDigest(challenge, String(nonce))) >= bits) return String(nonce);
  }
}

const invalid = (message: string) =>
  new ValidationError([{ code: 'proof_of_work_invalid', field: 'proofOfWork', message }]);

/**
 * Checks a proof of work and spends its challenge in the caller's transaction. The report route
 * commits the spend on its own, before any other check, so a request refused later has still used
 * its proof (one proof cannot be replayed to make the server decode pictures again). Throws a 400
 * naming `proofOfWork` when anything is wrong.
 */
export async function spendProofOfWork(
  tx: Tx,
  keyring: Keyring,
  proof: ProofOfWork,
  now = Date.now(),
): Promise<void> {
  const parts = proof.challenge.split('.');
  if (parts.length !== 4) throw invalid('is not a challenge this server issued');
  const [random, expires, bits, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(keyring, `${random}.${expires}.${bits}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw invalid('is not a challenge this server issued');
  }
  if (Number(expires) < now) throw invalid('has expired: ask for a new challenge');
  if (leadingZeroBits(workDigest(proof.challenge, proof.nonce)) < Number(bits)) {
    throw invalid('does not solve the challenge');
  }
  await tx.query('delete from public_challenge_spent where expires_at < now()');
  const spent = await tx.query(
    `insert into public_challenge_spent (challenge_hash, expires_at) values ($1, to_timestamp($2 / 1000.0))
     on conflict do nothing returning 1`,
    [createHash('sha256').update(proof.challenge).digest('hex'), Number(expires)],
  );
  if (spent.length === 0) throw invalid('was used already: ask for a new challenge');
}
