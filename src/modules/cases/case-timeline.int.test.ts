import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { completedScreening, presumedVictimAnswers } from '../../../test/support/screening-factory.ts';
import { caseEventKinds } from '../../shared/case-event-kinds.ts';
import { personWithCase, recordConsent } from '../referrals/referral.factory.ts';

interface TimelineEvent {
  kind: string;
  actorUserId: string | null;
  detail: Record<string, unknown>;
}

/**
 * Issue 4: "a timeline of every event on the case". What is recorded about the person — a consent,
 * a screening, an identification decision — shows on each of the recording agency's cases the
 * person is in, and on no other agency's.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`the case timeline: what is recorded about its person [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const asTenant = tenantQuery(() => platform().db);
    let jkm: TestSession;
    let molisa: TestSession;
    let personId: string;
    let caseId: string;
    let otherAgencysCaseId: string;
    const timeline = async (session: TestSession, id: string): Promise<TimelineEvent[]> => {
      const response = await session.request('GET', `/api/cases/${id}/timeline`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items;
    };
    const eventsOf = async (session: TestSession, id: string, eventKind: string) =>
      (await timeline(session, id)).filter((event) => event.kind === eventKind);

    it('sets up a person on a case of JKM and, the same person, on a case of MOLISA', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      ({ personId, caseId } = await personWithCase(jkm));
      ({ caseId: otherAgencysCaseId } = await personWithCase(molisa));
      // However the other agency came to have the person on its case (a linkage, a merge), it is its own case.
      await platform().db.query(
        `insert into case_person (case_id, person_id, agency_id, role) values ($1, $2, $3, 'witness')`,
        [otherAgencysCaseId, personId, molisa.agencyId],
      );
    });

    it('shows a consent recorded, naming the consent and the person', async () => {
      const consentId = await recordConsent(jkm, personId, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      const [event] = await eventsOf(jkm, caseId, 'consent.recorded');
      assert.deepEqual(event?.detail, { consentId, personId });
      assert.equal(event?.actorUserId, jkm.userId);
    });

    it('shows a screening completed with its outcome, never its answers', async () => {
      const presumed = await completedScreening(jkm, personId, presumedVictimAnswers);
      const notPresumed = await completedScreening(jkm, personId, { dec_job_nature: 'no' });
      const events = await eventsOf(jkm, caseId, 'screening.completed');
      assert.deepEqual(
        events.map((event) => event.detail),
        [
          { screeningId: presumed.id, personId, outcome: 'presumed_victim' },
          { screeningId: notPresumed.id, personId, outcome: 'not_presumed' },
        ],
      );
    });

    it('shows an identification decision with its outcome, never its basis', async () => {
      const response = await jkm.request('POST', `/api/persons/${personId}/identification-decisions`, {
        decision: 'confirmed_victim',
        basis: 'Second interview with an interpreter; the employer and the debt were confirmed.',
        decidedOn: '2025-11-25',
      });
      assert.equal(response.statusCode, 201, response.body);
      const [event] = await eventsOf(jkm, caseId, 'identification_decision.recorded');
      assert.deepEqual(event?.detail, {
        identificationDecisionId: response.json().id,
        personId,
        decision: 'confirmed_victim',
      });
    });

    it('puts none of them on the other agency’s case with the same person', async () => {
      const kinds = (await timeline(molisa, otherAgencysCaseId)).map((event) => event.kind);
      for (const recorded of [
        'consent.recorded',
        'screening.completed',
        'identification_decision.recorded',
      ]) {
        assert.ok(!kinds.includes(recorded), `${recorded} on MOLISA's case: ${kinds.join(', ')}`);
      }
      const stored = await platform().db.query<{ n: number }>(
        'select count(*)::int as n from case_event where case_id = $1 and agency_id <> $2',
        [otherAgencysCaseId, molisa.agencyId],
      );
      assert.equal(stored[0]?.n, 0);
    });

    it('refuses, in the database alone, an event written on another agency’s case', async () => {
      await assert.rejects(
        asTenant(
          { userId: jkm.userId, agencyId: jkm.agencyId },
          ['case:read', 'case:write'],
          `insert into case_event (case_id, agency_id, actor_user_id, kind) values ($1, $2, $3, 'consent.recorded')`,
          [otherAgencysCaseId, molisa.agencyId, jkm.userId],
        ),
        /row-level security/,
      );
    });

    it('refuses, in the database, a kind of event the list does not have', async () => {
      await assert.rejects(
        platform().db.query(
          `insert into case_event (case_id, agency_id, kind) values ($1, $2, 'case.something_new')`,
          [caseId, jkm.agencyId],
        ),
        /case_event_kind_check/,
      );
    });

    it('holds the database to the same list of kinds as the code and the API document', async () => {
      const [constraint] = await platform().db.query<{ definition: string }>(
        `select pg_get_constraintdef(oid) as definition from pg_constraint where conname = 'case_event_kind_check'`,
      );
      const inDatabase = [...(constraint?.definition ?? '').matchAll(/'([a-z_.]+)'/g)].map((m) => m[1]);
      assert.deepEqual([...inDatabase].sort(), [...caseEventKinds].sort());
      const document = (await platform().app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      assert.deepEqual(document.components.schemas.CaseEvent.properties.kind.enum, [...caseEventKinds]);
    });
  });
}
