import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { provesIdempotentCreate } from '../../../test/support/idempotency.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { countRows, openInvestigation, recordPerson } from './prosecution.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`prosecution creates with an Idempotency-Key [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let police: TestSession;
    let investigationId: string;
    const post = (path: string) => (body: Record<string, unknown>, key: string) =>
      police.request('POST', `/api/investigations/${investigationId}/${path}`, body, {
        'idempotency-key': key,
      });
    const count = (table: string) => () => countRows(platform().db, table);

    it('opens an investigation', async () => {
      police = await signInAs(platform().app, 'investigator.pdrm@demo.lindung.org');
      investigationId = await openInvestigation(police);
    });

    it('links a victim once per key', async () => {
      const victim = (fullName: string) =>
        personWithCase(police, { names: [{ fullName }], sex: 'female' }).then(({ caseId }) => ({ caseId }));
      const first = await victim('Mya Thandar');
      await provesIdempotentCreate({
        send: post('victims'),
        first,
        second: await victim('Ani Suryani'),
        other: await victim('Thi Lan'),
        keyPrefix: 'victim',
        count: count('investigation_victim'),
      });
    });

    it('names a suspect once per key', async () => {
      await provesIdempotentCreate({
        send: post('suspects'),
        first: { personId: await recordPerson(police, 'Tan Ah Kow') },
        second: { personId: await recordPerson(police, 'Lim Boon') },
        other: { personId: await recordPerson(police, 'Wong Fei') },
        keyPrefix: 'suspect',
        count: count('suspect'),
      });
    });

    it('records a hearing once per key', async () => {
      const hearing = { hearingOn: '2025-06-10', court: 'Mahkamah Sesyen Kota Kinabalu', kind: 'mention' };
      await provesIdempotentCreate({
        send: post('hearings'),
        first: hearing,
        second: { ...hearing, hearingOn: '2025-07-01' },
        other: { ...hearing, hearingOn: '2025-08-01' },
        keyPrefix: 'hearing',
        count: count('court_hearing'),
      });
    });
  });
}
