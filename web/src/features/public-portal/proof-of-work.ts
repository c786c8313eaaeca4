import { api } from '../../api/client.ts';

/** Counts leading zero bits of a SHA-256 digest. */
function leadingZeroBits(digest: Uint8Array): number {
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

/**
 * Asks the server for a challenge and solves it in the browser (hashcash over SHA-256), so that
 * the anonymous forms cost a flood of requests real work; no third-party service is involved.
 */
export async function solveProofOfWork(): Promise<{ challenge: string; nonce: string }> {
  const issued = await api<{ challenge: string; bits: number }>('POST', '/api/public/challenges');
  const encoder = new TextEncoder();
  for (let nonce = 0; ; nonce += 1) {
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-256', encoder.encode(`${issued.challenge}:${nonce}`)),
    );
    if (leadingZeroBits(digest) >= issued.bits) return { challenge: issued.challenge, nonce: String(nonce) };
  }
}
