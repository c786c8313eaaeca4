import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { notificationText } from '../deadlines/notification.presenter.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { anhRecords, drainMatches } from './linkage.factory.ts';

interface HintView {
  id: string;
  personId: string;
  holds: boolean;
  otherAgency: { id: string; name: string } | null;
  yourAgencyDisclosedAt: string | null;
  probability: number;
}

const hintsOf = async (session: TestSession) => {
  const response = await session.request('GET', '/api/linkage/hints?limit=100');
  assert.equal(response.statusCode, 200, response.body);
  return { body: response.body, items: response.json().items as HintView[] };
};

for (const kind of await testDatabaseKinds()) {
  describe(`the holder of a match across agencies decides whether it is named [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const drain = () => drainMatches(platform().db);
    let jkm: TestSession;
    let molisa: TestSession;
    let kbri: TestSession;
    let jkmName: string;
    let held: HintView;
    let newer: HintView;
    /** Persons of later tests: two pairs held across agencies (JKM's first, MOLISA's; JKM's shelter, KBRI's old). */
    let heldHere: string;
    let recordedLater: string;
    let old: string;
    let shelter: string;
    /** The held pairs, each as its two persons sorted. */
    const heldPairs = async () =>
      (
        await platform().db.query<{ persons: string[] }>(
          `select array[h.person_id, n.person_id]::text[] as persons from person_match_hint_pair x
             join person_match_hint h on h.id = x.holder_hint_id join person_match_hint n on n.id = x.newer_hint_id`,
        )
      ).map((row) => [...row.persons].sort().join(' '));
    const pairOf = (a: string, b: string) => [a, b].sort().join(' ');

    it('names the newer agency to the holder, and the holder to nobody, when a person matching one already held is recorded', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      jkmName = (await jkm.request('GET', `/api/agencies/${jkm.agencyId}`)).json().name;
      // The shelter holds her first; then someone elsewhere records her name and birth year.
      const victim = (await personWithCase(jkm, anhRecords.withAccents)).personId;
      await drain();
      const probe = (await personWithCase(molisa, anhRecords.withoutAccents)).personId;
      await drain();

      const mine = await hintsOf(jkm);
      held = mine.items.find((h) => h.personId === victim) as HintView;
      assert.ok(held, 'the holder is told');
      assert.equal(held.holds, true);
      assert.equal(held.otherAgency?.id, molisa.agencyId, 'the holder learns who recorded a match');
      assert.equal(held.yourAgencyDisclosedAt, null);

      const theirs = await hintsOf(molisa);
      newer = theirs.items.find((h) => h.personId === probe) as HintView;
      assert.ok(newer, 'the newer side is told a match exists');
      assert.equal(newer.holds, false);
      assert.equal(newer.otherAgency, null, 'but not where');
      assert.ok(newer.probability >= 0.5);
      for (const leak of [jkm.agencyId, jkmName, victim, held.id]) {
        assert.ok(!theirs.body.includes(leak), `the newer side reads nothing of the holder: ${leak}`);
      }
    });

    it('answers the same 404 to everyone but the holder who asks to disclose', async () => {
      const refusals = [
        await molisa.request('POST', `/api/linkage/hints/${newer.id}/disclose`),
        await molisa.request('POST', `/api/linkage/hints/${held.id}/disclose`),
        await kbri.request('POST', `/api/linkage/hints/${held.id}/disclose`),
        await molisa.request('POST', '/api/linkage/hints/00000000-0000-4000-8000-000000000009/disclose'),
      ];
      for (const response of refusals) {
        assert.equal(response.statusCode, 404, response.body);
        assert.match(String(response.headers['content-type']), /application\/problem\+json/);
        assert.equal(response.json().code, 'linkage_hint_not_found');
      }
      const officer = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      assert.equal((await officer.request('POST', `/api/linkage/hints/${held.id}/disclose`)).statusCode, 403);
      assert.equal((await hintsOf(molisa)).items.find((h) => h.id === newer.id)?.otherAgency, null);
    });

    it('names the holder to the newer side once the holder discloses, once, audited once', async () => {
      const disclosed = await jkm.request('POST', `/api/linkage/hints/${held.id}/disclose`);
      assert.equal(disclosed.statusCode, 200, disclosed.body);
      const first = disclosed.json() as HintView;
      assert.equal(first.holds, true);
      assert.ok(first.yourAgencyDisclosedAt);
      const again = await jkm.request('POST', `/api/linkage/hints/${held.id}/disclose`);
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.json().yourAgencyDisclosedAt, first.yourAgencyDisclosedAt, 'idempotent');

      const named = (await hintsOf(molisa)).items.find((h) => h.id === newer.id);
      assert.deepEqual(named?.otherAgency, { id: jkm.agencyId, name: jkmName });
      assert.equal(named?.holds, false);
      // Each side has its own hint: the newer side's names the holder, and says that it, the newer
      // side, disclosed nothing, by a field that says whose disclosure it is.
      assert.equal(named?.yourAgencyDisclosedAt, null);
      assert.ok(named && !('disclosedAt' in named), 'no field that could be read as the holder’s disclosure');
      const audit = await platform().db.query<{ agency_id: string; actor_user_id: string }>(
        `select agency_id, actor_user_id from audit_event
          where action = 'linkage_hint.disclose' and outcome = 'success' and subject_id = $1`,
        [held.id],
      );
      assert.deepEqual(audit, [{ agency_id: jkm.agencyId, actor_user_id: jkm.userId }]);
    });

    it("tells the newer side's linkage reviewers, once, that the holder agreed to be named, and nobody else", async () => {
      const disclosures = async (session: TestSession) => {
        const response = await session.request('GET', '/api/notifications?limit=100');
        assert.equal(response.statusCode, 200, response.body);
        const items = response.json().items as {
          kind: string;
          title: string;
          detail: Record<string, unknown>;
        }[];
        return { body: response.body, items: items.filter((n) => n.kind === 'linkage.hint_disclosed') };
      };
      const told = await disclosures(molisa);
      assert.equal(told.items.length, 1, 'one notification although the holder disclosed twice');
      assert.deepEqual(told.items[0]?.detail, { hintIds: [newer.id] });
      const texts = ['en', 'ms', 'id', 'vi'].map(
        (locale) => notificationText('linkage.hint_disclosed', {}, locale).title,
      );
      assert.ok(texts.includes(told.items[0]?.title ?? ''), "worded in the reader's language");
      for (const leak of [jkm.agencyId, jkmName, held.id]) {
        assert.ok(!told.body.includes(leak), `the notification names nothing of the holder: ${leak}`);
      }
      assert.equal((await disclosures(jkm)).items.length, 0, 'the holder is not told');
      assert.equal((await disclosures(kbri)).items.length, 0, 'a third agency is not told');
      const officer = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      assert.equal((await disclosures(officer)).items.length, 0);

      const mailed = await platform().db.query<{ notified: number; queued: number }>(
        `select count(*)::integer as notified,
                count(j.id)::integer as queued
           from notification n
           left join job j on j.kind = 'deadlines.reminder_email' and j.payload ->> 'notificationId' = n.id::text
          where n.kind = 'linkage.hint_disclosed'`,
      );
      assert.ok((mailed[0]?.notified ?? 0) >= 1);
      assert.equal(mailed[0]?.queued, mailed[0]?.notified, 'each notification has its e-mail queued');
      const [audit] = await platform().db.query<{ detail: { notifiedUsers: number } }>(
        `select detail from audit_event where action = 'linkage_hint.disclose' and outcome = 'success' and subject_id = $1`,
        [held.id],
      );
      assert.equal(audit?.detail.notifiedUsers, mailed[0]?.notified);
    });

    it('keeps the first recorded side the holder when its match job runs only after the other side recorded hers', async () => {
      const first = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const later = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const woman = {
        names: [{ kind: 'birth', fullName: 'Bùi Thị Ngọc' }],
        sex: 'female',
        birth: { precision: 'exact', date: '1994-10-30' },
        nationality: 'VN',
      };
      // Both recorded before any job ran: JKM's job then finds MOLISA's person already there.
      heldHere = (await personWithCase(first, woman)).personId;
      recordedLater = (await personWithCase(later, woman)).personId;
      await drain();
      const holder = (await hintsOf(first)).items.find((h) => h.personId === heldHere);
      assert.equal(holder?.holds, true);
      assert.equal(holder?.otherAgency?.id, later.agencyId);
      const newerSide = (await hintsOf(later)).items.find((h) => h.personId === recordedLater);
      assert.equal(newerSide?.holds, false);
      assert.equal(newerSide?.otherAgency, null);
    });

    it('keeps an old record edited into a match on the newer side', async () => {
      // KBRI's record from before the shelter's, renamed to her later: it must not be the holder.
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      old = (await personWithCase(kbri, anhRecords.other)).personId;
      await drain();
      shelter = (
        await personWithCase(jkm, {
          ...anhRecords.other,
          names: [{ kind: 'birth', fullName: 'Đỗ Thị Phương' }],
          sex: 'female',
          birth: { precision: 'exact', date: '1996-05-14' },
        })
      ).personId;
      await drain();
      const current = await kbri.request('GET', `/api/persons/${old}`);
      const edit = await kbri.request(
        'PUT',
        `/api/persons/${old}`,
        {
          names: [{ kind: 'birth', fullName: 'Đỗ Thị Phương' }],
          sex: 'female',
          birth: { precision: 'exact', date: '1996-05-14' },
          nationality: 'VN',
          languages: [],
          documents: [],
        },
        { 'if-match': String(current.headers.etag) },
      );
      assert.equal(edit.statusCode, 200, edit.body);
      await drain();
      const edited = (await hintsOf(kbri)).items.find((h) => h.personId === old);
      assert.ok(edited, 'the edited record matches');
      assert.equal(edited.holds, false);
      assert.equal(edited.otherAgency, null);
      const holder = (await hintsOf(jkm)).items.find((h) => h.personId === shelter);
      assert.equal(holder?.holds, true);
      assert.equal(holder?.otherAgency?.id, kbri.agencyId);
    });

    it('lets a held pair go when one side is edited into another match, keeping the other pairs', async () => {
      // KBRI's old record edited again, to match another of the shelter's persons: its hint stays
      // (JKM still holds a match), its pair with the first shelter person leaves.
      const woman = {
        names: [{ kind: 'birth', fullName: 'Phạm Thị Hoa' }],
        sex: 'female',
        birth: { precision: 'exact', date: '1991-03-08' },
        nationality: 'VN',
      };
      const another = (await personWithCase(jkm, woman)).personId;
      await drain();
      assert.ok((await heldPairs()).includes(pairOf(shelter, old)));
      const current = await kbri.request('GET', `/api/persons/${old}`);
      const edit = await kbri.request(
        'PUT',
        `/api/persons/${old}`,
        { ...woman, languages: [], documents: [] },
        { 'if-match': String(current.headers.etag) },
      );
      assert.equal(edit.statusCode, 200, edit.body);
      await drain();
      const pairs = await heldPairs();
      assert.ok(!pairs.includes(pairOf(shelter, old)), 'the pair it no longer makes leaves');
      assert.ok(pairs.includes(pairOf(another, old)), 'the pair it makes now is held');
      assert.ok(pairs.includes(pairOf(heldHere, recordedLater)), 'the pairs of persons not matched stay');
    });
  });
}
