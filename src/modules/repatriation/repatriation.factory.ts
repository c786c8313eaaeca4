import assert from 'node:assert/strict';
import type { TestSession } from '../../../test/support/platform.ts';

/** Test factory for repatriation and reintegration API tests. Not part of the module's surface. */

/** Records an Indonesian woman and opens a victim case for her; returns the ids. */
export async function indonesianVictimCase(
  session: TestSession,
): Promise<{ caseId: string; personId: string }> {
  const person = await session.request('POST', '/api/persons', {
    names: [{ fullName: 'Siti Aminah' }],
    sex: 'female',
    birth: { precision: 'year', year: 1998 },
    nationality: 'ID',
  });
  assert.equal(person.statusCode, 201, person.body);
  const opened = await session.request('POST', '/api/cases', {
    type: 'victim_case',
    personId: person.json().id,
  });
  assert.equal(opened.statusCode, 201, opened.body);
  return { caseId: opened.json().id, personId: person.json().id };
}

export function repatriationBody(receivingAgencyId: string, extra: Record<string, unknown> = {}) {
  return {
    receivingAgencyId,
    destinationProvince: 'Jawa Timur',
    plannedOn: '2025-10-01',
    travelDocuments: [
      {
        type: 'emergency_travel_document',
        number: 'SPLP 0098812',
        issuedBy: 'KBRI Kuala Lumpur',
        status: 'issued',
      },
    ],
    escort: { name: 'Nurul Huda Ismail', organisation: 'JKM' },
    route: 'KLIA to Juanda, Surabaya; then by road to Banyuwangi',
    ...extra,
  };
}

export function outcomes(extra: Record<string, string> = {}) {
  return {
    safety: 'good',
    housing: 'fair',
    income: 'poor',
    health: 'good',
    family: 'good',
    legal_status: 'good',
    re_trafficking_risk: 'medium',
    ...extra,
  };
}
