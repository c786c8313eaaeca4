import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { answer, personWithCase, recordConsent, refer } from './referral.factory.ts';

const caseWorker = [
  'person:read',
  'person:write',
  'case:read',
  'case:write',
  'consent:record',
  'referral:manage',
];

/*
 * What the database shares and refuses by itself: statements run directly as the application role
 * with a tenant's settings, no route or policy in between.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`referrals in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const tenant = tenantQuery(() => platform().db);
    let jkm: TestSession;
    let kbri: TestSession;
    let molisa: TestSession;
    let personId: string;
    let caseId: string;
    let consentId: string;
    let referralId: string;

    const asTenant = <Row>(
      session: TestSession,
      statement: string,
      params: unknown[],
      permissions: string[] = caseWorker,
    ) => tenant<Row>(session, permissions, statement, params);
    const shared = (session: TestSession, permissions?: string[]) =>
      asTenant<Record<string, unknown>>(
        session,
        'select * from lindung_referral_shared($1)',
        [referralId],
        permissions,
      );
    const refused = (code: string) => (error: { code?: string }) => error.code === code;

    it('sets up a referral to the embassy, accepted, under consent to share identity and case facts', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      ({ personId, caseId } = await personWithCase(jkm));
      // The embassy, and (for a re-referral back) Malaysia's welfare department.
      consentId = await recordConsent(jkm, personId, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        recipientAgencyTypes: ['welfare'],
        recipientCountry: 'MY',
        purposes: ['repatriation'],
        dataCategories: ['identity', 'case_facts'],
      });
      referralId = await refer(jkm, {
        caseId,
        consentId,
        toAgencyId: platform().agencyIds.kbri,
        purpose: 'repatriation',
      });
      await answer(kbri, referralId, 'accept');
    });

    it('gives an agency that neither sent nor received the referral nothing at all', async () => {
      assert.deepEqual(await shared(molisa), []);
      assert.deepEqual(await asTenant(molisa, 'select * from referral where id = $1', [referralId]), []);
      const [state] = await asTenant<{ state: string | null }>(
        molisa,
        'select lindung_referral_consent_state($1) as state',
        [referralId],
      );
      assert.equal(state?.state, null);
      const [basis] = await asTenant<{ problems: string[] | null }>(
        molisa,
        `select lindung_referral_basis_problems($1, $2, $3, 'repatriation') as problems`,
        [consentId, caseId, molisa.agencyId],
      );
      assert.equal(basis?.problems, null);
    });

    it('nulls every category the consent does not cover', async () => {
      const [row] = await shared(kbri);
      assert.ok(row);
      assert.equal(row.stage, 'accepted');
      assert.equal(row.nationality, 'ID');
      assert.equal((row.names as unknown[]).length, 2);
      assert.equal(row.exploitation_place, 'Kinabatangan, Sabah');
      assert.deepEqual([row.contact, row.address, row.documents, row.summary], [null, null, null, null]);
    });

    it("nulls a case's facts for the receiving agency when the consent covers identity only, read without the API", async () => {
      const other = await personWithCase(jkm);
      const identityOnly = await recordConsent(jkm, other.personId, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      const identityReferral = await refer(jkm, {
        caseId: other.caseId,
        consentId: identityOnly,
        toAgencyId: platform().agencyIds.kbri,
        purpose: 'repatriation',
      });
      await answer(kbri, identityReferral, 'accept');
      const [row] = await asTenant<Record<string, unknown>>(
        kbri,
        'select * from lindung_referral_shared($1)',
        [identityReferral],
      );
      assert.ok(row);
      assert.equal(row.nationality, 'ID', 'what the consent covers is shared');
      const facts = [
        'exploitation_types',
        'labour_sector',
        'recruitment_place',
        'recruitment_country',
        'recruited_on',
        'exploitation_place',
        'exploitation_country',
        'exploitation_started_on',
        'exploitation_ended_on',
        'summary',
        'contact',
        'address',
        'documents',
      ];
      assert.deepEqual(
        Object.fromEntries(facts.map((fact) => [fact, row[fact]])),
        Object.fromEntries(facts.map((fact) => [fact, null])),
      );
      // Nor by the case's own row: the shared view is the only way in.
      assert.deepEqual(
        await asTenant(kbri, 'select exploitation_place from case_file where id = $1', [other.caseId]),
        [],
      );
    });

    it('shows nothing to a user of the receiving agency who may not read persons and cases', async () => {
      assert.deepEqual(await shared(kbri, ['referral:manage']), []);
    });

    it('gives the receiving agency nothing from the tables of persons, cases and consents', async () => {
      const reads: [string, string][] = [
        ['select id from person where id = $1', personId],
        ['select id from person_name where person_id = $1', personId],
        ['select id from identity_document where person_id = $1', personId],
        ['select id from case_file where id = $1', caseId],
        ['select case_id from case_person where case_id = $1', caseId],
        ['select id from case_event where case_id = $1', caseId],
        ['select id from consent where id = $1', consentId],
      ];
      for (const [statement, id] of reads) {
        assert.deepEqual(await asTenant(kbri, statement, [id]), [], statement);
      }
    });

    it('refuses referral rows the consent does not allow, or not resting on the sender’s own case', async () => {
      // A copy of the referral's case, person and consent, sent from $1 to $2 (as a re-referral of $5 if given).
      const insert = `insert into referral (agency_id, to_agency_id, case_id, case_reference, person_id, consent_id,
                        purpose, services, urgency, response_deadline, created_by, parent_referral_id)
                      select $1, $2, r.case_id, r.case_reference, r.person_id, r.consent_id, 'repatriation',
                             '{repatriation}', 'routine', now() + interval '1 day', $3, $5
                        from referral r where r.id = $4
                      returning id`;
      const { jkm: jkmId, molisa: molisaId } = platform().agencyIds;
      await assert.rejects(
        asTenant(jkm, insert, [jkmId, molisaId, jkm.userId, referralId, null]),
        refused('42501'),
        'a recipient the consent does not cover',
      );
      // The embassy sees the referral and the consent covers JKM, but the case is not the embassy's to
      // refer: it may only pass on the referral it accepted.
      await assert.rejects(
        asTenant(kbri, insert, [kbri.agencyId, jkmId, kbri.userId, referralId, null]),
        refused('42501'),
        'the receiving agency sending the case on as if it were its own',
      );
      const reReferral = await asTenant(kbri, insert, [
        kbri.agencyId,
        jkmId,
        kbri.userId,
        referralId,
        referralId,
      ]);
      assert.equal(reReferral.length, 1, 'the same row as a re-referral of the accepted referral');
    });

    it('lets each side take only its own steps of the workflow, and change nothing else', async () => {
      await assert.rejects(
        asTenant(
          jkm,
          `update referral set status = 'completed', completed_at = now(), completed_by = $2 where id = $1`,
          [referralId, jkm.userId],
        ),
        refused('23514'),
      );
      await assert.rejects(
        asTenant(kbri, `update referral set decline_reason = 'rewritten' where id = $1`, [referralId]),
        refused('23514'),
      );
      // A completion note comes only with completing (and stays): not added afterwards, not on another step.
      await assert.rejects(
        asTenant(kbri, `update referral set completion_note = 'added later' where id = $1`, [referralId]),
        refused('23514'),
      );
      // So does the acceptance note (the accept step's `note`): only with accepting, and only by the receiver.
      await assert.rejects(
        asTenant(kbri, `update referral set acceptance_note = 'added later' where id = $1`, [referralId]),
        refused('23514'),
      );
      await assert.rejects(
        asTenant(jkm, `update referral set acceptance_note = 'from the sender' where id = $1`, [referralId]),
        refused('23514'),
      );
      await assert.rejects(
        asTenant(kbri, `update referral set response_deadline = now() where id = $1`, [referralId]),
        refused('42501'),
      );
      assert.deepEqual(
        await asTenant(molisa, `update referral set status = 'completed' where id = $1 returning id`, [
          referralId,
        ]),
        [],
      );
    });

    it('stops sharing the day the consent expires, and for good once it is withdrawn', async () => {
      await platform().db.query(
        `update consent set expires_on = current_date - 1, given_on = current_date - 10 where id = $1`,
        [consentId],
      );
      assert.deepEqual(await shared(kbri), []);
      await platform().db.query('update consent set expires_on = null where id = $1', [consentId]);
      assert.equal((await shared(kbri)).length, 1);
      await jkm.request('POST', `/api/consents/${consentId}/withdraw`, {});
      assert.deepEqual(await shared(kbri), []);
      assert.deepEqual(await shared(jkm), []);
      const undone = await asTenant(
        jkm,
        'update consent set withdrawn_at = null, withdrawn_by = null where id = $1 returning id',
        [consentId],
      );
      assert.deepEqual(undone, []);
    });
  });
}
