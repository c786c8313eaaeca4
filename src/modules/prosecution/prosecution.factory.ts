import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { TestSession } from '../../../test/support/platform.ts';
import type { Db } from '../../db/db.ts';
import { answer, personWithCase, recordConsent, refer } from '../referrals/referral.factory.ts';

/**
 * Test factory for API tests of prosecution: a Malaysian police investigation with a victim of the
 * police's own, a victim referred by the welfare department for investigation, and suspects. Not
 * part of the module's surface.
 */

export function created(response: LightMyRequestResponse): { id: string } & Record<string, unknown> {
  assert.equal(response.statusCode, 201, response.body);
  return response.json();
}

/** A person recorded by the session's agency (a suspect, or a victim). */
export async function recordPerson(
  session: TestSession,
  fullName: string,
  extra: Record<string, unknown> = {},
) {
  return created(
    await session.request('POST', '/api/persons', { names: [{ fullName }], sex: 'male', ...extra }),
  ).id;
}

/** A victim case of the welfare department, referred to the police for investigation and accepted there. */
export async function referredVictim(welfare: TestSession, police: TestSession, policeAgencyId: string) {
  const { personId, caseId } = await personWithCase(welfare);
  const consentId = await recordConsent(welfare, personId, {
    recipientAgencyIds: [policeAgencyId],
    purposes: ['investigation'],
    dataCategories: ['identity', 'case_facts'],
  });
  const referralId = await refer(welfare, {
    toAgencyId: policeAgencyId,
    caseId,
    consentId,
    purpose: 'investigation',
    services: ['legal_aid'],
  });
  await answer(police, referralId, 'accept');
  return { personId, caseId, referralId, consentId };
}

export async function openInvestigation(session: TestSession, extra: Record<string, unknown> = {}) {
  return created(
    await session.request('POST', '/api/investigations', {
      reference: `IP/${Math.random().toString(36).slice(2, 10)}`,
      openedOn: '2025-03-01',
      offenceCodes: ['atipsom.12', 'penal_code.374'],
      ...extra,
    }),
  ).id;
}

/** How many rows a table holds, counted past row-level security (to prove nothing was written). */
export async function countRows(db: Db, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row?.n ?? 0;
}
