import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { provesIdempotentCreate } from '../../../test/support/idempotency.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { addDuration } from '../../jurisdictions/index.ts';
import { todayIn } from '../agencies/index.ts';
import { openCareCase } from '../care/care.factory.ts';
import { countRows } from '../prosecution/prosecution.factory.ts';

const daysAgo = (days: number) => addDuration(todayIn('Asia/Kuala_Lumpur'), { amount: -days, unit: 'days' });

for (const kind of await testDatabaseKinds()) {
  describe(`protection orders with an Idempotency-Key [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('records an order once per key, replays it, and refuses the key for a different order', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const orderOf = async (caseId: string) => {
        const found = await jkm.request('GET', `/api/cases/${caseId}`);
        return {
          caseId,
          body: {
            kind: 'interim',
            personId: found.json().persons[0].personId,
            court: 'Mahkamah Majistret Johor Bahru',
            magistrate: 'Tuan Majistret',
            courtReference: 'JB-IPO-2026-41',
            appliedOn: daysAgo(6),
            issuedOn: daysAgo(6),
          },
        };
      };
      const first = await orderOf(await openCareCase(jkm));
      const second = await orderOf(await openCareCase(jkm, 'Ani Suryani'));
      const post = (caseId: string) => (body: Record<string, unknown>, key: string) =>
        jkm.request('POST', `/api/cases/${caseId}/protection-orders`, body, { 'idempotency-key': key });
      await provesIdempotentCreate({
        send: post(first.caseId),
        sendSecond: post(second.caseId),
        first: first.body,
        second: second.body,
        other: { ...first.body, courtReference: 'JB-IPO-2026-42' },
        keyPrefix: 'order',
        count: () => countRows(platform().db, 'protection_order'),
      });
    });
  });
}
