import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { sweepReminders } from '../deadlines/index.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`partner network [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let mapo: TestSession;
    let jkm: TestSession;
    let gugus: TestSession;
    let tenaganita: string;
    let iom: string;

    it('adds civil-society and international partners with services, regions and languages', async () => {
      mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const cso = await mapo.request('POST', '/api/partners', {
        name: 'Tenaganita',
        kind: 'cso',
        services: ['shelter', 'legal_aid', 'counselling'],
        regions: ['Kuala Lumpur', 'Selangor', 'Penang'],
        languages: ['ms', 'en', 'id'],
        contactName: 'Focal Point',
        contactEmail: 'focal@tenaganita.example',
        contactPhone: '+60 3 7770 3671',
        networkMember: true,
        memberSince: '2021-03-01',
      });
      assert.equal(cso.statusCode, 201, cso.body);
      tenaganita = cso.json().id;
      const io = await mapo.request('POST', '/api/partners', {
        name: 'International Organization for Migration',
        kind: 'international',
        services: ['repatriation', 'shelter'],
        regions: ['Kuala Lumpur'],
        languages: ['en', 'vi'],
        linkedAgencyId: platform().agencyIds.jpw,
      });
      assert.equal(io.statusCode, 201, io.body);
      iom = io.json().id;
      const bad = await mapo.request('POST', '/api/partners', {
        name: 'Not a member',
        kind: 'cso',
        memberSince: '2020-01-01',
        linkedAgencyId: platform().agencyIds.kemensos,
      });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(
        bad.json().errors.map((e: { field: string }) => e.field),
        ['memberSince', 'linkedAgencyId'],
      );
      assert.equal(
        (await jkm.request('POST', '/api/partners', { name: 'Mine', kind: 'cso' })).statusCode,
        403,
      );
    });

    it('filters the directory and ranks referral targets that are agencies on the platform first', async () => {
      // The demo data has partners of its own: only those made here are compared.
      const ours = (response: { json(): { items: { id: string; name: string }[] } }) =>
        response.json().items.filter((p) => p.id === tenaganita || p.id === iom);
      const shelters = await jkm.request('GET', '/api/partners?service=shelter&region=selangor');
      assert.deepEqual(
        ours(shelters).map((p) => p.name),
        ['Tenaganita'],
      );
      const members = await jkm.request('GET', '/api/partners?member=true');
      assert.deepEqual(
        ours(members).map((p) => p.id),
        [tenaganita],
      );
      const targets = await jkm.request('GET', '/api/partners/referral-targets?service=shelter');
      assert.deepEqual(
        ours(targets).map((p) => p.id),
        [iom, tenaganita],
      );
      const vietnamese = await jkm.request(
        'GET',
        '/api/partners/referral-targets?service=shelter&language=vi',
      );
      assert.deepEqual(
        ours(vietnamese).map((p) => p.id),
        [iom],
      );
    });

    it('offers the directory as referral receivers: agencies on the platform, the others with the reason', async () => {
      interface Target {
        id: string;
        name: string;
        receiver: { id: string; name: string } | null;
        selectable: boolean;
        notSelectableBecause: string | null;
      }
      const all = await jkm.request('GET', '/api/partners/referral-targets');
      assert.equal(all.statusCode, 200, all.body);
      const items = all.json().items as Target[];
      const firstUnselectable = items.findIndex((p) => !p.selectable);
      assert.ok(firstUnselectable > 0 && items.slice(firstUnselectable).every((p) => !p.selectable));
      const io = items.find((p) => p.id === iom);
      assert.equal(io?.receiver?.id, platform().agencyIds.jpw);
      assert.equal(io?.selectable, true);
      const cso = items.find((p) => p.id === tenaganita);
      assert.deepEqual(
        [cso?.receiver, cso?.selectable, cso?.notSelectableBecause],
        [null, false, 'not_on_platform'],
      );
      // The demo directory names the demo agencies: JKM's own entry is listed, but not as a receiver.
      const own = items.find((p) => p.receiver?.id === platform().agencyIds.jkm);
      assert.deepEqual([own?.selectable, own?.notSelectableBecause], [false, 'own_agency']);
      assert.ok(items.some((p) => p.selectable && p.receiver?.id === platform().agencyIds.tenaganita));
    });

    it('lets an embassy refer through the directory of the country hosting it', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const linked = await mapo.request('POST', '/api/partners', {
        name: 'Consular desk',
        kind: 'government',
        services: ['repatriation'],
        linkedAgencyId: platform().agencyIds.kbri,
      });
      assert.equal(linked.statusCode, 201, linked.body);
      const targets = await kbri.request('GET', '/api/partners/referral-targets?service=shelter');
      assert.equal(targets.statusCode, 200, targets.body);
      const ids = (targets.json().items as { id: string }[]).map((p) => p.id);
      assert.ok(ids.includes(iom), "the host country's partners are offered");
      assert.equal((await kbri.request('GET', `/api/partners/${tenaganita}`)).statusCode, 200);
      const mine = (await kbri.request('GET', '/api/partners/referral-targets?service=repatriation')).json()
        .items as { id: string; notSelectableBecause: string | null }[];
      assert.equal(mine.find((p) => p.id === linked.json().id)?.notSelectableBecause, 'own_agency');
    });

    it('records an MoU whose expiry is a reminded deadline, and flags it as expiring', async () => {
      const bad = await mapo.request('POST', `/api/partners/${tenaganita}/mous`, {
        title: 'MoU on shelter referrals',
        signedOn: '2026-01-01',
        expiresOn: '2025-12-31',
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().errors[0].field, 'expiresOn');
      const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
      const mou = await mapo.request('POST', `/api/partners/${tenaganita}/mous`, {
        title: 'MoU on shelter referrals',
        signedOn: '2024-01-01',
        expiresOn: soon,
      });
      assert.equal(mou.statusCode, 201, mou.body);
      assert.equal(mou.json().mous[0].state, 'expiring');
      assert.equal(mou.json().nextMouExpiry, soon);
      const deadlines = await mapo.request('GET', '/api/deadlines');
      assert.equal(deadlines.statusCode, 200, deadlines.body);
      const expiry = deadlines
        .json()
        .items.find((d: { sourceKind: string }) => d.sourceKind === 'partner_mou_expiry');
      assert.ok(expiry, 'the MoU expiry is a deadline of the coordinating agency');
      await platform().db.transaction((tx) => sweepReminders(tx, { leadDays: [30] }));
      const reminded = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from notification n join deadline d on d.id = n.deadline_id
          where d.source_kind = 'partner_mou_expiry'`,
      );
      assert.ok((reminded[0]?.n ?? 0) >= 1, 'a reminder was sent');
      assert.equal(
        (
          await jkm.request('POST', `/api/partners/${tenaganita}/mous`, {
            title: 'Not mine',
            signedOn: '2024-01-01',
            expiresOn: '2027-01-01',
          })
        ).statusCode,
        403,
      );
    });

    it('changes only the fields given, and leaving the network ends the membership date', async () => {
      const changed = await mapo.request('PATCH', `/api/partners/${tenaganita}`, {
        networkMember: false,
        regions: ['Sabah'],
      });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.equal(changed.json().memberSince, null);
      assert.deepEqual(changed.json().regions, ['Sabah']);
      assert.deepEqual(changed.json().services, ['shelter', 'legal_aid', 'counselling']);
      assert.equal(
        (await jkm.request('PATCH', `/api/partners/${tenaganita}`, { name: 'Taken' })).statusCode,
        403,
      );
    });

    it("keeps the directory from another country's agencies", async () => {
      assert.equal((await gugus.request('GET', `/api/partners/${tenaganita}`)).statusCode, 404);
      const indonesian = (await gugus.request('GET', '/api/partners')).json().items as { id: string }[];
      assert.ok(!indonesian.some((p) => p.id === tenaganita || p.id === iom));
      assert.equal((await gugus.request('PATCH', `/api/partners/${iom}`, { name: 'Taken' })).statusCode, 404);
    });
  });
}
