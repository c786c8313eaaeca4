import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { openInvestigation, referredVictim } from '../prosecution/prosecution.factory.ts';
import { dimensions } from '../statistics/statistics.repo.ts';
import { caseWithPersonalData, closeCase } from './retention.factory.ts';
import { runRetention } from './retention.job.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`retention: closed cases anonymised past their period [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let kept: Awaited<ReturnType<typeof caseWithPersonalData>>;
    let heldCaseId: string;
    let figuresBefore: unknown[];
    const run = (dryRun = false) => {
      const { db, keyring, config } = platform();
      return runRetention({ db, keyring, attachmentsDir: config.attachmentsDir, dryRun });
    };
    const period = 'from=2010-01-01&to=2029-12-31';
    const figures = async () =>
      Promise.all(
        [
          ...dimensions.map(
            (dimension) => `/api/statistics/victims?${period}&groupBy=year&dimension=${dimension}`,
          ),
          `/api/statistics/tip?${period}`,
          `/api/statistics/dashboard?${period}&groupBy=year`,
        ].map(async (url) => {
          const response = await jkm.request('GET', url);
          assert.equal(response.statusCode, 200, response.body);
          const { generatedAt: _generatedAt, ...figures } = response.json();
          return figures;
        }),
      );
    const fileOf = (agencyId: string, id: string) =>
      path.join(platform().config.attachmentsDir, agencyId, id);

    it('finds nothing to do while closed cases are within their period', async () => {
      const { app, agencyIds } = platform();
      jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      kept = await caseWithPersonalData(platform(), jkm);
      await closeCase(jkm, kept.caseId);
      const officer = await signInAs(app, 'officer.pdrm@demo.lindung.org');
      const investigator = await signInAs(app, 'investigator.pdrm@demo.lindung.org');
      const referred = await referredVictim(jkm, officer, agencyIds.pdrm);
      heldCaseId = referred.caseId;
      const investigationId = await openInvestigation(investigator);
      const link = await investigator.request('POST', `/api/investigations/${investigationId}/victims`, {
        referralId: referred.referralId,
      });
      assert.equal(link.statusCode, 201, link.body);
      await closeCase(jkm, heldCaseId);
      const report = await run();
      assert.equal(report.due, 0);
      assert.equal(report.anonymisedCases, 0);
    });

    it('reports in a dry run what is past the default ten years, and changes nothing', async () => {
      await platform().db.query(
        `update case_file set closed_at = now() - interval '11 years' where id = any ($1::uuid[])`,
        [[kept.caseId, heldCaseId]],
      );
      figuresBefore = await figures();
      const report = await run(true);
      assert.equal(report.dryRun, true);
      assert.equal(report.due, 2);
      assert.equal(report.held, 1, 'the case an investigation waits for is held');
      assert.equal(report.anonymisedCases, 0);
      assert.deepEqual(report.byAgency, [
        { agencyId: platform().agencyIds.jkm, recordType: 'victim_case', years: 10, due: 2, held: 1 },
      ]);
      const person = await jkm.request('GET', `/api/persons/${kept.personId}`);
      assert.equal(person.json().names[0].fullName, 'Ani Suryani');
    });

    it('erases the personal data and its search keys and files, keeping every figure', async () => {
      const report = await run();
      assert.equal(report.anonymisedCases, 1);
      assert.equal(report.anonymisedPersons, 1);
      assert.equal(report.removedFiles, 2);
      const { db, agencyIds } = platform();
      const count = async (sql: string) => (await db.query<{ n: number }>(sql, [kept.personId]))[0]?.n;
      assert.equal(await count('select count(*)::int as n from person_name where person_id = $1'), 0);
      assert.equal(await count('select count(*)::int as n from identity_document where person_id = $1'), 0);
      assert.equal(await count('select count(*)::int as n from person_photo where person_id = $1'), 0);
      const [person] = await db.query<Record<string, unknown>>('select * from person where id = $1', [
        kept.personId,
      ]);
      assert.equal(person?.contact, null);
      assert.equal(person?.address, null);
      assert.equal(person?.birth_date, null);
      assert.equal(person?.birth_precision, 'estimated');
      const [caseRow] = await db.query<Record<string, unknown>>('select * from case_file where id = $1', [
        kept.caseId,
      ]);
      assert.equal(caseRow?.summary, null);
      assert.equal(caseRow?.recruitment_place, null);
      assert.equal(caseRow?.close_reason, null);
      assert.ok(caseRow?.anonymised_at);
      const notes = await db.query('select 1 from case_note where case_id = $1', [kept.caseId]);
      assert.equal(notes.length, 0);
      assert.equal(existsSync(fileOf(agencyIds.jkm, kept.attachmentId)), false, 'the case file is gone');
      assert.equal(existsSync(fileOf(agencyIds.jkm, kept.photoId)), false, 'the photo is gone');
      const search = await jkm.request('GET', '/api/persons/matches?name=Ani%20Suryani');
      assert.equal(search.statusCode, 200, search.body);
      assert.ok(
        !search.json().items.some((item: { id: string }) => item.id === kept.personId),
        'the name no longer finds the person',
      );
      assert.deepEqual(await figures(), figuresBefore);
      const audit = await db.query<{ action: string; subject_id: string }>(
        `select action, subject_id from audit_event where action in ('case.anonymise', 'person.anonymise') order by action`,
      );
      assert.deepEqual(
        audit.map((entry) => [entry.action, entry.subject_id]),
        [
          ['case.anonymise', kept.caseId],
          ['person.anonymise', kept.personId],
        ],
      );
      const held = await jkm.request('GET', `/api/cases/${heldCaseId}`);
      assert.ok(held.json().summary, 'the held case keeps its data');
    });

    it('does nothing more when run again', async () => {
      const report = await run();
      assert.equal(report.due, 1);
      assert.equal(report.held, 1);
      assert.equal(report.anonymisedCases, 0);
      const person = await jkm.request('GET', `/api/persons/${kept.personId}`);
      assert.equal(person.statusCode, 200, person.body);
      assert.deepEqual(person.json().names, []);
      assert.deepEqual(person.json().documents, []);
    });
  });
}
