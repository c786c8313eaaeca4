import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import {
  signInAs,
  type TestSession,
  useAppWithoutPolicyChecks,
  useTestPlatform,
} from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import type { Db } from '../../db/db.ts';

/** Three unread notifications for the user (as the reminder sweep would write them), by their ids. */
async function notify(db: Db, session: TestSession, count = 3): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `insert into notification (agency_id, user_id, kind, detail)
     select $1, $2, 'deadline.reminder', '{}'::jsonb from generate_series(1, $3::int)
     returning id`,
    [session.agencyId, session.userId, count],
  );
  return rows.map((row) => row.id);
}

async function unread(db: Db, ids: readonly string[]): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    'select count(*)::int as count from notification where id = any($1::uuid[]) and read_at is null',
    [ids],
  );
  return row?.count ?? -1;
}

for (const kind of await testDatabaseKinds()) {
  describe(`marking all notifications read [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it("should mark every unread notification of the user read in one request, and nobody else's", async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const colleague = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const mine = await notify(platform().db, jkm);
      const theirs = await notify(platform().db, colleague);
      const answer = await jkm.request('POST', '/api/notifications/read-all');
      assert.equal(answer.statusCode, 200, answer.body);
      assert.ok(answer.json().marked >= mine.length, 'at least the three made here were unread');
      assert.equal(await unread(platform().db, mine), 0);
      assert.equal(await unread(platform().db, theirs), 3, "a colleague's notifications stay unread");
      const unreadList = await jkm.request('GET', '/api/notifications?unread=true');
      assert.deepEqual(unreadList.json().items, []);
      // Nothing left: a second request marks none.
      assert.equal((await jkm.request('POST', '/api/notifications/read-all')).json().marked, 0);
    });

    it('should refuse someone not signed in', async () => {
      const answer = await platform().app.inject({ method: 'POST', url: '/api/notifications/read-all' });
      assert.equal(answer.statusCode, 401);
    });

    /*
     * With the application's checks switched off, the statement the endpoint runs — without its
     * `user_id` condition — still reaches only the signed-in user's own notifications.
     */
    describe('marking all notifications read under row-level security alone', () => {
      const rlsOnly = useAppWithoutPolicyChecks(platform);
      const tenant = tenantQuery(() => rlsOnly().db);

      it("should leave another user's notifications, in the same agency or another, unread", async () => {
        const jkm = await signInAs(rlsOnly().app, 'cm.jkm@demo.lindung.org');
        const colleague = await signInAs(rlsOnly().app, 'admin.jkm@demo.lindung.org');
        const kbri = await signInAs(rlsOnly().app, 'cm.kbri@demo.lindung.org');
        const mine = await notify(rlsOnly().db, jkm);
        const others = [...(await notify(rlsOnly().db, colleague)), ...(await notify(rlsOnly().db, kbri))];
        const marked = await tenant<{ id: string }>(
          jkm,
          [],
          'update notification set read_at = now() where read_at is null returning id',
        );
        const markedIds = marked.map((row) => row.id);
        assert.ok(mine.every((id) => markedIds.includes(id)));
        assert.ok(!others.some((id) => markedIds.includes(id)));
        assert.equal(await unread(rlsOnly().db, others), 6);
        // Nor can the application role mark them by naming them.
        const named = await tenant(
          jkm,
          [],
          'update notification set read_at = now() where id = any($1::uuid[]) returning id',
          [others],
        );
        assert.deepEqual(named, []);
        assert.equal(await unread(rlsOnly().db, others), 6);
      });
    });
  });
}
