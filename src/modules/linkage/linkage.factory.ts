import assert from 'node:assert/strict';
import type { TestSession } from '../../../test/support/platform.ts';
import type { Db } from '../../db/db.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { matchPersonHandler, matchPersonJob, matchPersonsHandler, matchPersonsJob } from './linkage.match.ts';

/** Runs the queued matches of one person and of many (an edit queues the match of many, decision 0044). */
export const drainMatches = (db: Db) =>
  createJobRunner(db, {
    handlers: { [matchPersonJob]: matchPersonHandler(db), [matchPersonsJob]: matchPersonsHandler(db) },
  }).drain();

/** Two records of one Vietnamese woman as two officers wrote them, and a different man. */
export const anhRecords = {
  withAccents: {
    names: [{ kind: 'birth', fullName: 'Nguyễn Thị Ánh' }],
    sex: 'female',
    birth: { precision: 'exact', date: '1998-02-03' },
    nationality: 'VN',
    documents: [{ type: 'passport', number: 'C1234567', issuingCountry: 'VN', heldBy: 'recruiter' }],
  },
  withoutAccents: {
    names: [{ kind: 'birth', fullName: 'NGUYEN THI ANH' }],
    sex: 'female',
    birth: { precision: 'year', year: 1998 },
    nationality: 'VN',
  },
  other: {
    names: [{ kind: 'birth', fullName: 'Trần Văn Bình' }],
    sex: 'male',
    birth: { precision: 'exact', date: '1980-11-20' },
    nationality: 'VN',
  },
};

export interface CandidateView {
  id: string;
  version: number;
  status: string;
  band: string;
  probability: number;
  personA: { id: string };
  personB: { id: string };
  evidence: { field: string; level: string; weight: number }[];
  mergeId: string | null;
}

/** Scans the session's agency and returns the queued pair of these two persons, if any. */
export async function pairOf(session: TestSession, a: string, b: string, status = 'open') {
  const scan = await session.request('POST', '/api/linkage/scans');
  assert.equal(scan.statusCode, 200, scan.body);
  const list = await session.request('GET', `/api/linkage/candidates?status=${status}&limit=200`);
  assert.equal(list.statusCode, 200, list.body);
  return (list.json().items as CandidateView[]).find(
    (c) => [c.personA.id, c.personB.id].sort().join() === [a, b].sort().join(),
  );
}

/** Three records of one woman as three officers wrote them, each with a case. */
export const anhThreeTimes = [
  anhRecords.withAccents,
  anhRecords.withoutAccents,
  { ...anhRecords.withoutAccents, names: [{ kind: 'birth', fullName: 'Nguyen Thi Anh' }] },
];

/** Records `anhThreeTimes` in the session's agency: the three persons and the three pairs queued of them. */
export async function anhThreePairs(
  session: TestSession,
): Promise<{ ids: string[]; pairs: Record<'ab' | 'ac' | 'bc', CandidateView> }> {
  const ids: string[] = [];
  for (const record of anhThreeTimes) ids.push((await personWithCase(session, record)).personId);
  const [a = '', b = '', c = ''] = ids;
  const found = {
    ab: await pairOf(session, a, b),
    ac: await pairOf(session, a, c),
    bc: await pairOf(session, b, c),
  };
  assert.ok(found.ab && found.ac && found.bc, 'every pair queued');
  return { ids, pairs: { ab: found.ab, ac: found.ac, bc: found.bc } };
}
