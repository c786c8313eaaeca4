import assert from 'node:assert/strict';
import type { TestPlatform, TestSession } from '../../../test/support/platform.ts';
import { multipart, pdf, png } from '../attachments/upload.factory.ts';
import { personWithCase } from '../referrals/referral.factory.ts';

/**
 * Test factory for retention and erasure: a victim case full of personal data — a note, a file,
 * the person's photo, names with their search keys, a passport number — then closed. Not part of
 * the module's surface.
 */
export async function caseWithPersonalData(platform: TestPlatform, session: TestSession) {
  const { personId, caseId } = await personWithCase(session);
  const note = await session.request('POST', `/api/cases/${caseId}/notes`, {
    body: 'Ani said her employer in Kinabatangan threatened her sister.',
  });
  assert.equal(note.statusCode, 201, note.body);
  const upload = async (url: string, fileName: string, content: Buffer, type: string) => {
    const { body, contentType } = multipart(fileName, content, type);
    const response = await platform.app.inject({
      method: 'POST',
      url,
      payload: body,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': contentType },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json().id as string;
  };
  const attachmentId = await upload(
    `/api/cases/${caseId}/attachments`,
    'ani-suryani-statement.pdf',
    pdf,
    'application/pdf',
  );
  const photoId = await upload(`/api/persons/${personId}/photo`, 'ani.png', png, 'image/png');
  return { personId, caseId, attachmentId, photoId };
}

/** Closes a case (the agency needs no approval for it in the demo). */
export async function closeCase(session: TestSession, caseId: string): Promise<void> {
  const response = await session.request('POST', `/api/cases/${caseId}/status`, {
    status: 'closed',
    reason: 'Ani went home to Lombok with her sister.',
  });
  assert.equal(response.statusCode, 200, response.body);
}

/** The same woman as recorded by several agencies (Wulan, returned to Indonesia): a likely match across them. */
export const wulan = (names: string[]) => ({
  names: names.map((fullName, index) => ({ kind: index === 0 ? 'birth' : 'alias', fullName })),
  sex: 'female',
  birth: { precision: 'exact', date: '1996-07-09' },
  nationality: 'ID',
});
