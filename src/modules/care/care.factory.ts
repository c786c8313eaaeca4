import assert from 'node:assert/strict';
import type { TestSession } from '../../../test/support/platform.ts';
import type { Db } from '../../db/db.ts';
import { needDomains } from './needs-assessment.schema.ts';

/**
 * Test factory for API tests of the care module: a case to care for, and the bodies of an
 * assessment, a plan and a service delivered. Not part of the module's surface.
 */

/** Records a person and opens a victim case for her; returns the case id. */
export async function openCareCase(session: TestSession, fullName = 'Mya Thandar'): Promise<string> {
  const person = await session.request('POST', '/api/persons', { names: [{ fullName }], nationality: 'MM' });
  assert.equal(person.statusCode, 201, person.body);
  const opened = await session.request('POST', '/api/cases', {
    type: 'victim_case',
    personId: person.json().id,
  });
  assert.equal(opened.statusCode, 201, opened.body);
  return opened.json().id;
}

/** Every domain at `none`, with the given domains changed. */
export function assessmentBody(
  needs: Record<string, { level: string; note?: string }> = {},
  extra: Record<string, unknown> = {},
) {
  const all = Object.fromEntries(needDomains.map((domain) => [domain, { level: 'none' }]));
  return { assessedOn: '2025-11-20', needs: { ...all, ...needs }, ...extra };
}

export function planBody(extra: Record<string, unknown> = {}) {
  return {
    plannedOn: '2025-11-21',
    reviewOn: '2025-12-21',
    goals: ['Safe accommodation away from the employer', 'Recover wages owed'],
    services: [{ type: 'shelter', startsOn: '2025-11-21', endsOn: '2026-02-21', status: 'active' }],
    ...extra,
  };
}

export function serviceBody(extra: Record<string, unknown> = {}) {
  return {
    type: 'medical',
    deliveredOn: '2025-11-22',
    description: 'General health check; treated for a hand injury from the factory floor.',
    ...extra,
  };
}

export async function userIdOf(db: Db, email: string): Promise<string> {
  const [row] = await db.query<{ id: string }>('select id from app_user where email = $1', [email]);
  assert.ok(row, `no user ${email}`);
  return row.id;
}
