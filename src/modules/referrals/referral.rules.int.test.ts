import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import {
  answer,
  type EmbassyReferralScene,
  embassyReferralScene,
  personWithCase,
  recordConsent,
  refer,
} from './referral.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`referral rules: bad input, the workflow, re-referral and deadlines [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let kbri: TestSession;
    let caseId: string;
    let personId: string;
    let consentId: string;
    let toKbri: EmbassyReferralScene['toKbri'];
    const referralCount = async () =>
      (await platform().db.query<{ n: number }>('select count(*)::int as n from referral'))[0]?.n;
    const refused = async (body: Record<string, unknown>, status: number, code: string) => {
      const before = await referralCount();
      const response = await jkm.request('POST', '/api/referrals', {
        services: ['repatriation'],
        urgency: 'routine',
        ...body,
      });
      assert.equal(response.statusCode, status, response.body);
      assert.equal(response.json().code, code);
      assert.equal(await referralCount(), before);
      return response.json();
    };

    it('sets up a case and a consent covering the embassy and any police force, for repatriation and investigation', async () => {
      ({ jkm, kbri, personId, caseId, consentId, toKbri } = await embassyReferralScene(platform(), {
        recipientAgencyTypes: ['law_enforcement'],
        purposes: ['repatriation', 'investigation'],
      }));
    });

    it('refuses a referral to the agency’s own agency', async () => {
      const problem = await refused(
        { ...toKbri(), toAgencyId: platform().agencyIds.jkm },
        422,
        'referral_to_own_agency',
      );
      assert.match(problem.detail, /toAgencyId/);
    });

    it('refuses a referral without a consent, or under one the agency did not record for a person of the case', async () => {
      const { consentId: _, ...withoutConsent } = toKbri();
      const missing = await refused(withoutConsent, 400, 'validation_failed');
      assert.equal(missing.errors[0].field, 'consentId');
      const unknown = await refused(
        { ...toKbri(), consentId: crypto.randomUUID() },
        400,
        'validation_failed',
      );
      assert.deepEqual(unknown.errors, [
        {
          code: 'consent_not_recorded_here',
          field: 'consentId',
          message: 'is not a consent your agency recorded',
        },
      ]);
      const other = await personWithCase(jkm, { names: [{ fullName: 'Sri Wahyuni' }] });
      const elsewhere = await refused({ ...toKbri(), caseId: other.caseId }, 400, 'validation_failed');
      assert.equal(elsewhere.errors[0].field, 'consentId');
    });

    it('refuses a referral the consent does not cover, naming the recipient or the purpose', async () => {
      const molisa = await refused(
        { ...toKbri(), toAgencyId: platform().agencyIds.molisa },
        422,
        'consent_does_not_cover_recipient',
      );
      assert.match(molisa.detail, /toAgencyId/);
      const { toAgencyId: _, ...byType } = toKbri();
      const kemensos = await refused(
        { ...byType, toAgencyType: 'welfare', toCountry: 'ID' },
        422,
        'consent_does_not_cover_recipient',
      );
      assert.deepEqual(
        kemensos.errors.map((error: { field: string }) => error.field),
        ['toAgencyType', 'toCountry'],
        'the problem names the fields sent, not toAgencyId',
      );
      assert.doesNotMatch(kemensos.detail, /toAgencyId/);
      const medical = await refused(
        { ...toKbri(), purpose: 'medical' },
        422,
        'consent_does_not_cover_purpose',
      );
      assert.match(medical.detail, /purpose/);
    });

    it('refuses a referral under a withdrawn or expired consent', async () => {
      const expired = await recordConsent(jkm, personId, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
        givenOn: '2025-01-01',
        expiresOn: '2025-02-01',
      });
      const problem = await refused({ ...toKbri(), consentId: expired }, 422, 'consent_not_in_force');
      assert.match(problem.detail, /expired/);
      const withdrawn = await recordConsent(jkm, personId, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      await jkm.request('POST', `/api/consents/${withdrawn}/withdraw`, {});
      await refused({ ...toKbri(), consentId: withdrawn }, 422, 'consent_not_in_force');
    });

    it('refuses a referral on a closed case with 409', async () => {
      const second = await jkm.request('POST', '/api/cases', { type: 'victim_case', personId });
      const closed = await jkm.request('POST', `/api/cases/${second.json().id}/status`, {
        status: 'closed',
        reason: 'Opened twice',
      });
      assert.equal(closed.json().status, 'closed');
      await refused({ ...toKbri(), caseId: second.json().id }, 409, 'case_closed');
    });

    it('sends to the one agency of a type in a country, and lists the choices when several match', async () => {
      const byType = { caseId, consentId, toAgencyType: 'law_enforcement', purpose: 'investigation' };
      const id = await refer(jkm, { ...byType, toCountry: 'MY' });
      const referral = (await jkm.request('GET', `/api/referrals/${id}`)).json();
      assert.equal(referral.toAgency.id, platform().agencyIds.pdrm);
      await refused(
        { ...byType, toAgencyType: 'international_organisation', toCountry: 'MY' },
        422,
        'recipient_not_found',
      );
      await platform().db.query(
        `insert into agency (name, short_name, type, country) values ('Agensi Penguatkuasaan Maritim Malaysia', 'APMM', 'law_enforcement', 'MY')`,
      );
      const problem = await refused({ ...byType, toCountry: 'MY' }, 422, 'recipient_ambiguous');
      assert.match(problem.detail, /APMM .*PDRM/);
      await refused(
        { ...byType, toCountry: 'MY', toAgencyId: platform().agencyIds.pdrm },
        400,
        'validation_failed',
      );
    });

    it('requires a reason to decline or cancel, and lets each side take only its own steps', async () => {
      const declined = await refer(jkm, toKbri());
      const noReason = await kbri.request('POST', `/api/referrals/${declined}/decline`, {});
      assert.equal(noReason.statusCode, 400);
      assert.deepEqual(
        noReason.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [['reason', 'invalid_type']],
        'the reason is named as missing',
      );
      const blank = await kbri.request('POST', `/api/referrals/${declined}/decline`, { reason: '  ' });
      assert.deepEqual(
        blank.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [['reason', 'too_small']],
      );
      const noted = await kbri.request('POST', `/api/referrals/${declined}/decline`, { note: 'Full' });
      assert.equal(noted.statusCode, 400, 'a decline takes a reason, not a note');
      assert.ok(
        noted
          .json()
          .errors.some(
            (e: { field: string; code: string }) => e.field === 'note' && e.code === 'unrecognized_keys',
          ),
        noted.body,
      );
      // The sender, though she manages referrals, is told that the receiving agency answers.
      for (const [step, body] of [
        ['accept', {}],
        ['decline', { reason: 'Wrong agency' }],
      ] as const) {
        const own = await jkm.request('POST', `/api/referrals/${declined}/${step}`, body);
        assert.deepEqual([own.statusCode, own.json().code], [403, 'referral_receiver_only'], own.body);
        assert.match(own.json().detail, /Only the agency the referral was sent to/);
      }
      const answered = await answer(kbri, declined, 'decline', 'No consular officer available this week');
      assert.deepEqual(
        [answered.status, answered.declineReason],
        ['declined', 'No consular officer available this week'],
      );
      const late = await kbri.request('POST', `/api/referrals/${declined}/accept`, {});
      assert.deepEqual([late.statusCode, late.json().code], [409, 'referral_status_transition']);
      assert.equal(late.json().detail, 'A referral that is declined cannot become accepted.');
      // A step taken twice (a double click, a retry) says it was already taken, not that it cannot be.
      const again = await kbri.request('POST', `/api/referrals/${declined}/decline`, { reason: 'Again' });
      assert.deepEqual(
        [again.statusCode, again.json().code, again.json().detail],
        [409, 'referral_status_transition', 'The referral was already declined: nothing to do.'],
      );

      const cancelled = await refer(jkm, toKbri());
      assert.equal((await jkm.request('POST', `/api/referrals/${cancelled}/cancel`, {})).statusCode, 400);
      const notSender = await kbri.request('POST', `/api/referrals/${cancelled}/cancel`, { reason: 'x' });
      assert.deepEqual([notSender.statusCode, notSender.json().code], [403, 'referral_sender_only']);
      assert.equal((await answer(jkm, cancelled, 'cancel', 'Sent by mistake')).status, 'cancelled');

      const completed = await refer(jkm, toKbri());
      const accepted = await answer(
        kbri,
        completed,
        'accept',
        'Consular officer assigned; call before you come',
      );
      assert.equal(
        accepted.acceptanceNote,
        'Consular officer assigned; call before you come',
        'kept, not dropped',
      );
      const done = await answer(
        kbri,
        completed,
        'complete',
        'Travel document issued; flight booked for 3 Dec.',
      );
      assert.deepEqual(
        [done.status, done.declineReason, done.completionNote],
        ['completed', null, 'Travel document issued; flight booked for 3 Dec.'],
      );
      const after = (await jkm.request('GET', `/api/referrals/${completed}`)).json();
      assert.deepEqual(
        [after.consentState, after.shared, after.completionNote, after.acceptanceNote],
        [
          'in_force',
          null,
          'Travel document issued; flight booked for 3 Dec.',
          'Consular officer assigned; call before you come',
        ],
        'the referring agency reads what was said on accepting and what was done',
      );
      // Both sides' lists say on each line what was said at its last step.
      for (const [session, direction] of [
        [jkm, 'outgoing'],
        [kbri, 'incoming'],
      ] as const) {
        const lines = (await session.request('GET', `/api/referrals?direction=${direction}&limit=100`)).json()
          .items as {
          id: string;
          declineReason: string | null;
          cancelReason: string | null;
          completionNote: string | null;
        }[];
        const said = (id: string) => {
          const line = lines.find((item) => item.id === id);
          return [line?.declineReason, line?.cancelReason, line?.completionNote];
        };
        assert.deepEqual(said(declined), ['No consular officer available this week', null, null]);
        assert.deepEqual(said(cancelled), [null, 'Sent by mistake', null]);
        assert.deepEqual(said(completed), [null, null, 'Travel document issued; flight booked for 3 Dec.']);
      }
      const byOldName = await refer(jkm, toKbri());
      const reasoned = await kbri.request('POST', `/api/referrals/${byOldName}/accept`, {
        reason: 'On our way',
      });
      assert.equal(reasoned.statusCode, 400, 'accepting takes a note, not a reason');
      assert.ok(
        reasoned
          .json()
          .errors.some(
            (e: { field: string; code: string }) => e.field === 'reason' && e.code === 'unrecognized_keys',
          ),
        reasoned.body,
      );
      await answer(kbri, byOldName, 'decline', 'Asked twice');
      const bare = await refer(jkm, toKbri());
      assert.equal(
        (await answer(kbri, bare, 'accept')).acceptanceNote,
        null,
        'the acceptance note is optional',
      );
      assert.equal((await answer(kbri, bare, 'complete')).completionNote, null, 'the note is optional');
    });

    it('lets the receiving agency pass an accepted referral on to an agency the consent covers, and no further', async () => {
      const first = await refer(jkm, toKbri());
      const early = await kbri.request('POST', `/api/referrals/${first}/re-referrals`, {
        toAgencyId: platform().agencyIds.pdrm,
        purpose: 'investigation',
        services: ['legal_aid'],
        urgency: 'routine',
      });
      assert.deepEqual([early.statusCode, early.json().code], [409, 'referral_not_accepted']);
      await answer(kbri, first, 'accept');
      const onward = (body: Record<string, unknown>) =>
        kbri.request('POST', `/api/referrals/${first}/re-referrals`, {
          purpose: 'investigation',
          services: ['legal_aid'],
          urgency: 'routine',
          ...body,
        });
      const molisa = await onward({ toAgencyId: platform().agencyIds.molisa });
      assert.deepEqual([molisa.statusCode, molisa.json().code], [422, 'consent_does_not_cover_recipient']);
      const notReceiver = await jkm.request('POST', `/api/referrals/${first}/re-referrals`, {
        toAgencyId: platform().agencyIds.pdrm,
        purpose: 'investigation',
        services: ['legal_aid'],
        urgency: 'routine',
      });
      assert.equal(notReceiver.statusCode, 403);
      const sent = await onward({ toAgencyId: platform().agencyIds.pdrm });
      assert.equal(sent.statusCode, 201, sent.body);
      const reReferral = sent.json();
      assert.deepEqual(
        [reReferral.parentReferralId, reReferral.fromAgency.id, reReferral.caseReference],
        [
          first,
          platform().agencyIds.kbri,
          (await kbri.request('GET', `/api/referrals/${first}`)).json().caseReference,
        ],
      );
      const police = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      await answer(police, reReferral.id, 'accept');
      const seen = (await police.request('GET', `/api/referrals/${reReferral.id}`)).json();
      assert.equal(seen.shared.person.names[0].fullName, 'Ani Suryani');
      assert.equal(seen.shared.case.exploitationTypes, null);
      assert.equal((await jkm.request('GET', `/api/referrals/${reReferral.id}`)).statusCode, 404);
      // The embassy passed it on: it sees the data through the referral it received, not this one.
      assert.equal((await kbri.request('GET', `/api/referrals/${reReferral.id}`)).json().shared, null);
    });

    it('lists overdue referrals for both sides, a page at a time', async () => {
      const overdue = await refer(jkm, toKbri());
      await platform().db.query(
        `update referral set response_deadline = now() - interval '1 hour' where id = $1`,
        [overdue],
      );
      for (const [session, direction] of [
        [jkm, 'outgoing'],
        [kbri, 'incoming'],
      ] as const) {
        const list = (
          await session.request('GET', `/api/referrals?direction=${direction}&overdue=true`)
        ).json();
        assert.deepEqual(
          list.items.map((r: { id: string; overdue: boolean }) => [r.id, r.overdue]),
          [[overdue, true]],
        );
      }
      const pending = (await jkm.request('GET', '/api/referrals?status=pending&overdue=false')).json().items;
      assert.ok(pending.length > 0 && pending.every((r: { overdue: boolean }) => !r.overdue));
      const first = (await jkm.request('GET', '/api/referrals?limit=2')).json();
      const second = (await jkm.request('GET', `/api/referrals?limit=2&cursor=${first.nextCursor}`)).json();
      assert.equal(second.items.length, 2);
      assert.ok(
        second.items.every((r: { id: string }) => !first.items.some((f: { id: string }) => f.id === r.id)),
      );
    });

    it('pages through the referrals an agency sent and received together, newest first, none twice', async () => {
      const embassyCase = await personWithCase(kbri);
      const toJkm = {
        caseId: embassyCase.caseId,
        consentId: await recordConsent(kbri, embassyCase.personId, {
          recipientAgencyIds: [platform().agencyIds.jkm],
          purposes: ['repatriation', 'legal_aid'],
          dataCategories: ['identity'],
        }),
        toAgencyId: platform().agencyIds.jkm,
        purpose: 'repatriation',
      };
      // Each for another purpose: a second pending referral for the same one is refused (decision 0059).
      await refer(kbri, toJkm);
      await refer(jkm, { ...toKbri(), purpose: 'investigation' });
      await refer(kbri, { ...toJkm, purpose: 'legal_aid' });
      const ids = async (direction: string) =>
        (await jkm.request('GET', `/api/referrals?direction=${direction}&limit=100`))
          .json()
          .items.map((r: { id: string }) => r.id) as string[];
      const [incoming, outgoing] = [await ids('incoming'), await ids('outgoing')];
      assert.ok(incoming.length >= 2 && outgoing.length >= 2);
      const paged: { id: string; createdAt: string; direction: string }[] = [];
      let cursor = '';
      do {
        const page = (await jkm.request('GET', `/api/referrals?limit=2${cursor}`)).json();
        paged.push(...page.items);
        cursor = page.nextCursor ? `&cursor=${page.nextCursor}` : '';
      } while (cursor);
      assert.deepEqual(paged.map((r) => r.id).sort(), [...incoming, ...outgoing].sort());
      const newestFirst = paged.map((r) => r.createdAt);
      assert.deepEqual(newestFirst, [...newestFirst].sort().reverse());
      assert.deepEqual(new Set(paged.map((r) => r.direction)), new Set(['incoming', 'outgoing']));
    });

    it('refuses referrals to roles that do not manage them', async () => {
      const coordinator = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      assert.equal((await coordinator.request('GET', '/api/referrals')).statusCode, 403);
      assert.equal(
        (
          await coordinator.request('POST', '/api/referrals', {
            ...toKbri(),
            services: ['shelter'],
            urgency: 'routine',
          })
        ).statusCode,
        403,
      );
    });
  });
}
