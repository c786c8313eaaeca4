import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { generateKeyText, parseKeys } from '../../crypto/keyring.ts';
import { reencryptAll } from '../../crypto/rotate.ts';
import { indonesianVictimCase, outcomes, repatriationBody } from '../repatriation/repatriation.factory.ts';

const caseWorker = ['person:read', 'person:write', 'case:read', 'case:write'];
const refused = (code: string) => (error: { code?: string }) => error.code === code;

/*
 * The application's permission checks switched off: what keeps the case from the receiving
 * agency, the workflow to its sides and the plans to their agencies is the database alone.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`return and reintegration with the application's checks off [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const tenant = tenantQuery(() => platform().db);
    let jkm: TestSession;
    let kemensos: TestSession;
    let molisa: TestSession;
    let caseId: string;
    let personId: string;
    let repatriationId: string;
    let planId: string;

    const asTenant = <Row = Record<string, unknown>>(
      session: TestSession,
      statement: string,
      params: unknown[] = [],
      permissions: string[] = caseWorker,
    ) => tenant<Row>(session, permissions, statement, params);

    it('sets up a return from Malaysia to Indonesia', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kemensos = await signInAs(platform().app, 'cm.kemensos@demo.lindung.org');
      molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      ({ caseId, personId } = await indonesianVictimCase(jkm));
      const planned = await jkm.request(
        'POST',
        `/api/cases/${caseId}/repatriations`,
        repatriationBody(platform().agencyIds.kemensos),
      );
      assert.equal(planned.statusCode, 201, planned.body);
      repatriationId = planned.json().id;
    });

    it('refuses the receiver recording the departure, and the sender confirming receipt', async () => {
      const early = await kemensos.request('POST', `/api/repatriations/${repatriationId}/departure`, {
        departedOn: '2025-10-01',
      });
      assert.equal(early.statusCode, 403, early.body);
      const departed = await jkm.request('POST', `/api/repatriations/${repatriationId}/departure`, {
        departedOn: '2025-10-01',
      });
      assert.equal(departed.statusCode, 200, departed.body);
      const own = await jkm.request('POST', `/api/repatriations/${repatriationId}/receipt`, {
        handedOverOn: '2025-10-02',
      });
      assert.equal(own.statusCode, 403, own.body);
      const [row] = await platform().db.query<{ status: string }>('select status from repatriation');
      assert.equal(row?.status, 'departed');
    });

    it('shows the receiver the plan and the person’s minimum, and nothing of the case or person', async () => {
      assert.equal((await kemensos.request('GET', `/api/cases/${caseId}`)).statusCode, 404);
      assert.equal((await kemensos.request('GET', `/api/persons/${personId}`)).statusCode, 404);
      assert.equal((await asTenant(kemensos, 'select id from repatriation')).length, 1);
      for (const table of ['case_file', 'case_event', 'person', 'person_name', 'case_person']) {
        assert.deepEqual(await asTenant(kemensos, `select * from ${table}`), [], table);
      }
      const [minimum] = await asTenant(kemensos, 'select * from lindung_repatriation_person($1)', [
        repatriationId,
      ]);
      assert.deepEqual(minimum, {
        full_name: 'Siti Aminah',
        sex: 'female',
        birth_year: 1998,
        nationality: 'ID',
      });
    });

    it('shows an agency that is not a party nothing at all', async () => {
      assert.deepEqual(await asTenant(molisa, 'select * from repatriation'), []);
      assert.deepEqual(
        await asTenant(molisa, 'select * from lindung_repatriation_person($1)', [repatriationId]),
        [],
      );
      assert.equal((await molisa.request('GET', `/api/repatriations/${repatriationId}`)).statusCode, 404);
      await assert.rejects(
        asTenant(molisa, `select lindung_record_return_event($1, 'case.repatriation_received', '{}')`, [
          repatriationId,
        ]),
        refused('42501'),
      );
      const changed = await asTenant(
        molisa,
        `update repatriation set status = 'cancelled', cancel_reason = 'x' where id = $1 returning id`,
        [repatriationId],
      );
      assert.deepEqual(changed, []);
    });

    it('lets only the receiver write to the sender’s timeline, and only return events', async () => {
      await assert.rejects(
        asTenant(jkm, `select lindung_record_return_event($1, 'case.repatriation_received', '{}')`, [
          repatriationId,
        ]),
        refused('42501'),
      );
      await assert.rejects(
        asTenant(kemensos, `select lindung_record_return_event($1, 'case.closed', '{}')`, [repatriationId]),
        refused('42501'),
      );
    });

    it('never lets the plan itself be rewritten, by either side', async () => {
      for (const session of [jkm, kemensos]) {
        await assert.rejects(
          asTenant(session, `update repatriation set route = 'x' where id = $1`, [repatriationId]),
          refused('42501'),
        );
        await assert.rejects(
          asTenant(session, `update repatriation set updated_at = now() where id = $1`, [repatriationId]),
          refused('42501'),
        );
        await assert.rejects(asTenant(session, 'delete from repatriation'), refused('42501'));
      }
    });

    it('keeps the receiver’s reintegration plan and follow-ups to the receiver', async () => {
      const received = await kemensos.request('POST', `/api/repatriations/${repatriationId}/receipt`, {
        handedOverOn: '2025-10-02',
      });
      assert.equal(received.statusCode, 200, received.body);
      const plan = await kemensos.request('POST', '/api/reintegration-plans', {
        repatriationId,
        goals: ['Home'],
      });
      assert.equal(plan.statusCode, 201, plan.body);
      planId = plan.json().id;
      const followUp = await kemensos.request('POST', `/api/reintegration-plans/${planId}/follow-ups`, {
        heldOn: '2025-11-05',
        outcomes: outcomes(),
      });
      assert.equal(followUp.statusCode, 201, followUp.body);
      for (const session of [jkm, molisa]) {
        assert.deepEqual(await asTenant(session, 'select * from reintegration_plan'), []);
        assert.deepEqual(await asTenant(session, 'select * from reintegration_follow_up'), []);
        assert.equal((await session.request('GET', `/api/reintegration-plans/${planId}`)).statusCode, 404);
      }
    });

    it('refuses in the database a follow-up dated before the return, or on another agency’s plan', async () => {
      const insert = `insert into reintegration_follow_up (plan_id, agency_id, sequence, held_on, outcomes, recorded_by)
                      values ($1, $2, $3, $4, $5::jsonb, $6)`;
      await assert.rejects(
        asTenant(kemensos, insert, [
          planId,
          kemensos.agencyId,
          9,
          '2025-10-01',
          JSON.stringify(outcomes()),
          kemensos.userId,
        ]),
        refused('42501'),
      );
      await assert.rejects(
        asTenant(jkm, insert, [
          planId,
          jkm.agencyId,
          9,
          '2025-11-05',
          JSON.stringify(outcomes()),
          jkm.userId,
        ]),
        refused('42501'),
      );
      await assert.rejects(
        asTenant(kemensos, insert, [
          planId,
          kemensos.agencyId,
          9,
          '2025-11-05',
          JSON.stringify(outcomes({ safety: 'excellent' })),
          kemensos.userId,
        ]),
        refused('23514'),
      );
    });

    it('gives the provincial figures to the plan’s agency and its country’s statistics, and to nobody else', async () => {
      const figures = (session: TestSession, permissions: string[]) =>
        asTenant(
          session,
          `select * from lindung_reintegration_statistics('2025-01-01', '2025-12-31')`,
          [],
          permissions,
        );
      assert.equal((await figures(kemensos, ['case:read'])).length, 1);
      assert.deepEqual(await figures(jkm, ['case:read', 'statistics:read']), [], 'a Malaysian agency');
      assert.deepEqual(await figures(molisa, ['case:read', 'statistics:read']), [], 'a Vietnamese agency');
      const coordinator = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const [national] = await figures(coordinator, ['statistics:read']);
      assert.equal(national?.reintegrated, 1);
      assert.deepEqual(await figures(coordinator, []), [], 'without statistics:read');
    });

    it('lets a key rotation re-encrypt closed and handed-over records, which the workflow keeps as they are', async () => {
      const closed = await kemensos.request('POST', `/api/reintegration-plans/${planId}/closure`, {
        closedOn: '2025-12-01',
        reason: 'moved_away',
        note: 'Moved to Surabaya for work.',
      });
      assert.equal(closed.statusCode, 200, closed.body);
      const current = platform().keyring.current.material.toString('base64');
      const rotated = parseKeys(`${generateKeyText()}\n${current}`, 'test keys');
      const report = await reencryptAll(platform().db, rotated);
      assert.equal(report.reencrypted['repatriation.route'], 1);
      assert.equal(report.reencrypted['reintegration_plan.closure_note'], 1);
      const [row] = await platform().db.query<{ status: string }>('select status from reintegration_plan');
      assert.equal(row?.status, 'closed');
    });
  });
}
