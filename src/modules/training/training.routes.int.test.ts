import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

interface Participant {
  id: string;
  fullName: string;
  attended: boolean;
  waitlisted: boolean;
  postScore: number | null;
  certificate: { id: string; code: string } | null;
}

for (const kind of await testDatabaseKinds()) {
  describe(`training courses to certificates [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let trainer: TestSession;
    let jkm: TestSession;
    let molisa: TestSession;
    let gugus: TestSession;
    let courseId: string;
    let sessionId: string;
    let participants: Participant[];

    it('creates a course linked to manual chapters and schedules a session of two places', async () => {
      trainer = await signInAs(platform().app, 'trainer.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const manuals = await trainer.request('GET', '/api/training-manuals');
      const chapters = manuals.json().items[0].chapters as { id: string; number: string }[];
      const chapter = (number: string) => chapters.find((c) => c.number === number)?.id;
      const course = await trainer.request('POST', '/api/training-courses', {
        title: 'Identifying victims of trafficking',
        topic: 'identification',
        curriculum: 'Indicators; interviewing; referral.',
        manualChapterIds: [chapter('3'), chapter('4.2')],
        languages: ['ms', 'en'],
        targetRoles: ['frontline_officer', 'case_manager'],
      });
      assert.equal(course.statusCode, 201, course.body);
      courseId = course.json().id;
      assert.deepEqual(
        course
          .json()
          .manualChapters.map((c: { number: string; title: { en: string } }) => [c.number, c.title.en]),
        [
          ['3', 'Identifying victims'],
          ['4.2', 'Working with interpreters'],
        ],
      );
      const refused = await jkm.request('POST', '/api/training-courses', {
        title: 'Not mine',
        topic: 'prevention',
        curriculum: 'x y',
        languages: ['en'],
      });
      assert.equal(refused.statusCode, 403);
      const noPlace = await trainer.request('POST', `/api/training-courses/${courseId}/sessions`, {
        startsOn: '2026-03-10',
        endsOn: '2026-03-12',
        mode: 'in_person',
        trainers: ['Mohd Faizal Hamid'],
        capacity: 2,
        language: 'ms',
      });
      assert.equal(noPlace.statusCode, 400);
      assert.equal(noPlace.json().errors[0].field, 'place');
      const session = await trainer.request('POST', `/api/training-courses/${courseId}/sessions`, {
        startsOn: '2026-03-10',
        endsOn: '2026-03-12',
        mode: 'in_person',
        place: 'Putrajaya',
        trainers: ['Mohd Faizal Hamid'],
        capacity: 2,
        language: 'vi',
      });
      assert.equal(session.statusCode, 201, session.body);
      sessionId = session.json().id;
    });

    it('registers a user themselves and others by the trainer, the third on the waiting list', async () => {
      const self = await jkm.request('POST', `/api/training-sessions/${sessionId}/registrations`, {});
      assert.equal(self.statusCode, 201, self.body);
      assert.equal(
        (await jkm.request('POST', `/api/training-sessions/${sessionId}/registrations`, {})).statusCode,
        409,
      );
      const forOther = await jkm.request('POST', `/api/training-sessions/${sessionId}/registrations`, {
        fullName: 'Someone Else',
        agencyId: platform().agencyIds.pdrm,
        role: 'frontline_officer',
      });
      assert.equal(forOther.statusCode, 403, 'only the running agency registers others');
      for (const [name, agency] of [
        ['Nguyễn Văn An', platform().agencyIds.pdrm],
        ['Siti Aminah', platform().agencyIds.jpw],
      ] as const) {
        const added = await trainer.request('POST', `/api/training-sessions/${sessionId}/registrations`, {
          fullName: name,
          agencyId: agency,
          role: 'frontline_officer',
        });
        assert.equal(added.statusCode, 201, added.body);
      }
      const abroad = await trainer.request('POST', `/api/training-sessions/${sessionId}/registrations`, {
        fullName: 'Dewi',
        agencyId: platform().agencyIds.kbri,
        role: 'case_manager',
      });
      assert.equal(abroad.statusCode, 400, 'an agency of another country');
      assert.equal(abroad.json().errors[0].field, 'agencyId');
      const detail = await trainer.request('GET', `/api/training-sessions/${sessionId}`);
      participants = detail.json().participants;
      assert.deepEqual(
        participants.map((p) => p.waitlisted),
        [false, false, true],
      );
      const ownView = await jkm.request('GET', `/api/training-sessions/${sessionId}`);
      assert.deepEqual(
        ownView.json().participants.map((p: Participant) => p.fullName),
        ['Nurul Huda Ismail'],
        'another agency sees its own staff only',
      );
      assert.equal(ownView.json().participants[0].waitlisted, false);
      const shelter = await signInAs(platform().app, 'shelter.jpw@demo.lindung.org');
      const shelterView = (await shelter.request('GET', `/api/training-sessions/${sessionId}`)).json();
      assert.deepEqual(
        shelterView.participants.map((p: Participant) => [p.fullName, p.waitlisted]),
        [['Siti Aminah', true]],
        'a participant of another agency learns their place among all registrations',
      );
      const courseSeenElsewhere = await jkm.request('GET', `/api/training-courses/${courseId}`);
      assert.equal(courseSeenElsewhere.json().sessions[0].registered, 3, 'counted whole, not only own staff');
    });

    it('refuses attendance over the capacity and a certificate for someone who did not attend', async () => {
      const [a, b, c] = participants as [Participant, Participant, Participant];
      const over = await trainer.request('POST', `/api/training-sessions/${sessionId}/attendance`, {
        records: [
          { participantId: a.id, attended: true },
          { participantId: b.id, attended: true },
          { participantId: c.id, attended: true },
        ],
      });
      assert.equal(over.statusCode, 422, over.body);
      assert.equal(over.json().code, 'training_over_capacity');
      const recorded = await trainer.request('POST', `/api/training-sessions/${sessionId}/attendance`, {
        records: [
          { participantId: a.id, attended: true, preScore: 40, postScore: 85 },
          { participantId: b.id, attended: true, preScore: 60, postScore: 90 },
          { participantId: c.id, attended: false, preScore: 55 },
        ],
      });
      assert.equal(recorded.statusCode, 200, recorded.body);
      assert.equal(recorded.json().attendedCount, 2);
      assert.equal(
        (
          await jkm.request('POST', `/api/training-sessions/${sessionId}/attendance`, {
            records: [{ participantId: c.id, attended: true }],
          })
        ).statusCode,
        403,
      );
      const absent = await trainer.request('POST', `/api/training-sessions/${sessionId}/certificates`, {
        participantIds: [a.id, c.id],
      });
      assert.equal(absent.statusCode, 400, absent.body);
      assert.deepEqual(absent.json().errors, [
        { code: 'did_not_attend', field: 'participantIds.1', message: 'did not attend the session' },
      ]);
      const issued = await trainer.request('POST', `/api/training-sessions/${sessionId}/certificates`, {
        participantIds: [a.id, b.id],
      });
      assert.equal(issued.statusCode, 201, issued.body);
      participants = issued.json().participants;
      assert.equal(participants.filter((p) => p.certificate).length, 2);
      const takenBack = await trainer.request('POST', `/api/training-sessions/${sessionId}/attendance`, {
        records: [{ participantId: a.id, attended: false }],
      });
      assert.equal(takenBack.statusCode, 400, takenBack.body);
      assert.deepEqual(takenBack.json().errors, [
        {
          code: 'certificate_keeps_attendance',
          field: 'records.0.attended',
          message: 'has a certificate, so stays marked present',
        },
      ]);
    });

    it('serves the certificate as PDF to its holder and checks its code publicly with only the printed fields', async () => {
      const vietnamese = participants.find((p) => p.fullName === 'Nguyễn Văn An') as Participant;
      const certificate = vietnamese.certificate as { id: string; code: string };
      const pdf = await trainer.request('GET', `/api/training-certificates/${certificate.id}/pdf`);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      assert.ok(pdf.rawPayload.includes('DejaVuSans'), 'the font that covers Vietnamese is embedded');
      assert.equal(
        (await molisa.request('GET', `/api/training-certificates/${certificate.id}/pdf`)).statusCode,
        404,
      );
      const checked = await platform().app.inject({
        method: 'GET',
        url: `/api/public/certificates/${certificate.code.toLowerCase()}`,
      });
      assert.equal(checked.statusCode, 200, checked.body);
      assert.deepEqual(checked.json(), {
        code: certificate.code,
        holderName: 'Nguyễn Văn An',
        courseTitle: 'Identifying victims of trafficking',
        completedOn: '2026-03-12',
        issuingAgency: checked.json().issuingAgency,
      });
      assert.match(checked.json().issuingAgency, /Majlis|MAPO|Anti/i);
      const unknown = await platform().app.inject({
        method: 'GET',
        url: '/api/public/certificates/AAAA-BBBB-CCCC',
      });
      assert.equal(unknown.statusCode, 404);
      const malformed = await platform().app.inject({ method: 'GET', url: '/api/public/certificates/nope' });
      assert.equal(malformed.statusCode, 400);
    });

    it('keeps training history per user and agency and reports people trained by agency and topic', async () => {
      const mine = await jkm.request('GET', '/api/training/history');
      assert.deepEqual(
        mine
          .json()
          .items.map((h: { fullName: string; attended: boolean; postScore: number | null }) => [
            h.fullName,
            h.attended,
            h.postScore,
          ]),
        [['Nurul Huda Ismail', true, 85]],
      );
      // A colleague sees that she took part, not how she did; her agency's administrator sees both.
      const scoresOf = async (session: TestSession) => {
        const seen = await session.request('GET', `/api/training/history?agencyId=${jkm.agencyId}`);
        const row = seen.json().items.find((h: { sessionId: string }) => h.sessionId === sessionId);
        const inSession = (await session.request('GET', `/api/training-sessions/${sessionId}`)).json()
          .participants;
        return [row?.attended, row?.preScore, row?.postScore, inSession[0]?.postScore];
      };
      const colleague = await signInAs(platform().app, 'health.jkm@demo.lindung.org');
      assert.deepEqual(await scoresOf(colleague), [true, null, null, null]);
      const administrator = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      assert.deepEqual(await scoresOf(administrator), [true, 40, 85, 85]);
      const byAgency = await trainer.request(
        'GET',
        `/api/training/history?agencyId=${platform().agencyIds.pdrm}`,
      );
      // The demo data trained PDRM's staff too: only this session's are compared.
      const here = byAgency.json().items.filter((h: { sessionId: string }) => h.sessionId === sessionId);
      assert.deepEqual(
        here.map((h: { fullName: string; postScore: number }) => [h.fullName, h.postScore]),
        [['Nguyễn Văn An', 90]],
      );
      assert.ok(
        byAgency.json().items.every((h: { agencyId: string }) => h.agencyId === platform().agencyIds.pdrm),
      );
      const report = await trainer.request(
        'GET',
        '/api/training/report?from=2026-01-01&to=2026-12-31&by=agency',
      );
      assert.equal(report.statusCode, 200, report.body);
      assert.deepEqual(report.json().total, { trained: 2, certified: 2 });
      const topic = await trainer.request(
        'GET',
        '/api/training/report?from=2026-01-01&to=2026-12-31&by=topic',
      );
      assert.deepEqual(topic.json().rows, [
        { key: 'identification', label: 'Identifying victims', trained: 2, certified: 2 },
      ]);
      const outside = await trainer.request('GET', '/api/training/report?from=2027-01-01&to=2027-12-31');
      assert.deepEqual(outside.json().total, { trained: 0, certified: 0 });
      assert.equal(
        (await jkm.request('GET', '/api/training/report?from=2026-01-01&to=2026-12-31')).statusCode,
        403,
      );
    });

    it('records attendance once a session has started and issues certificates once it has ended', async () => {
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      const schedule = async (startsOn: string, endsOn: string) => {
        const session = await trainer.request('POST', `/api/training-courses/${courseId}/sessions`, {
          startsOn,
          endsOn,
          mode: 'online',
          trainers: ['Mohd Faizal Hamid'],
          capacity: 2,
          language: 'ms',
        });
        assert.equal(session.statusCode, 201, session.body);
        const id: string = session.json().id;
        const registered = await trainer.request('POST', `/api/training-sessions/${id}/registrations`, {
          fullName: 'Nguyễn Thị Lan',
          agencyId: platform().agencyIds.pdrm,
          role: 'frontline_officer',
        });
        assert.equal(registered.statusCode, 201, registered.body);
        const participant = (await trainer.request('GET', `/api/training-sessions/${id}`)).json()
          .participants[0] as Participant;
        return { id, participantId: participant.id };
      };
      const attend = (id: string, participantId: string) =>
        trainer.request('POST', `/api/training-sessions/${id}/attendance`, {
          records: [{ participantId, attended: true }],
        });
      const ahead = await schedule(day(30), day(31));
      const early = await attend(ahead.id, ahead.participantId);
      assert.equal(early.statusCode, 422, early.body);
      assert.equal(early.json().code, 'training_session_not_started');
      const running = await schedule(day(-2), day(30));
      assert.equal((await attend(running.id, running.participantId)).statusCode, 200);
      const unfinished = await trainer.request('POST', `/api/training-sessions/${running.id}/certificates`, {
        participantIds: [running.participantId],
      });
      assert.equal(unfinished.statusCode, 422, unfinished.body);
      assert.equal(unfinished.json().code, 'training_session_not_ended');
    });

    it("keeps courses and sessions from another country's agencies", async () => {
      assert.equal((await gugus.request('GET', `/api/training-courses/${courseId}`)).statusCode, 404);
      assert.equal((await gugus.request('GET', `/api/training-sessions/${sessionId}`)).statusCode, 404);
      assert.deepEqual((await gugus.request('GET', '/api/training-courses')).json().items, []);
      assert.equal(
        (await gugus.request('POST', `/api/training-sessions/${sessionId}/registrations`, {})).statusCode,
        404,
      );
    });
  });
}
