import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import {
  completedScreening,
  presumedVictimAnswers,
  recordPerson,
  startScreening,
} from '../../../test/support/screening-factory.ts';

const screener = ['person:read', 'person:write', 'case:write', 'screening:conduct'];

/*
 * What the database refuses by itself, whatever the application does: statements run directly
 * as the application role, with a tenant's settings, and no route or policy in between.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`screenings in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const tenant = tenantQuery(() => platform().db);
    let jkm: TestSession;
    let kbri: TestSession;
    let personId: string;
    let draftId: string;
    let completedId: string;

    const asTenant = (session: TestSession, statement: string, params: unknown[]) =>
      tenant(session, screener, statement, params);
    const refused = (code: string) => (error: { code?: string }) => error.code === code;
    const insert = `insert into screening (agency_id, person_id, instrument_id, instrument_version, profile,
                      officer_user_id, screened_on, status)
                    values ($1, $2, 'ilo-ec-2009', '2009.09', 'adult_labour', $3, '2025-11-20', $4)`;

    it('sets up a person with a draft and a completed screening', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      personId = await recordPerson(jkm, 'Komang Adi');
      draftId = await startScreening(jkm, personId);
      completedId = (await completedScreening(jkm, personId, presumedVictimAnswers)).id;
    });

    it('refuses a screening of a person the agency cannot see, even with the id', async () => {
      await assert.rejects(
        asTenant(kbri, insert, [kbri.agencyId, personId, kbri.userId, 'draft']),
        refused('42501'),
      );
    });

    it('refuses a screening that starts completed or names another officer', async () => {
      await assert.rejects(
        asTenant(jkm, insert, [jkm.agencyId, personId, jkm.userId, 'completed']),
        refused('42501'),
      );
      await assert.rejects(
        asTenant(jkm, insert, [jkm.agencyId, personId, kbri.userId, 'draft']),
        refused('42501'),
      );
    });

    it('leaves a completed screening as it was, and never moves a screening to another person', async () => {
      const changed = await asTenant(
        jkm,
        `update screening set answers = '{}'::jsonb where id = $1 returning id`,
        [completedId],
      );
      assert.deepEqual(changed, []);
      const other = await recordPerson(jkm, 'Nyoman Sari');
      await assert.rejects(
        asTenant(jkm, 'update screening set person_id = $2 where id = $1', [draftId, other]),
        refused('42501'),
      );
    });

    it('holds only yes, no or unknown as an answer', async () => {
      for (const answers of [{ dec_job_nature: 'maybe' }, { dec_job_nature: 1 }, ['yes']]) {
        await assert.rejects(
          platform().db.query('update screening set answers = $2::jsonb where id = $1', [
            draftId,
            JSON.stringify(answers),
          ]),
          refused('23514'),
          JSON.stringify(answers),
        );
      }
    });

    it('refuses an identification decision resting on another person’s screening', async () => {
      const other = await recordPerson(jkm, 'Gede Putra');
      await assert.rejects(
        asTenant(
          jkm,
          `insert into identification_decision (agency_id, person_id, screening_id, decision, basis, decided_by, decided_on)
           values ($1, $2, $3, 'confirmed_victim', 'x', $4, '2025-11-21')`,
          [jkm.agencyId, other, completedId, jkm.userId],
        ),
        refused('23503'),
      );
    });
  });
}
