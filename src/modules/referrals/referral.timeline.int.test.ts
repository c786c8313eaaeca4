import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { answer, personWithCase, recordConsent, refer } from './referral.factory.ts';

interface TimelineEvent {
  kind: string;
  actorUserId: string | null;
  detail: { referralId?: string };
  referral: {
    fromAgency: { id: string; name: string };
    toAgency: { id: string; name: string };
    byAgencyId: string | null;
    onward: boolean;
    reason: string | null;
  } | null;
}

/**
 * What became of a referral, on the referring agency's own case timeline (decision 0062): every
 * answer of the receiver, and of an agency it passed the referral on to, with the agencies named,
 * a decline's reason when the referring agency was party to it — and never a user of another
 * agency, nor the reason of a referral it was not party to.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`the receiver's answers on the referring case's timeline [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const tenant = tenantQuery(() => platform().db);
    let jkm: TestSession;
    let kbri: TestSession;
    let molisa: TestSession;
    let caseId: string;
    const ids = { declined: '', accepted: '', onward: '', cancelled: '' };

    it('refers a case, and the embassy declines, accepts, passes on and completes', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const { agencyIds } = platform();
      let personId: string;
      ({ personId, caseId } = await personWithCase(jkm));
      const consentId = await recordConsent(jkm, personId, {
        recipientAgencyIds: [agencyIds.kbri, agencyIds.molisa],
        purposes: ['repatriation', 'shelter'],
        dataCategories: ['identity'],
      });
      const to = (toAgencyId: string, purpose: string) => ({ caseId, consentId, toAgencyId, purpose });
      ids.declined = await refer(jkm, to(agencyIds.kbri, 'repatriation'));
      await answer(kbri, ids.declined, 'decline', 'No consular officer free this month');
      ids.accepted = await refer(jkm, to(agencyIds.kbri, 'shelter'));
      const accepted = await answer(
        kbri,
        ids.accepted,
        'accept',
        'We take her in on Monday: bring her passport',
      );
      assert.equal(accepted.acceptanceNote, 'We take her in on Monday: bring her passport');
      const onward = await kbri.request('POST', `/api/referrals/${ids.accepted}/re-referrals`, {
        toAgencyId: agencyIds.molisa,
        purpose: 'shelter',
        services: ['shelter'],
        urgency: 'routine',
      });
      assert.equal(onward.statusCode, 201, onward.body);
      ids.onward = onward.json().id;
      await answer(molisa, ids.onward, 'decline', 'Our shelter in Ha Noi is full');
      await answer(kbri, ids.accepted, 'complete', 'Sheltered in Kuala Lumpur until her flight');
      ids.cancelled = await refer(jkm, to(agencyIds.kbri, 'repatriation'));
      await answer(jkm, ids.cancelled, 'cancel', 'She chose to stay');
    });

    it('shows the referring agency every step, with the agencies and the reasons it may read', async () => {
      const response = await jkm.request('GET', `/api/cases/${caseId}/timeline`);
      assert.equal(response.statusCode, 200, response.body);
      const { agencyIds } = platform();
      const steps = (response.json().items as TimelineEvent[])
        .filter((event) => event.kind.startsWith('referral.'))
        .map((event) => [
          event.kind,
          Object.entries(ids).find(([, id]) => id === event.detail.referralId)?.[0],
          event.referral?.toAgency.id === agencyIds.molisa ? 'molisa' : 'kbri',
          event.referral?.onward,
          event.referral?.reason ?? null,
          event.referral?.byAgencyId === agencyIds.jkm ? 'jkm' : 'other',
          event.actorUserId === jkm.userId ? 'jkm user' : event.actorUserId,
        ]);
      assert.deepEqual(steps, [
        ['referral.sent', 'declined', 'kbri', false, null, 'jkm', 'jkm user'],
        [
          'referral.declined',
          'declined',
          'kbri',
          false,
          'No consular officer free this month',
          'other',
          null,
        ],
        ['referral.sent', 'accepted', 'kbri', false, null, 'jkm', 'jkm user'],
        // The acceptance's note is kept and shown, as a decline's reason is (it was once dropped).
        [
          'referral.accepted',
          'accepted',
          'kbri',
          false,
          'We take her in on Monday: bring her passport',
          'other',
          null,
        ],
        // Passed on by the embassy: the referring agency sees to whom, not why the onward agency declined.
        ['referral.sent', 'onward', 'molisa', true, null, 'other', null],
        ['referral.declined', 'onward', 'molisa', true, null, 'other', null],
        [
          'referral.completed',
          'accepted',
          'kbri',
          false,
          'Sheltered in Kuala Lumpur until her flight',
          'other',
          null,
        ],
        ['referral.sent', 'cancelled', 'kbri', false, null, 'jkm', 'jkm user'],
        ['referral.cancelled', 'cancelled', 'kbri', false, 'She chose to stay', 'jkm', 'jkm user'],
      ]);
      for (const other of [kbri.userId, molisa.userId]) assert.ok(!response.body.includes(other));
      assert.ok(!response.body.includes('Our shelter in Ha Noi is full'));
    });

    it('audits the read of the timeline', async () => {
      const audited = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from audit_event
          where action = 'case.read_timeline' and subject_id = $1 and actor_user_id = $2`,
        [caseId, jkm.userId],
      );
      assert.ok((audited[0]?.n ?? 0) >= 1);
    });

    it('keeps the timeline from the receiving agencies, in the database too', async () => {
      for (const session of [kbri, molisa]) {
        const response = await session.request('GET', `/api/cases/${caseId}/timeline`);
        assert.equal(response.statusCode, 404, response.body);
        const rows = await tenant(
          session,
          ['case:read', 'referral:manage'],
          'select * from case_event where case_id = $1',
          [caseId],
        );
        assert.deepEqual(rows, []);
      }
      // The onward referral's reason stays between its two agencies: the referring agency's role
      // cannot read that referral, so the timeline's join finds nothing to show.
      assert.deepEqual(
        await tenant(
          jkm,
          ['case:read', 'referral:manage'],
          'select decline_reason from referral where id = $1',
          [ids.onward],
        ),
        [],
      );
      const [own] = await tenant<{ decline_reason: string }>(
        molisa,
        ['case:read'],
        'select decline_reason from referral where id = $1',
        [ids.onward],
      );
      assert.equal(own?.decline_reason, 'Our shelter in Ha Noi is full');
    });

    it("names no user of the agency that answered on the referring agency's events", async () => {
      const rows = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from case_event e
          where e.case_id = $1 and e.actor_user_id is not null
            and not exists (select 1 from membership m where m.user_id = e.actor_user_id and m.agency_id = e.agency_id)`,
        [caseId],
      );
      assert.equal(rows[0]?.n, 0);
    });
  });
}
