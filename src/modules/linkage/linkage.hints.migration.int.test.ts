import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useDatabaseBeforeMigration } from '../../../test/support/databases.ts';
import { tenantQuery } from '../../../test/support/rls.ts';

/*
 * Migration 0144 gives the hints stored before it a holder: two reciprocal hints of one
 * probability are one pair, the person recorded first holds it; a hint it cannot pair names nobody.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`hints stored before the holder rule get one [${kind}]`, () => {
    const old = useDatabaseBeforeMigration(kind, 144);

    it('should make the earlier recorded side the holder of each reciprocal pair, and leave an unpaired hint unnamed', async () => {
      const db = old.db();
      const agency = async (name: string) =>
        (
          await db.query<{ id: string }>(
            `insert into agency (name, type, country) values ($1, 'welfare', 'MY') returning id`,
            [name],
          )
        )[0]?.id as string;
      const [shelter, other] = [await agency('Shelter'), await agency('Elsewhere')];
      const person = async (agencyId: string, createdAt: string) =>
        (
          await db.query<{ id: string }>(
            'insert into person (agency_id, created_at) values ($1, $2) returning id',
            [agencyId, createdAt],
          )
        )[0]?.id as string;
      const victim = await person(shelter, '2025-01-01T00:00:00Z');
      const later = await person(other, '2025-06-01T00:00:00Z');
      const lone = await person(other, '2024-01-01T00:00:00Z');
      const hint = async (agencyId: string, personId: string, otherId: string, probability: number) =>
        (
          await db.query<{ id: string }>(
            `insert into person_match_hint (agency_id, person_id, other_agency_id, probability)
             values ($1, $2, $3, $4) returning id`,
            [agencyId, personId, otherId, probability],
          )
        )[0]?.id as string;
      const held = await hint(shelter, victim, other, 0.912345678901);
      const newer = await hint(other, later, shelter, 0.912345678901);
      const unpaired = await hint(other, lone, shelter, 0.6);
      await old.migrateRest();

      assert.deepEqual(await db.query('select holder_hint_id, newer_hint_id from person_match_hint_pair'), [
        { holder_hint_id: held, newer_hint_id: newer },
      ]);
      // As each agency's reviewer reads them through the database's own function.
      const namedFor = (agencyId: string) =>
        tenantQuery(old.db)(
          { userId: '00000000-0000-4000-8000-00000000000a', agencyId },
          ['person:read', 'person:link'],
          `select h.id, lindung_match_hint_named_agency(h.id) as named from person_match_hint h order by h.id`,
        );
      assert.deepEqual(await namedFor(shelter), [{ id: held, named: other }], 'the holder is told who');
      assert.deepEqual(
        await namedFor(other),
        [newer, unpaired].sort().map((id) => ({ id, named: null })),
        'the newer side and the unpaired hint name nobody',
      );
    });
  });
}
