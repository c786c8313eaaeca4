import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useFreshDatabase } from '../../test/support/databases.ts';
import type { Tx } from '../db/db.ts';
import type { Actor } from '../policy/policy.ts';
import { ValidationError } from '../shared/errors.ts';
import { auditedPersonsPage } from './persons-page.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`an audited page of an agency's persons [${kind}]`, () => {
    const db = useFreshDatabase(kind);
    const actor: Actor = {
      userId: randomUUID(),
      agencyId: randomUUID(),
      permissions: new Set(['person:read']),
      via: 'session',
      skipPolicyChecks: false,
    };
    /** Three notices, strongest first, as a repository would keep them. */
    const notices = [0.9, 0.8, 0.7].map((probability) => ({
      id: randomUUID(),
      person_id: randomUUID(),
      probability,
    }));
    const afterKeys: ([number, string] | undefined)[] = [];
    const page = (query: { limit: number; cursor?: string }) =>
      auditedPersonsPage({
        db: db(),
        actor,
        requestId: 'req-page',
        query,
        list: 'test_notices',
        keyLength: 2,
        rowsAfter: async (
          _tx: Tx,
          { after, limit }: { after: [number, string] | undefined; limit: number },
        ) => {
          afterKeys.push(after);
          return notices.filter((row) => !after || row.probability < after[0]).slice(0, limit + 1);
        },
        present: (row) => ({ personId: row.person_id }),
        keyOf: (row): [number, string] => [row.probability, row.id],
      });
    const audited = () =>
      db().query<{ subject_id: string; detail: { persons: string[] } }>(
        `select subject_id, detail from audit_event where action = 'test_notices.read' order by id`,
      );

    it("should audit the read of each page's persons under the agency, and go on from the cursor", async () => {
      const first = await page({ limit: 2 });
      assert.deepEqual(
        first.items.map((item) => item.personId),
        [notices[0]?.person_id, notices[1]?.person_id],
      );
      assert.ok(first.nextCursor);
      const second = await page({ limit: 2, cursor: first.nextCursor });
      assert.deepEqual(second, { items: [{ personId: notices[2]?.person_id }], nextCursor: null });
      assert.deepEqual(afterKeys.at(-1), [0.8, notices[1]?.id]);
      assert.deepEqual(await audited(), [
        { subject_id: actor.agencyId, detail: { persons: [notices[0]?.person_id, notices[1]?.person_id] } },
        { subject_id: actor.agencyId, detail: { persons: [notices[2]?.person_id] } },
      ]);
    });

    it('should audit nothing for an empty page', async () => {
      const before = (await audited()).length;
      assert.deepEqual(await page({ limit: 2, cursor: Buffer.from('[0,"x"]').toString('base64url') }), {
        items: [],
        nextCursor: null,
      });
      assert.equal((await audited()).length, before);
    });

    it('should refuse a cursor the list did not give out before reading anything', async () => {
      const reads = afterKeys.length;
      await assert.rejects(page({ limit: 2, cursor: 'not-a-cursor' }), ValidationError);
      assert.equal(afterKeys.length, reads);
    });
  });
}
