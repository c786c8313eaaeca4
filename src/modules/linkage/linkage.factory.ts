import assert from 'node:assert/strict';
import type { TestSession } from '../../../test/support/platform.ts';
import type { Db } from '../../db/db.ts';
import { createJobRunner } from '../../jobs/queue.ts';
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
