import type { App } from '../../http/types.ts';
import { solveChallenge } from './proof-of-work.ts';

/** A solved proof of work from the app under test (its difficulty is low in tests). */
export async function proofOfWork(app: App): Promise<{ challenge: string; nonce: string }> {
  const response = await app.inject({ method: 'POST', url: '/api/public/challenges' });
  const { challenge, bits } = response.json() as { challenge: string; bits: number };
  return { challenge, nonce: solveChallenge(challenge, bits) };
}

/** A report about a place in Malaysia, as a member of the public sends it. */
export async function reportBody(app: App, extra: Record<string, unknown> = {}) {
  return {
    what: 'Workers locked in a dormitory behind the factory, passports kept by the supervisor.',
    where: 'Jalan Industri 4, Klang',
    when: 'Last week, at night',
    country: 'MY',
    region: 'Selangor',
    language: 'ms',
    proofOfWork: await proofOfWork(app),
    ...extra,
  };
}
