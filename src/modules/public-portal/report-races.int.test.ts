import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LightMyRequestResponse } from 'fastify';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import type { Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { reportBody } from './public-portal.factory.ts';

const opening = { reference: 'KL/IP/2026/0999', openedOn: '2026-01-05', offenceCodes: ['atipsom.12'] };

/*
 * Changes of one report that meet: a move to another agency, an answer, a question, a closing, a
 * conversion. Each test holds the report's row locked in a transaction of its own while requests
 * start, so that they read the report before the other change commits — the moment a lost update
 * needs. PGlite has a single connection and runs one transaction at a time, so only PostgreSQL
 * can show these.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`changes of a report from the public at the same moment [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const skip = kind === 'pglite' && 'PGlite runs one transaction at a time: changes cannot meet there';
    let police: TestSession;
    let investigator: TestSession;

    async function newReport(): Promise<{ id: string; trackingCode: string; secret: string }> {
      police ??= await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      investigator ??= await signInAs(platform().app, 'investigator.pdrm@demo.lindung.org');
      const made = await platform().app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: await reportBody(platform().app, { regionCode: 'MY-15' }), // no agency covers Labuan: the police's
      });
      assert.equal(made.statusCode, 201, made.body);
      const [row] = await platform().db.query<{ id: string; agency_id: string }>(
        'select id, agency_id from public_report where tracking_code = $1',
        [made.json().trackingCode],
      );
      assert.equal(row?.agency_id, platform().agencyIds.pdrm);
      return { id: row?.id as string, ...made.json() };
    }

    /**
     * Holds the report's row as `tx` locks it, starts the requests (which read the report and
     * then wait for the row), lets them reach the wait, runs `then` in the same transaction and
     * commits; returns the requests' answers.
     */
    async function meeting(
      lock: (work: (tx: Tx) => Promise<void>) => Promise<void>,
      reportId: string,
      requests: () => Promise<LightMyRequestResponse>[],
      then: (tx: Tx) => Promise<void> = async () => {},
    ): Promise<LightMyRequestResponse[]> {
      let started: Promise<LightMyRequestResponse>[] = [];
      await lock(async (tx) => {
        await tx.query('select 1 from public_report where id = $1 for update', [reportId]);
        started = requests();
        await sleep(700);
        await then(tx);
      });
      return Promise.all(started);
    }

    const asPolice = (work: (tx: Tx) => Promise<void>) =>
      inTenant(
        platform().db,
        { userId: police.userId, agencyId: police.agencyId, permissions: ['public_report:triage'] },
        work,
      );
    const asOwner = (work: (tx: Tx) => Promise<void>) => platform().db.transaction(work);
    const reroute = (reportId: string) => (tx: Tx) =>
      tx
        .query('select lindung_reroute_public_report($1, $2, $3)', [
          reportId,
          platform().agencyIds.jkm,
          'Workers in a dormitory: welfare first',
        ])
        .then(() => undefined);
    const answer = (report: { trackingCode: string; secret: string }, text: string) =>
      platform().app.inject({
        method: 'POST',
        url: '/api/public/reports/answers',
        payload: { trackingCode: report.trackingCode, secret: report.secret, answer: text },
      });

    it("gives a reporter's answer sent while the report moves to the agency that receives it", {
      skip,
    }, async () => {
      const report = await newReport();
      await police.request('POST', `/api/public-reports/${report.id}/questions`, {
        question: 'Which floor?',
      });
      const [answered] = await meeting(
        asPolice,
        report.id,
        () => [answer(report, 'The third floor.')],
        reroute(report.id),
      );
      assert.equal(answered?.statusCode, 200, answered?.body);
      const messages = await platform().db.query<{ direction: string; agency_id: string }>(
        'select direction, agency_id from public_report_message where report_id = $1 order by created_at',
        [report.id],
      );
      assert.deepEqual(
        messages.map((m) => [m.direction, m.agency_id]),
        [
          ['question', platform().agencyIds.jkm],
          ['answer', platform().agencyIds.jkm],
        ],
        'the whole conversation is with the receiving agency',
      );
    });

    it('refuses a question asked while the report moves away, as a conflict, and keeps no message behind', {
      skip,
    }, async () => {
      const report = await newReport();
      const [asked] = await meeting(
        asPolice,
        report.id,
        () => [
          police.request('POST', `/api/public-reports/${report.id}/questions`, { question: 'Which floor?' }),
        ],
        reroute(report.id),
      );
      assert.equal(asked?.statusCode, 409, asked?.body);
      assert.equal(asked?.json().code, 'report_moved');
      const left = await platform().db.query(
        'select 1 from public_report_message where report_id = $1 and agency_id <> $2',
        [report.id, platform().agencyIds.jkm],
      );
      assert.equal(left.length, 0);
    });

    it('refuses the losing one of two moves at once with 409', { skip }, async () => {
      const report = await newReport();
      const [moved] = await meeting(
        asPolice,
        report.id,
        () => [
          police.request('POST', `/api/public-reports/${report.id}/reroute`, {
            agencyId: platform().agencyIds.mapo,
            reason: 'The coordinating body',
          }),
        ],
        reroute(report.id),
      );
      assert.equal(moved?.statusCode, 409, moved?.body);
      assert.equal(moved?.json().code, 'report_moved');
    });

    it('does not reopen a report closed while the reporter answers', { skip }, async () => {
      const report = await newReport();
      await police.request('POST', `/api/public-reports/${report.id}/questions`, {
        question: 'Which floor?',
      });
      const [answered] = await meeting(
        asOwner,
        report.id,
        () => [answer(report, 'The third floor.')],
        async (tx) => {
          await tx.query(
            "update public_report set status = 'closed', closed_reason = 'resolved' where id = $1",
            [report.id],
          );
        },
      );
      assert.equal(answered?.statusCode, 422, answered?.body);
      assert.equal(answered?.json().code, 'report_closed');
      const [row] = await platform().db.query<{ status: string }>(
        'select status from public_report where id = $1',
        [report.id],
      );
      assert.equal(row?.status, 'closed');
    });

    it('closes or converts a report, not both, when the two meet', { skip }, async () => {
      const report = await newReport();
      const answers = await meeting(asOwner, report.id, () => [
        police.request('POST', `/api/public-reports/${report.id}/close`, { reason: 'duplicate' }),
        investigator.request('POST', `/api/public-reports/${report.id}/investigation`, opening),
      ]);
      const codes = answers.map((a) => a.statusCode).sort();
      assert.equal(codes.filter((code) => code < 300).length, 1, answers.map((a) => a.body).join('\n'));
      const refused = answers.find((a) => a.statusCode >= 300);
      assert.equal(refused?.statusCode, 422, refused?.body);
      assert.equal(refused?.json().code, 'report_closed');
      const opened = await platform().db.query(
        'select 1 from investigation_public_report where public_report_id = $1',
        [report.id],
      );
      const [row] = await platform().db.query<{ status: string }>(
        'select status from public_report where id = $1',
        [report.id],
      );
      assert.equal(
        opened.length,
        row?.status === 'converted' ? 1 : 0,
        'an investigation only of a converted report',
      );
    });
  });
}
