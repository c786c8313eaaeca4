import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';

const trainerPermissions = ['training:manage'];

/* With the application's checks switched off, what the database shows and refuses by itself. */
for (const kind of await testDatabaseKinds()) {
  describe(`training in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    let trainer: TestSession;
    let jkm: TestSession;
    let pdrm: TestSession;
    let gugus: TestSession;
    let sessionId: string;
    let present: string;
    let absent: string;

    const asTenant = tenantQuery(() => platform().db);
    const refused = (error: { code?: string }) => error.code === '42501';

    it('sets up a session of one place with two participants, one present', async () => {
      trainer = await signInAs(platform().app, 'trainer.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      pdrm = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const course = await trainer.request('POST', '/api/training-courses', {
        title: 'Victim-centred interviewing',
        topic: 'victim_protection',
        curriculum: 'Trauma; interpreters.',
        languages: ['ms'],
      });
      assert.equal(course.statusCode, 201, course.body);
      const session = await trainer.request('POST', `/api/training-courses/${course.json().id}/sessions`, {
        startsOn: '2026-05-04',
        endsOn: '2026-05-04',
        mode: 'online',
        trainers: ['Mohd Faizal Hamid'],
        capacity: 1,
        language: 'ms',
      });
      sessionId = session.json().id;
      assert.equal(
        (await jkm.request('POST', `/api/training-sessions/${sessionId}/registrations`, {})).statusCode,
        201,
      );
      const both = await pdrm.request('POST', `/api/training-sessions/${sessionId}/registrations`, {});
      assert.equal(both.statusCode, 201, both.body);
      assert.equal(both.json().participants.length, 1, 'PDRM sees its own participant only');
      const all = await trainer.request('GET', `/api/training-sessions/${sessionId}`);
      [present, absent] = (all.json().participants as { id: string }[]).map((p) => p.id) as [string, string];
      const marked = await trainer.request('POST', `/api/training-sessions/${sessionId}/attendance`, {
        records: [{ participantId: present, attended: true }],
      });
      assert.equal(marked.statusCode, 200, marked.body);
    });

    it('refuses attendance over the capacity in the database itself', async () => {
      await assert.rejects(
        asTenant(
          trainer,
          trainerPermissions,
          'update training_participant set attended = true where id = $1',
          [absent],
        ),
        (error: { code?: string }) => error.code === '23514',
      );
      const viaApi = await trainer.request('POST', `/api/training-sessions/${sessionId}/attendance`, {
        records: [{ participantId: absent, attended: true }],
      });
      assert.equal(viaApi.statusCode, 422);
    });

    it('refuses a certificate for someone who did not attend, and by anyone but the running agency', async () => {
      const insert = `insert into training_certificate (participant_id, code, holder_name, course_title, completed_on, issuing_agency_id, issued_by)
                      values ($1, $2, 'Name', 'Course', '2026-05-04', $3, $4)`;
      await assert.rejects(
        asTenant(trainer, trainerPermissions, insert, [
          absent,
          'AAAA-BBBB-CCCC',
          trainer.agencyId,
          trainer.userId,
        ]),
        refused,
        'did not attend',
      );
      await assert.rejects(
        asTenant(jkm, trainerPermissions, insert, [present, 'AAAA-BBBB-CCCD', jkm.agencyId, jkm.userId]),
        refused,
        'not the running agency',
      );
      const own = await asTenant(trainer, trainerPermissions, `${insert} returning id`, [
        present,
        'AAAA-BBBB-CCCE',
        trainer.agencyId,
        trainer.userId,
      ]);
      assert.equal(own.length, 1);
    });

    it('keeps a certificate holder marked present in the database itself', async () => {
      await assert.rejects(
        asTenant(
          trainer,
          trainerPermissions,
          'update training_participant set attended = false where id = $1',
          [present],
        ),
        (error: { code?: string }) => error.code === '23514',
      );
    });

    it('keeps participants to their agency and the running agency, and everything from another country', async () => {
      const ofSession = `select 1 from training_certificate t join training_participant p on p.id = t.participant_id
                          where p.session_id = $1`;
      assert.equal(
        (await asTenant(pdrm, [], 'select 1 from training_participant where session_id = $1', [sessionId]))
          .length,
        1,
      );
      assert.equal(
        (await asTenant(pdrm, [], ofSession, [sessionId])).length,
        0,
        "JKM's participant's certificate is not PDRM's to see",
      );
      assert.equal((await asTenant(jkm, [], ofSession, [sessionId])).length, 1);
      for (const table of [
        'training_course',
        'training_session',
        'training_participant',
        'training_certificate',
      ]) {
        assert.deepEqual(await asTenant(gugus, trainerPermissions, `select 1 from ${table}`), [], table);
      }
      await assert.rejects(
        asTenant(
          pdrm,
          trainerPermissions,
          `update training_participant set attended = true where session_id = $1 returning id`,
          [sessionId],
        ).then((rows) => {
          if (rows.length === 0) throw Object.assign(new Error('no row'), { code: '42501' });
        }),
        refused,
        'only the running agency records attendance',
      );
      await assert.rejects(
        asTenant(
          pdrm,
          [],
          `insert into training_participant (session_id, user_id, full_name, agency_id, role, registered_by)
           values ($1, null, 'Someone', $2, 'case_manager', $3)`,
          [sessionId, jkm.agencyId, pdrm.userId],
        ),
        refused,
        'a user registers only themselves',
      );
    });

    it('gives national counts, never names, to statistics:read of the country only', async () => {
      // The demo's certified session of November 2025 trained two of its three participants.
      const figures = (session: TestSession, permissions: string[]) =>
        asTenant(
          session,
          permissions,
          "select key, trained from lindung_training_figures('2025-01-01', '2025-12-31', 'agency')",
        );
      const coordinator = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      const national = (await figures(coordinator, ['statistics:read'])) as { trained: number }[];
      assert.equal(
        national.reduce((sum, row) => sum + row.trained, 0),
        2,
      );
      assert.deepEqual(
        await figures(coordinator, ['coordination:manage']),
        [],
        'not without statistics:read',
      );
      assert.deepEqual(
        await figures(trainer, trainerPermissions),
        [],
        'a trainer reads the sessions instead',
      );
      assert.deepEqual(await figures(gugus, ['statistics:read']), [], "not another country's");
      assert.deepEqual(
        await asTenant(
          coordinator,
          ['statistics:read'],
          'select full_name from training_participant where agency_id = $1',
          [pdrm.agencyId],
        ),
        [],
        "the coordinator still reads no other agency's participants",
      );
    });

    it('keeps scores from the application role, counts whole sessions only in the same country', async () => {
      await assert.rejects(
        asTenant(jkm, ['case:read'], 'select pre_score from training_participant where id = $1', [present]),
        refused,
        'the columns are not granted to the application role',
      );
      const scores = (who: TestSession, permissions: string[]) =>
        asTenant<{ pre_score: string | null }>(
          who,
          permissions,
          'select pre_score from lindung_training_scores($1)',
          [present],
        );
      await asTenant(
        trainer,
        trainerPermissions,
        'update training_participant set pre_score = 70 where id = $1',
        [present],
      );
      assert.equal(
        Number((await scores(trainer, trainerPermissions))[0]?.pre_score),
        70,
        'the trainer reads them',
      );
      const [colleague] = await platform().db.query<{ id: string }>(
        "select id from app_user where email = 'health.jkm@demo.lindung.org'",
      );
      const jkmColleague = { userId: colleague?.id as string, agencyId: jkm.agencyId };
      const presentIsJkm = (
        await platform().db.query<{ agency_id: string }>(
          'select agency_id from training_participant where id = $1',
          [present],
        )
      )[0]?.agency_id;
      const owner = presentIsJkm === jkm.agencyId ? jkm : pdrm;
      assert.equal(
        Number((await scores(owner, ['case:read']))[0]?.pre_score),
        70,
        'the participant reads their own',
      );
      assert.equal((await scores(jkmColleague as TestSession, ['case:read']))[0]?.pre_score ?? null, null);
      assert.equal(
        (await scores(gugus, ['user:manage']))[0]?.pre_score ?? null,
        null,
        "not another country's",
      );
      const counts = (who: TestSession) =>
        asTenant<{ registered: number }>(
          who,
          ['case:read'],
          'select registered from lindung_training_session_counts($1)',
          [sessionId],
        );
      assert.equal((await counts(jkm))[0]?.registered, 2, 'every registration, not only JKM\u2019s');
      assert.equal((await counts(gugus))[0]?.registered, 0, "another country's session counts nothing");
      const places = await asTenant(
        gugus,
        ['case:read'],
        'select * from lindung_training_registration_positions($1)',
        [sessionId],
      );
      assert.deepEqual(places, [], "nor shows another country's registrations");
    });
  });
}
