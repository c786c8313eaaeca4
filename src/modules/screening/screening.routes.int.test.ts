import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import {
  completedScreening,
  presumedVictimAnswers,
  recordPerson,
  startScreening,
} from '../../../test/support/screening-factory.ts';
import { iloEc2009Instrument } from './instruments/ilo-ec-2009.ts';

/** Every indicator of a dimension in the adult-labour list answered no. */
function allNo(dimension: string): Record<string, string> {
  return Object.fromEntries(
    iloEc2009Instrument.indicators
      .filter((i) => i.dimension === dimension && i.strengths.adult_labour)
      .map((i) => [i.id, 'no']),
  );
}

/** Recruitment and exploitation met; at destination only passport withheld, everything else no. */
const destinationUnmet = {
  ...allNo('coercion_at_destination'),
  ...allNo('abuse_of_vulnerability_at_destination'),
  dec_job_nature: 'yes',
  dec_wages: 'yes',
  ex_excessive_hours: 'yes',
  ex_low_pay: 'yes',
  cd_documents: 'yes',
};

for (const kind of await testDatabaseKinds()) {
  describe(`screening API [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let personId: string;
    let screeningId: string;

    it('starts a draft screening of a person, by the signed-in officer, with an interpreter', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      personId = await recordPerson(jkm, 'Wayan Sudarsana');
      const response = await jkm.request('POST', `/api/persons/${personId}/screenings`, {
        profile: 'adult_labour',
        interpreter: { language: 'id', name: 'Putu Ayu' },
        location: 'Klinik Kesihatan Sepang',
        screenedOn: '2025-11-20',
        observations: 'Bruises on both wrists; the employer waited outside the clinic.',
      });
      assert.equal(response.statusCode, 201, response.body);
      const screening = response.json();
      screeningId = screening.id;
      assert.equal(screening.status, 'draft');
      assert.equal(screening.officer.id, jkm.userId);
      assert.equal(screening.officer.displayName, 'Nurul Huda Ismail');
      assert.deepEqual(screening.instrument, { id: 'ilo-ec-2009', version: '2009.09' });
      assert.equal(screening.profileStatus, 'confirmed');
      assert.deepEqual(screening.interpreter, { language: 'id', name: 'Putu Ayu' });
      assert.equal(screening.observations, 'Bruises on both wrists; the employer waited outside the clinic.');
      assert.deepEqual([screening.answers, screening.outcome, screening.assessment], [{}, null, null]);
    });

    it('keeps the observations encrypted in the database', async () => {
      const [row] = await platform().db.query<{ observations: string }>(
        'select observations from screening where id = $1',
        [screeningId],
      );
      assert.match(row?.observations ?? '', /^v1\./);
      assert.doesNotMatch(row?.observations ?? '', /Bruises/);
    });

    it('saves answers in steps, merging them, keeping unknown and removing an answer sent as null', async () => {
      const first = await jkm.request('PATCH', `/api/screenings/${screeningId}`, {
        answers: { dec_job_nature: 'yes', dec_wages: 'yes', cr_violence: 'unknown', cr_documents: 'no' },
      });
      assert.equal(first.statusCode, 200, first.body);
      const { dec_job_nature: _, dec_wages: __, ...rest } = presumedVictimAnswers;
      const second = await jkm.request('PATCH', `/api/screenings/${screeningId}`, {
        answers: { ...rest, cr_documents: null },
        location: null,
      });
      assert.equal(second.statusCode, 200, second.body);
      assert.deepEqual(second.json().answers, { ...presumedVictimAnswers, cr_violence: 'unknown' });
      assert.equal(second.json().location, null);
      assert.equal(second.json().interpreter.name, 'Putu Ayu');
    });

    it('refuses answers to indicators outside the profile, naming each, and saves nothing', async () => {
      const madeUp = await jkm.request('PATCH', `/api/screenings/${screeningId}`, {
        answers: { made_up: 'yes', ex_living: 'yes' },
      });
      assert.equal(madeUp.statusCode, 400);
      assert.deepEqual(
        madeUp.json().errors.map((e: { field: string }) => e.field),
        ['answers.made_up'],
      );
      const childList = await jkm.request('PATCH', `/api/screenings/${screeningId}`, {
        profile: 'child_labour',
        answers: { ex_social_protection: 'yes' },
      });
      assert.equal(childList.statusCode, 400);
      assert.equal(childList.json().errors[0].field, 'answers.ex_social_protection');
      const saved = await jkm.request('GET', `/api/screenings/${screeningId}`);
      assert.equal(saved.json().profile, 'adult_labour');
      assert.equal(saved.json().answers.ex_living, undefined);
    });

    it('refuses a date in the future, an interpreter without a language and an unknown profile or instrument', async () => {
      const attempts: [Record<string, unknown>, string][] = [
        [{ profile: 'adult_labour', screenedOn: '2999-01-01' }, 'screenedOn'],
        [{ profile: 'adult_labour', interpreter: { name: 'Putu Ayu' } }, 'interpreter.language'],
        [{ profile: 'adult_labour', interpreter: { language: 'Bahasa' } }, 'interpreter.language'],
        [{ profile: 'elderly_labour' }, 'profile'],
        [{ profile: 'adult_labour', instrument: { id: 'ilo-ec-2009', version: '1999.01' } }, 'instrument'],
      ];
      for (const [body, field] of attempts) {
        const response = await jkm.request('POST', `/api/persons/${personId}/screenings`, body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(response.json().errors[0].field, field, JSON.stringify(body));
      }
      const change = await jkm.request('PATCH', `/api/screenings/${screeningId}`, {
        screenedOn: '2999-01-01',
      });
      assert.equal(change.json().errors[0].field, 'screenedOn');
    });

    it('refuses a screening or a decision dated in year 0000, naming the field, when the birth is unknown', async () => {
      // Year 0000 passes an ISO date check; PostgreSQL then refused it as a problem naming no field.
      const birthUnknown = await recordPerson(jkm, 'Tran Thi Nam');
      const started = await jkm.request('POST', `/api/persons/${birthUnknown}/screenings`, {
        profile: 'adult_labour',
        screenedOn: '0000-01-01',
      });
      assert.equal(started.statusCode, 400, started.body);
      assert.deepEqual(started.json().errors, [
        { code: 'date_too_early', field: 'screenedOn', message: 'is before 1900-01-01' },
      ]);
      const decided = await jkm.request('POST', `/api/persons/${birthUnknown}/identification-decisions`, {
        decision: 'unable_to_determine',
        basis: 'Too little known',
        decidedOn: '0000-01-01',
      });
      assert.equal(decided.statusCode, 400, decided.body);
      assert.equal(decided.json().errors[0].field, 'decidedOn');
      const [kept] = await platform().db.query<{ n: number }>(
        'select count(*)::int as n from screening where person_id = $1',
        [birthUnknown],
      );
      assert.equal(kept?.n, 0);
    });

    it('completes the screening: presumed victim, with the dimensions and indicators that made it so', async () => {
      const response = await jkm.request('POST', `/api/screenings/${screeningId}/complete`);
      assert.equal(response.statusCode, 200, response.body);
      const screening = response.json();
      assert.equal(screening.status, 'completed');
      assert.equal(screening.outcome, 'presumed_victim');
      assert.equal(screening.completedBy, jkm.userId);
      const { assessment } = screening;
      assert.deepEqual(assessment.presentDimensions, [
        'deceptive_recruitment',
        'exploitative_conditions',
        'coercion_at_destination',
      ]);
      const deception = assessment.dimensions.find(
        (d: { dimension: string }) => d.dimension === 'deceptive_recruitment',
      );
      assert.deepEqual(deception.indicators, [
        { id: 'dec_job_nature', strength: 'strong' },
        { id: 'dec_wages', strength: 'medium' },
      ]);
      assert.deepEqual(deception.combinationMet, { strong: 1, mediumOrWeak: 1 });
      assert.ok(assessment.requirements.every((r: { met: boolean }) => r.met));
      assert.ok(assessment.unanswered.includes('cr_violence'));
      assert.equal(assessment.couldChangeWithUnanswered, false);
      const [row] = await platform().db.query<{ outcome: string }>(
        'select outcome from screening where id = $1',
        [screeningId],
      );
      assert.equal(row?.outcome, 'presumed_victim');
    });

    it('refuses to complete a screening twice or to change it once completed', async () => {
      const again = await jkm.request('POST', `/api/screenings/${screeningId}/complete`);
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'screening_completed');
      const change = await jkm.request('PATCH', `/api/screenings/${screeningId}`, {
        answers: { cd_violence: 'yes' },
      });
      assert.equal(change.statusCode, 409);
    });

    it('refuses to complete a screening with no indicator answered yes or no, naming the answers (unanswered is not no)', async () => {
      const unanswered = await recordPerson(jkm, 'Lan Chưa Trả Lời');
      for (const answers of [{}, { cd_violence: 'unknown', dec_wages: 'unknown' }]) {
        const draftId = await startScreening(jkm, unanswered, { answers });
        const response = await jkm.request('POST', `/api/screenings/${draftId}/complete`);
        assert.equal(response.statusCode, 422, response.body);
        assert.equal(response.json().code, 'screening_unanswered');
        assert.deepEqual(
          response.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
          [['answers', 'screening_unanswered']],
        );
        const [row] = await platform().db.query<{ status: string; outcome: string | null }>(
          'select status, outcome from screening where id = $1',
          [draftId],
        );
        assert.deepEqual(row, { status: 'draft', outcome: null }, 'the draft stays a draft, with no outcome');
      }
    });

    it('does not presume a victim without a means at destination, and never reads unknown as no', async () => {
      const allAnswered = await completedScreening(jkm, personId, destinationUnmet);
      assert.equal(allAnswered.outcome, 'not_presumed');
      const unmet = allAnswered.assessment.requirements.filter((r: { met: boolean }) => !r.met);
      assert.deepEqual(
        unmet.map((r: { stage: string }) => r.stage),
        ['coercion_or_vulnerability_at_destination'],
      );
      assert.equal(allAnswered.assessment.couldChangeWithUnanswered, false);

      const oneUnknown = await completedScreening(jkm, personId, {
        ...destinationUnmet,
        cd_debt_bondage: 'unknown',
      });
      assert.equal(oneUnknown.outcome, 'not_presumed');
      const coercion = oneUnknown.assessment.dimensions.find(
        (d: { dimension: string }) => d.dimension === 'coercion_at_destination',
      );
      assert.deepEqual(coercion.unanswered, ['cd_debt_bondage']);
      assert.equal(coercion.couldBePresentWithUnanswered, true);
      assert.equal(oneUnknown.assessment.couldChangeWithUnanswered, true);
    });

    it('lists a person’s screenings newest first, without answers or observations', async () => {
      const response = await jkm.request('GET', `/api/persons/${personId}/screenings`);
      assert.equal(response.statusCode, 200);
      const { items } = response.json();
      assert.equal(items.length, 3);
      assert.equal(items[2].id, screeningId);
      assert.deepEqual(
        items.map((s: { outcome: string }) => s.outcome),
        ['not_presumed', 'not_presumed', 'presumed_victim'],
      );
      assert.equal(items[0].observations, undefined);
    });

    it('hides screenings from another agency: 404 on every read and change', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const draftId = await startScreening(jkm, personId);
      const attempts: [string, string, unknown][] = [
        ['GET', `/api/screenings/${screeningId}`, undefined],
        ['PATCH', `/api/screenings/${draftId}`, { answers: { cd_violence: 'yes' } }],
        ['POST', `/api/screenings/${draftId}/complete`, undefined],
        ['GET', `/api/persons/${personId}/screenings`, undefined],
        ['POST', `/api/persons/${personId}/screenings`, { profile: 'adult_labour' }],
      ];
      for (const [method, url, body] of attempts) {
        const response = await kbri.request(method, url, body);
        assert.equal(response.statusCode, 404, `${method} ${url}`);
      }
      const [row] = await platform().db.query<{ status: string; answers: object }>(
        'select status, answers from screening where id = $1',
        [draftId],
      );
      assert.deepEqual(row, { status: 'draft', answers: {} });
    });

    it('refuses screenings to roles that do not screen', async () => {
      const coordinator = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      const attempts: [string, string, unknown][] = [
        ['POST', `/api/persons/${personId}/screenings`, { profile: 'adult_labour' }],
        ['PATCH', `/api/screenings/${screeningId}`, { answers: { cd_violence: 'yes' } }],
        ['POST', `/api/screenings/${screeningId}/complete`, undefined],
        ['GET', `/api/screenings/${screeningId}`, undefined],
        ['GET', `/api/persons/${personId}/screenings`, undefined],
      ];
      for (const [method, url, body] of attempts) {
        const response = await coordinator.request(method, url, body);
        assert.equal(response.statusCode, 403, `${method} ${url}`);
      }
    });

    it('audits every start, change, completion and read, with the reason given', async () => {
      await jkm.request('GET', `/api/screenings/${screeningId}`, undefined, {
        'x-lindung-reason': 'identification review',
      });
      const entries = await platform().db.query<{ action: string; reason: string | null; actor: string }>(
        `select action, reason, actor_user_id as actor from audit_event
          where subject_type = 'screening' and subject_id = $1 and outcome = 'success' order by id`,
        [screeningId],
      );
      assert.deepEqual(
        entries.map((e) => e.action),
        [
          'screening.start',
          'screening.update',
          'screening.update',
          'screening.read',
          'screening.complete',
          'screening.read',
        ],
      );
      assert.equal(entries.at(-1)?.reason, 'identification review');
      assert.ok(entries.every((e) => e.actor === jkm.userId));
      const refused = await platform().db.query<{ action: string; code: string }>(
        `select action, detail->>'code' as code from audit_event
          where subject_id = $1 and outcome = 'denied' order by id`,
        [screeningId],
      );
      assert.deepEqual(
        refused,
        [
          { action: 'screening.read', code: 'screening_not_found' },
          { action: 'screening.read', code: 'forbidden' },
        ],
        'the other agency’s read (404) and the coordinator’s (403) are on the log too',
      );
      const lists = await platform().db.query(
        `select 1 from audit_event where action = 'screening.list' and subject_id = $1`,
        [personId],
      );
      assert.equal(lists.length, 1);
    });
  });
}
