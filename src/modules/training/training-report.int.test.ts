import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';

interface Row {
  key: string;
  label: string;
  trained: number | null;
  certified: number | null;
  suppressed?: true;
}

for (const kind of await testDatabaseKinds()) {
  describe(`national training figures [${kind}]`, () => {
    // A threshold of 3 hides 1 and 2, so that a few participants show both sides.
    const platform = useTestPlatform(kind, { env: { LINDUNG_SMALL_CELL_THRESHOLD: '3' } });
    let trainer: TestSession;
    let coordinator: TestSession;
    const period = 'from=2024-01-01&to=2024-12-31';

    it('runs a session of 2024 for four JKM officers, two PDRM officers, one of JPW and one of the council', async () => {
      trainer = await signInAs(platform().app, 'trainer.mapo@demo.lindung.org');
      coordinator = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      const course = await trainer.request('POST', '/api/training-courses', {
        title: 'Victim-centred interviewing',
        topic: 'victim_protection',
        curriculum: 'Trauma; interpreters; consent.',
        languages: ['ms'],
      });
      assert.equal(course.statusCode, 201, course.body);
      const session = await trainer.request('POST', `/api/training-courses/${course.json().id}/sessions`, {
        startsOn: '2024-05-06',
        endsOn: '2024-05-08',
        mode: 'in_person',
        place: 'Kuala Lumpur',
        trainers: ['Lim Mei Ling'],
        capacity: 20,
        language: 'ms',
      });
      assert.equal(session.statusCode, 201, session.body);
      const sessionId = session.json().id;
      const { jkm, pdrm, jpw, mapo } = platform().agencyIds;
      const people = [
        ['Aisyah', jkm, 'case_manager'],
        ['Badrul', jkm, 'case_manager'],
        ['Chong', jkm, 'case_manager'],
        ['Devi', jkm, 'agency_admin'],
        ['Elango', pdrm, 'frontline_officer'],
        ['Farid', pdrm, 'investigator'],
        ['Hana', jpw, 'shelter_manager'],
        ['Gan', mapo, 'coordinator'],
      ] as const;
      for (const [fullName, agencyId, role] of people) {
        const added = await trainer.request('POST', `/api/training-sessions/${sessionId}/registrations`, {
          fullName,
          agencyId,
          role,
        });
        assert.equal(added.statusCode, 201, added.body);
      }
      const detail = await trainer.request('GET', `/api/training-sessions/${sessionId}`);
      const ids = detail.json().participants.map((p: { id: string }) => p.id) as string[];
      const attended = await trainer.request('POST', `/api/training-sessions/${sessionId}/attendance`, {
        records: ids.map((participantId) => ({ participantId, attended: true })),
      });
      assert.equal(attended.statusCode, 200, attended.body);
      const issued = await trainer.request('POST', `/api/training-sessions/${sessionId}/certificates`, {
        participantIds: ids.slice(0, 7),
      });
      assert.equal(issued.statusCode, 201, issued.body);
    });

    it("gives the national coordinator the country's figures by agency, its own exact, small cells of others hidden", async () => {
      const report = await coordinator.request('GET', `/api/training/report?${period}&by=agency`);
      assert.equal(report.statusCode, 200, report.body);
      const body = report.json();
      assert.equal(body.scope, 'national');
      assert.equal(body.suppressionThreshold, 3);
      const { jkm, pdrm, jpw, mapo } = platform().agencyIds;
      const byKey = new Map((body.rows as Row[]).map((row) => [row.key, row]));
      assert.deepEqual(byKey.get(jkm), {
        key: jkm,
        label: 'Jabatan Kebajikan Masyarakat',
        trained: 4,
        certified: 4,
      });
      assert.deepEqual(
        [byKey.get(mapo)?.trained, byKey.get(mapo)?.certified, byKey.get(mapo)?.suppressed],
        [1, 0, undefined],
        "the coordinator's own agency is exact",
      );
      // PDRM's 2 and JPW's 1 are hidden; together they hold 3, so the total minus the shown rows
      // does not give either back, and JKM's 4 can be shown.
      for (const agency of [pdrm, jpw]) {
        assert.deepEqual(
          [byKey.get(agency)?.trained, byKey.get(agency)?.certified, byKey.get(agency)?.suppressed],
          [null, null, true],
        );
      }
      assert.deepEqual(body.total, { trained: 8, certified: 7 });
    });

    it('counts nationally by role, topic and month with every small cell hidden', async () => {
      const roles = (await coordinator.request('GET', `/api/training/report?${period}&by=role`)).json();
      const byRole = new Map((roles.rows as Row[]).map((row) => [row.key, row]));
      assert.deepEqual([byRole.get('case_manager')?.trained, byRole.get('case_manager')?.certified], [3, 3]);
      assert.deepEqual(
        [byRole.get('coordinator')?.trained, byRole.get('coordinator')?.suppressed],
        [null, true],
        'one person of a role is hidden, even of the viewer’s agency, as roles mix agencies',
      );
      const topics = (await coordinator.request('GET', `/api/training/report?${period}&by=topic`)).json();
      assert.deepEqual(topics.rows, [
        { key: 'victim_protection', label: 'Protecting and supporting victims', trained: 8, certified: 7 },
      ]);
      const months = (await coordinator.request('GET', `/api/training/report?${period}&by=month`)).json();
      assert.deepEqual(
        (months.rows as Row[]).map((row) => [row.key, row.trained]),
        [['2024-05', 8]],
      );
    });

    it('keeps the trainer’s view to the sessions the trainer runs, exact, and other countries out', async () => {
      const own = (await trainer.request('GET', `/api/training/report?${period}&by=agency`)).json();
      assert.equal(own.scope, 'visible');
      assert.deepEqual(own.total, { trained: 8, certified: 7 });
      const gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const abroad = (await gugus.request('GET', `/api/training/report?${period}&by=agency`)).json();
      assert.deepEqual([abroad.rows, abroad.total], [[], { trained: 0, certified: 0 }]);
    });

    it('counts a person certified by two courses once, in both the visible and the national figures', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      for (const title of ['Labour inspection basics', 'Debt bondage']) {
        const course = await trainer.request('POST', '/api/training-courses', {
          title,
          topic: 'identification',
          curriculum: 'Indicators; interviews.',
          languages: ['ms'],
        });
        const session = await trainer.request('POST', `/api/training-courses/${course.json().id}/sessions`, {
          startsOn: '2023-03-06',
          endsOn: '2023-03-07',
          mode: 'online',
          onlineUrl: 'https://meet.example.org/training',
          trainers: ['Lim Mei Ling'],
          capacity: 5,
          language: 'ms',
        });
        assert.equal(session.statusCode, 201, session.body);
        const sessionId = session.json().id;
        const registered = await jkm.request('POST', `/api/training-sessions/${sessionId}/registrations`, {});
        assert.equal(registered.statusCode, 201, registered.body);
        const [participant] = (await trainer.request('GET', `/api/training-sessions/${sessionId}`)).json()
          .participants as { id: string }[];
        assert.ok(participant);
        await trainer.request('POST', `/api/training-sessions/${sessionId}/attendance`, {
          records: [{ participantId: participant.id, attended: true }],
        });
        const issued = await trainer.request('POST', `/api/training-sessions/${sessionId}/certificates`, {
          participantIds: [participant.id],
        });
        assert.equal(issued.statusCode, 201, issued.body);
      }
      const period2023 = 'from=2023-01-01&to=2023-12-31&by=topic';
      const visible = (await trainer.request('GET', `/api/training/report?${period2023}`)).json();
      assert.deepEqual(visible.total, { trained: 1, certified: 1 });
      const [coordinatorUser] = await platform().db.query<{ id: string }>(
        `select id from app_user where email = 'coordinator.mapo@demo.lindung.org'`,
      );
      const [counted] = await tenantQuery(() => platform().db)<{ trained: number; certified: number }>(
        { userId: coordinatorUser?.id as string, agencyId: platform().agencyIds.mapo },
        ['statistics:read'],
        `select trained, certified from lindung_training_figures('2023-01-01', '2023-12-31', 'total')`,
      );
      assert.deepEqual(counted, { trained: 1, certified: 1 });
    });
  });
}
