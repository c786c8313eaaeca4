import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantPrelude } from '../../db/tenant.ts';
import { victimCaseDatesBeforeBirth } from './person.repo.ts';

const person = {
  names: [{ kind: 'birth', fullName: 'Nurul Aini Kasim' }],
  sex: 'female',
  birth: { precision: 'exact', date: '1995-03-09' },
  nationality: 'MY',
};

/** Rolls back whatever a transaction wrote, once its checks ran. */
class RolledBack extends Error {}

for (const kind of await testDatabaseKinds()) {
  describe(`a person's birth changed after her cases exist [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let personId: string;
    let victimCase: { id: string; reference: string };
    let witnessReference: string;
    const edit = async (birth: Record<string, unknown>) => {
      const read = await jkm.request('GET', `/api/persons/${personId}`);
      return jkm.request(
        'PUT',
        `/api/persons/${personId}`,
        { ...person, birth },
        { 'if-match': String(read.headers.etag) },
      );
    };

    it('records a victim in one case and a witness in another', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const created = await jkm.request('POST', '/api/persons', person);
      assert.equal(created.statusCode, 201, created.body);
      personId = created.json().id;
      const open = async (facts: Record<string, string>) => {
        const opened = await jkm.request('POST', '/api/cases', { type: 'victim_case', personId, ...facts });
        assert.equal(opened.statusCode, 201, opened.body);
        return opened.json() as { id: string; reference: string };
      };
      victimCase = await open({ recruitedOn: '2015-06-01', exploitationStartedOn: '2016-01-01' });
      const asWitness = await open({ personRole: 'witness', recruitedOn: '2001-01-01' });
      witnessReference = asWitness.reference;
    });

    it('refuses a birth after a date of a case she is a victim in (422), naming the part and the case', async () => {
      const refusals: [Record<string, unknown>, string][] = [
        [{ precision: 'exact', date: '2015-06-02' }, 'birth.date'],
        [{ precision: 'year', year: 2016 }, 'birth.year'],
        [{ precision: 'estimated', age: 8, on: '2026-01-15' }, 'birth.age'],
      ];
      for (const [birth, field] of refusals) {
        const refused = await edit(birth);
        assert.equal(refused.statusCode, 422, refused.body);
        assert.equal(refused.json().code, 'birth_after_victim_case');
        const [problem, ...more] = refused.json().errors as {
          field: string;
          code: string;
          message: string;
        }[];
        assert.equal(more.length, 0);
        assert.equal(problem?.field, field);
        assert.equal(problem?.code, 'birth_after_case_date');
        assert.ok(problem?.message.includes(victimCase.reference), problem?.message);
        assert.ok(!problem?.message.includes(witnessReference), 'a witness’s case is not named');
      }
      const read = await jkm.request('GET', `/api/persons/${personId}`);
      assert.deepEqual(read.json().birth, person.birth, 'nothing of a refused edit is kept');
    });

    it('accepts a birth that bounds only a case she is a witness in, or one before every date', async () => {
      const afterWitnessCase = await edit({ precision: 'exact', date: '2005-07-01' });
      assert.equal(afterWitnessCase.statusCode, 200, afterWitnessCase.body);
      const sameDay = await edit({ precision: 'year', year: 2015 });
      assert.equal(sameDay.statusCode, 200, sameDay.body);
      const unknown = await edit({ precision: 'unknown' });
      assert.equal(unknown.statusCode, 200, unknown.body);
    });

    it('finds the case without naming it to an editor who may not read cases, and nothing for another agency', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const found = await platform()
        .db.transaction(
          async (tx) => {
            await tx.query("update person set birth_precision = 'year', birth_year = 2020 where id = $1", [
              personId,
            ]);
            const blind = await victimCaseDatesBeforeBirth(tx, personId);
            await tx.query(
              tenantPrelude({
                userId: kbri.userId,
                agencyId: kbri.agencyId,
                permissions: ['person:read', 'person:write'],
              }),
            );
            const other = await tx.query('select * from lindung_victim_case_dates_before_birth($1)', [
              personId,
            ]);
            throw new RolledBack(JSON.stringify({ blind, other }));
          },
          {
            prelude: tenantPrelude({
              userId: jkm.userId,
              agencyId: jkm.agencyId,
              permissions: ['person:read', 'person:write'],
            }),
          },
        )
        .catch((error: unknown) => {
          if (!(error instanceof RolledBack)) throw error;
          return JSON.parse(error.message) as {
            blind: { caseId: string; reference: unknown }[];
            other: unknown[];
          };
        });
      assert.deepEqual(
        found.blind.map((c) => [c.caseId, c.reference]),
        [
          [victimCase.id, null],
          [victimCase.id, null],
        ],
        'both dates before 2020 found, the case named to nobody without case:read',
      );
      assert.deepEqual(found.other, [], 'another agency learns nothing of this person’s cases');
    });
  });
}
