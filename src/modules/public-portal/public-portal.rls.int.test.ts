import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { mapDatabaseError } from '../../db/errors.ts';
import { ValidationError } from '../../shared/errors.ts';
import { aniCaseFacts, aniRecord } from '../referrals/referral.factory.ts';
import { reportBody } from './public-portal.factory.ts';

const triage = ['public_report:triage', 'case:read', 'case:write'];

/* With the application's checks switched off, what the database shows and refuses by itself. */
for (const kind of await testDatabaseKinds()) {
  describe(`public portal in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    let police: TestSession;
    let jkm: TestSession;
    let gugus: TestSession;
    let reportId: string;
    let caseId: string;

    const asTenant = tenantQuery(() => platform().db);
    const refused = (error: { code?: string }) => error.code === '42501';

    it('sets up a report for the police and a case of JKM with a progress code', async () => {
      police = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const made = await platform().app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: await reportBody(platform().app),
      });
      assert.equal(made.statusCode, 201, made.body);
      reportId = (await platform().db.query<{ id: string }>('select id from public_report'))[0]?.id as string;
      const person = await jkm.request('POST', '/api/persons', aniRecord);
      const opened = await jkm.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: person.json().id,
        ...aniCaseFacts,
      });
      caseId = opened.json().id;
      const summary = { stage: 'In a shelter', nextStep: 'Hearing', contactPoint: 'JKM hotline 15999' };
      assert.equal((await jkm.request('PUT', `/api/cases/${caseId}/progress`, summary)).statusCode, 200);
      const issued = await jkm.request('POST', `/api/cases/${caseId}/progress-codes`, { validDays: 7 });
      assert.equal(issued.statusCode, 201, issued.body);
    });

    it("hides the police's reports from another agency, through the API and in SQL", async () => {
      assert.equal((await jkm.request('GET', `/api/public-reports/${reportId}`)).statusCode, 404);
      assert.deepEqual((await jkm.request('GET', '/api/public-reports')).json().items, []);
      assert.deepEqual(await asTenant(jkm, triage, 'select 1 from public_report'), []);
      assert.equal((await asTenant(police, triage, 'select 1 from public_report')).length, 1);
      assert.deepEqual(
        await asTenant(police, ['case:read'], 'select 1 from public_report'),
        [],
        'needs triage',
      );
      const changed = await asTenant(jkm, triage, "update public_report set status = 'closed' returning 1");
      assert.deepEqual(changed, []);
      const closed = await jkm.request('POST', `/api/public-reports/${reportId}/close`, {
        reason: 'no_grounds',
      });
      assert.equal(closed.statusCode, 404);
    });

    it('refuses questions on another agency’s report and inserts of reports by staff', async () => {
      await assert.rejects(
        asTenant(
          jkm,
          triage,
          `insert into public_report_message (report_id, agency_id, direction, body, author_user_id)
           values ($1, $2, 'question', 'x', $3)`,
          [reportId, jkm.agencyId, jkm.userId],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          police,
          triage,
          `insert into public_report_message (report_id, agency_id, direction, body)
           values ($1, $2, 'answer', 'forged answer')`,
          [reportId, police.agencyId],
        ),
        refused,
        'staff cannot write as the reporter',
      );
      await assert.rejects(asTenant(police, triage, 'select 1 from public_attempt'), refused);
      await assert.rejects(asTenant(police, triage, 'select 1 from public_challenge_spent'), refused);
    });

    it("keeps a case's progress codes and summary to the case's agency", async () => {
      assert.equal((await police.request('GET', `/api/cases/${caseId}/progress`)).statusCode, 404);
      assert.equal(
        (await police.request('POST', `/api/cases/${caseId}/progress-codes`, { validDays: 7 })).statusCode,
        404,
      );
      assert.deepEqual(await asTenant(police, triage, 'select 1 from case_progress_code'), []);
      assert.equal((await asTenant(jkm, triage, 'select 1 from case_progress_code')).length, 1);
      await assert.rejects(
        asTenant(
          police,
          triage,
          `insert into case_progress_code (case_id, agency_id, secret_hash, expires_at, issued_by)
           values ($1, $2, $3, now() + interval '1 day', $4)`,
          [caseId, police.agencyId, 'a'.repeat(64), police.userId],
        ),
        refused,
      );
      const revoked = await asTenant(
        police,
        triage,
        'update case_progress_code set revoked_at = now() returning 1',
      );
      assert.deepEqual(revoked, []);
    });

    it("lets coordinators change only their own country's help pages", async () => {
      const changed = await asTenant(
        gugus,
        ['coordination:manage'],
        "update help_content set confirmed = true where country = 'MY' returning 1",
      );
      assert.deepEqual(changed, []);
      await assert.rejects(
        asTenant(
          gugus,
          ['coordination:manage'],
          `insert into help_content (country, topic, translations, updated_by)
           values ('MY', 'campaign', '{"en":{},"ms":{},"id":{},"vi":{}}', $1)`,
          [gugus.userId],
        ),
        refused,
      );
      const own = await asTenant(gugus, [], "select 1 from help_content where country = 'ID'");
      assert.ok(own.length > 0);
      assert.deepEqual(await asTenant(gugus, [], "select 1 from help_content where country = 'MY'"), []);
    });

    it("moves a report only out of the caller's own queue, to an agency of its country, on record for both", async () => {
      const move = (who: TestSession, permissions: string[], to: string) =>
        asTenant(who, permissions, 'select lindung_reroute_public_report($1, $2, $3)', [reportId, to, 'why']);
      const agencyIds = platform().agencyIds;
      await assert.rejects(move(jkm, triage, jkm.agencyId), refused, "another agency's report");
      await assert.rejects(move(police, ['case:read'], jkm.agencyId), refused, 'needs triage');
      // The database's refusals say what the application's checks say: a problem on agencyId.
      const onAgencyId = (error: unknown) => {
        const mapped = mapDatabaseError(error);
        return mapped instanceof ValidationError && mapped.fields[0]?.field === 'agencyId';
      };
      await assert.rejects(move(police, triage, agencyIds.polri as string), onAgencyId, 'not of the country');
      await assert.rejects(
        move(police, triage, agencyIds.tenaganita as string),
        onAgencyId,
        'not a public authority',
      );
      await assert.rejects(
        asTenant(
          police,
          triage,
          `insert into public_report_routing (report_id, from_agency_id, to_agency_id, reason, routed_by)
           values ($1, $2, $3, 'forged', $4)`,
          [reportId, police.agencyId, jkm.agencyId, police.userId],
        ),
        refused,
        'routings are written only by the move',
      );
      await assert.rejects(
        asTenant(
          police,
          triage,
          `select lindung_notify_public_report_triage($1, 'public_report.received', '{}')`,
          [reportId],
        ),
        refused,
        'staff cannot notify at will',
      );
      await assert.rejects(
        asTenant(
          police,
          triage,
          `insert into notification (agency_id, user_id, kind) values ($1, $2, 'public_report.received')`,
          [jkm.agencyId, jkm.userId],
        ),
        refused,
        'nor write notifications',
      );
      const notified = await move(police, triage, jkm.agencyId);
      assert.equal(notified.length, 2, "the receiver's two triage users (JKM's case managers) are notified");
      assert.deepEqual(
        await asTenant(police, triage, 'select 1 from notification where agency_id = $1', [jkm.agencyId]),
        [],
        "the sender does not read the receiver's notifications",
      );
      assert.equal(
        (await asTenant(jkm, triage, "select 1 from notification where kind = 'public_report.rerouted'"))
          .length,
        1,
      );
      assert.deepEqual(await asTenant(police, triage, 'select 1 from public_report'), []);
      assert.deepEqual(await asTenant(police, triage, 'select 1 from public_report_message'), []);
      assert.equal((await asTenant(jkm, triage, 'select 1 from public_report')).length, 1);
      assert.equal((await asTenant(police, triage, 'select 1 from public_report_routing')).length, 1);
      assert.equal((await asTenant(jkm, triage, 'select 1 from public_report_routing')).length, 1);
      assert.deepEqual(await asTenant(gugus, triage, 'select 1 from public_report_routing'), []);
      await platform().db.query(
        "update public_report set status = 'closed', closed_reason = 'resolved' where id = $1",
        [reportId],
      );
      await assert.rejects(
        move(jkm, triage, police.agencyId),
        (error: unknown) => mapDatabaseError(error)?.code === 'report_closed',
        'a closed report stays: report_closed, as the application says',
      );
    });

    it("lets only a system administrator declare regions, not the agency's own administrator", async () => {
      const own = ['agency:update_own'];
      const manage = ['agency:manage'];
      await assert.rejects(
        asTenant(jkm, own, "insert into agency_region (agency_id, region_code) values ($1, 'MY-12')", [
          jkm.agencyId,
        ]),
        refused,
        'a region beats the default agency: its own administrator cannot take a state',
      );
      await asTenant(
        police,
        manage,
        "insert into agency_region (agency_id, region_code) values ($1, 'MY-12')",
        [jkm.agencyId],
      );
      const removed = await asTenant(jkm, own, 'delete from agency_region returning 1');
      assert.deepEqual(removed, [], 'nor drop one');
      assert.equal(
        (await asTenant(police, [], 'select 1 from agency_region where agency_id = $1', [jkm.agencyId]))
          .length,
        1,
        'all read them',
      );
    });

    it('keeps where an investigation came from to the investigating agency', async () => {
      const investigator = await signInAs(platform().app, 'investigator.pdrm@demo.lindung.org');
      const made = await platform().app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: await reportBody(platform().app),
      });
      assert.equal(made.statusCode, 201, made.body);
      const [report] = (await investigator.request('GET', '/api/public-reports?status=received')).json()
        .items;
      const converted = await investigator.request('POST', `/api/public-reports/${report.id}/investigation`, {
        reference: 'RLS/1',
        openedOn: '2026-01-05',
        offenceCodes: ['atipsom.12'],
      });
      assert.equal(converted.statusCode, 200, converted.body);
      const investigating = ['prosecution:manage', 'public_report:triage'];
      assert.equal(
        (await asTenant(investigator, investigating, 'select 1 from investigation_public_report')).length,
        1,
      );
      assert.deepEqual(await asTenant(jkm, investigating, 'select 1 from investigation_public_report'), []);
      assert.deepEqual(await asTenant(investigator, triage, 'select 1 from investigation_public_report'), []);
      await assert.rejects(
        asTenant(
          jkm,
          investigating,
          `insert into investigation_public_report (investigation_id, agency_id, public_report_id, tracking_code,
             what, place, reported_at, created_by)
           values ($1, $2, $3, 'R-AAAA-AAAA', 'x', 'y', now(), $4)`,
          [converted.json().investigationId, jkm.agencyId, report.id, jkm.userId],
        ),
        refused,
        "not from another agency's report",
      );
    });
  });
}
