import assert from 'node:assert/strict';
import { signInAs, type TestPlatform, type TestSession } from '../../../test/support/platform.ts';

/**
 * Test factory for API tests of consents and referrals: a presumed victim with a full record, her
 * case, a consent and a referral. Not part of the module's surface.
 */

/** An Indonesian worker found on a Sabah plantation: every category of data filled in. */
export const aniRecord = {
  names: [
    { kind: 'birth', fullName: 'Ani Suryani', givenName: 'Ani', familyName: 'Suryani' },
    { kind: 'alias', fullName: 'Yani' },
  ],
  sex: 'female',
  birth: { precision: 'exact', date: '1998-04-12' },
  nationality: 'ID',
  languages: ['id', 'jv'],
  documents: [{ type: 'passport', number: 'B7654321', issuingCountry: 'ID', heldBy: 'employer' }],
  contact: { phones: ['+60 12 345 6789'] },
  address: 'Rumah Kongsi 4, Ladang Sawit Kinabatangan, Sabah',
};

export const aniCaseFacts = {
  exploitationTypes: ['forced_labour'],
  labourSector: 'plantation',
  recruitmentPlace: 'Lombok Timur',
  recruitmentCountry: 'ID',
  recruitedOn: '2024-03-01',
  exploitationPlace: 'Kinabatangan, Sabah',
  exploitationCountry: 'MY',
  exploitationStartedOn: '2024-04-01',
  exploitationEndedOn: '2025-10-30',
  meansOfControl: ['document_confiscation', 'debt_bondage'],
  summary: 'Found during a labour inspection; the employer kept her passport and wages for a year.',
};

async function created(response: { statusCode: number; body: string; json(): unknown }): Promise<string> {
  assert.equal(response.statusCode, 201, response.body);
  return (response.json() as { id: string }).id;
}

/** Records a person (Ani's record unless given another) and opens a victim case for her. */
export async function personWithCase(
  session: TestSession,
  record: Record<string, unknown> = aniRecord,
): Promise<{ personId: string; caseId: string }> {
  const personId = await created(await session.request('POST', '/api/persons', record));
  const caseId = await created(
    await session.request('POST', '/api/cases', { type: 'victim_case', personId, ...aniCaseFacts }),
  );
  return { personId, caseId };
}

export async function recordConsent(
  session: TestSession,
  personId: string,
  scope: Record<string, unknown>,
): Promise<string> {
  return created(
    await session.request('POST', `/api/persons/${personId}/consents`, {
      method: 'written',
      givenOn: '2025-11-20',
      ...scope,
    }),
  );
}

export async function refer(session: TestSession, body: Record<string, unknown>): Promise<string> {
  return created(
    await session.request('POST', '/api/referrals', {
      services: ['repatriation'],
      urgency: 'urgent',
      ...body,
    }),
  );
}

/**
 * POSTs a workflow step (with no body unless a text is given) and checks it went through: the
 * text is the `note` of an acceptance or a completion, the `reason` of a decline or a cancellation.
 */
export async function answer(session: TestSession, referralId: string, step: string, text?: string) {
  const field = step === 'accept' || step === 'complete' ? 'note' : 'reason';
  const response = await session.request(
    'POST',
    `/api/referrals/${referralId}/${step}`,
    text === undefined ? undefined : { [field]: text },
  );
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

/** The scene of a referral to the embassy: both case managers signed in, a victim's case, her consent. */
export interface EmbassyReferralScene {
  readonly jkm: TestSession;
  readonly kbri: TestSession;
  readonly personId: string;
  readonly caseId: string;
  readonly consentId: string;
  /** The fields of a referral of the case to the embassy for repatriation, under that consent. */
  readonly toKbri: () => { caseId: string; consentId: string; toAgencyId: string; purpose: string };
}

/**
 * Signs in the welfare department's (JKM) and the Indonesian embassy's (KBRI) case managers, and
 * records Ani's case at JKM with a consent covering the embassy (and whatever `scope` adds).
 */
export async function embassyReferralScene(
  platform: TestPlatform,
  scope: Record<string, unknown>,
): Promise<EmbassyReferralScene> {
  const jkm = await signInAs(platform.app, 'cm.jkm@demo.lindung.org');
  const kbri = await signInAs(platform.app, 'cm.kbri@demo.lindung.org');
  const { personId, caseId } = await personWithCase(jkm);
  const consentId = await recordConsent(jkm, personId, {
    recipientAgencyIds: [platform.agencyIds.kbri],
    dataCategories: ['identity'],
    ...scope,
  });
  const toKbri = () => ({ caseId, consentId, toAgencyId: platform.agencyIds.kbri, purpose: 'repatriation' });
  return { jkm, kbri, personId, caseId, consentId, toKbri };
}
