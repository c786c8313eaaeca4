import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../test/support/platform.ts';
import { createJobRunner } from '../jobs/queue.ts';
import { hourlyPurgeHandler, hourlyPurgeJob, scheduleHourlyPurge } from './hourly-purge.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`the hourly housekeeping [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('forgets the probe alert’s counted changes older than a day though no match runs (decision 0137)', async () => {
      const { db, config } = platform();
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const recorded = await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Siti Aminah' }] });
      assert.equal(recorded.statusCode, 201, recorded.body);
      const personId = recorded.json().id as string;
      // One change counted a day and a minute ago, one an hour ago: only the first is past the window.
      await db.query(
        `insert into linkage_probe_hit (person_id, changed_at, user_id, agency_id)
         values ($1, now() - interval '1 day 1 minute', $2, $3), ($1, now() - interval '1 hour', $2, $3)`,
        [personId, jkm.userId, jkm.agencyId],
      );
      await scheduleHourlyPurge(db);
      await createJobRunner(db, {
        handlers: { [hourlyPurgeJob]: hourlyPurgeHandler(db, config) },
      }).drain();
      const kept = await db.query<{ age: string }>(
        `select case when changed_at > now() - interval '1 day' then 'recent' else 'old' end as age
           from linkage_probe_hit where person_id = $1`,
        [personId],
      );
      assert.deepEqual(
        kept.map((row) => row.age),
        ['recent'],
      );
    });
  });
}
