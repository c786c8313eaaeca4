import assert from 'node:assert/strict';
import type { TestSession } from '../../../test/support/platform.ts';
import type { Db } from '../../db/db.ts';
import { answer, recordConsent, refer } from '../referrals/referral.factory.ts';
import { type DemoShelter, seedShelter } from './shelter.seed.ts';

/**
 * Test factory for the shelter module's API tests: shelters registered straight into the
 * database, persons with cases, and the referral that lets another agency's shelter take them.
 * Not part of the module's surface.
 */

export const womenShelter: DemoShelter = {
  name: 'Test women’s shelter',
  type: 'government',
  population: 'women',
  rules: { sexes: ['female'], minAge: 18, maxAge: null },
  region: 'MY-10',
  phone: '+60 3-5555 0000',
  services: ['counselling'],
  beds: 1,
};

/** A shelter of `agencyId`, as the platform registers it (no user, no address). */
export async function shelterOf(
  db: Db,
  agencyId: string,
  shelter: Partial<DemoShelter> = {},
): Promise<string> {
  return db.transaction((tx) => seedShelter(tx, agencyId, { ...womenShelter, ...shelter }));
}

async function created(response: { statusCode: number; body: string; json(): unknown }): Promise<string> {
  assert.equal(response.statusCode, 201, response.body);
  return (response.json() as { id: string }).id;
}

/** Records a person (a woman born in 1998 unless told otherwise) and opens a victim case. */
export async function personWithCase(
  session: TestSession,
  person: { fullName: string; sex?: string; birth?: Record<string, unknown> },
): Promise<{ personId: string; caseId: string }> {
  const personId = await created(
    await session.request('POST', '/api/persons', {
      names: [{ fullName: person.fullName }],
      sex: person.sex ?? 'female',
      birth: person.birth ?? { precision: 'exact', date: '1998-04-12' },
      nationality: 'ID',
    }),
  );
  const caseId = await created(
    await session.request('POST', '/api/cases', { type: 'victim_case', personId }),
  );
  return { personId, caseId };
}

/** The person's consent to share identity for shelter, a referral to the shelter's agency, accepted. */
export async function shelterReferral(
  from: TestSession,
  to: TestSession,
  ids: { personId: string; caseId: string },
): Promise<string> {
  const consentId = await recordConsent(from, ids.personId, {
    recipientAgencyIds: [to.agencyId],
    purposes: ['shelter'],
    dataCategories: ['identity'],
  });
  const referralId = await refer(from, {
    caseId: ids.caseId,
    consentId,
    toAgencyId: to.agencyId,
    purpose: 'shelter',
    services: ['shelter'],
  });
  await answer(to, referralId, 'accept');
  return referralId;
}

export function admission(caseId: string, shelterId: string, extra: Record<string, unknown> = {}) {
  return { caseId, shelterId, reason: 'safety', admittedOn: '2025-11-20', ...extra };
}
