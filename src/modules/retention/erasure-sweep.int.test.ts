import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { matchPersonHandler, matchPersonJob } from '../linkage/index.ts';
import { pairOf } from '../linkage/linkage.factory.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { eraseCaseHandler, eraseCaseJob } from './erasure.job.ts';
import { closeCase } from './retention.factory.ts';

/** The erased woman's name, date of birth and passport: none of them may survive her erasure anywhere. */
const zulaikha = {
  names: [{ kind: 'birth', fullName: 'Zulaikha Quennevat' }],
  sex: 'female',
  birth: { precision: 'exact', date: '1987-03-14' },
  nationality: 'ID',
  documents: [{ type: 'passport', number: 'QX7741209', issuingCountry: 'ID', heldBy: 'employer' }],
};
/** Another record, perhaps of her, written differently; it is not erased, so it must not share her values. */
const zulaikhaAgain = {
  names: [{ kind: 'birth', fullName: 'Zulaikha Quenevat' }],
  sex: 'female',
  birth: { precision: 'year', year: 1987 },
  nationality: 'ID',
};
/** What a reviewer wrote, quoting her: reasons are free text. */
const quoting = 'Zulaikha Quennevat, born 14/03/1987 (1987-03-14), passport QX7741209: the same woman?';
/** Her values as they may be stored: as typed, folded, as digits. */
const traces = ['%quennevat%', '%1987-03-14%', '%14/03/1987%', '%19870314%', '%qx7741209%'];

/**
 * Every text, json and date column of every table of the schema holding one of the traces: the
 * sweep does not know where personal data is kept, so a table added later is swept too.
 */
async function survivingTraces(db: {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}): Promise<string[]> {
  const columns = await db.query<{ table_name: string; column_name: string }>(
    `select c.table_name, c.column_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
        and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'date', 'ARRAY')
      order by c.table_name, c.column_name`,
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [row] = await db.query<{ n: number }>(
      `select count(*)::int as n from "${table_name}" where "${column_name}"::text ilike any ($1::text[])`,
      [traces],
    );
    if ((row?.n ?? 0) > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

for (const kind of await testDatabaseKinds()) {
  describe(`nothing of an erased person survives anywhere [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let worker: TestSession;
    let supervisor: TestSession;
    let erased: { personId: string; caseId: string };
    let other: { personId: string; caseId: string };
    const drain = () => {
      const { db, keyring, config } = platform();
      return createJobRunner(db, {
        handlers: {
          [eraseCaseJob]: eraseCaseHandler(db, keyring, config),
          [matchPersonJob]: matchPersonHandler(db),
        },
      }).drain();
    };

    it('finds her values in the sweep before the erasure (the sweep can fail)', async () => {
      const { app, agencyIds } = platform();
      const admin = await signInAs(app, 'admin.jkm@demo.lindung.org');
      const created = await admin.request('POST', '/api/users', {
        email: 'supervisor3.jkm@example.gov.my',
        displayName: 'Supervisor',
        password: 'a long enough password',
        memberships: [{ agencyId: agencyIds.jkm, role: 'case_manager' }],
      });
      assert.equal(created.statusCode, 201, created.body);
      supervisor = await signInAs(app, 'supervisor3.jkm@example.gov.my', {}, 'a long enough password');
      worker = await signInAs(app, 'cm.jkm@demo.lindung.org');
      erased = await personWithCase(worker, zulaikha);
      other = await personWithCase(worker, zulaikhaAgain);
      const search = await worker.request(
        'GET',
        `/api/persons/matches?${new URLSearchParams({ name: 'Zulaikha Quennevat', documentNumber: 'QX7741209', birthDate: '1987-03-14' })}`,
      );
      assert.equal(search.statusCode, 200, search.body);
      const pair = await pairOf(worker, erased.personId, other.personId);
      assert.ok(pair, 'the two records make a pair');
      const decided = await worker.request('POST', `/api/linkage/candidates/${pair.id}/decision`, {
        decision: 'unsure',
        reason: quoting,
        version: pair.version,
      });
      assert.equal(decided.statusCode, 200, decided.body);
      const merged = await worker.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId: other.personId,
        reason: quoting,
        version: decided.json().version,
      });
      assert.equal(merged.statusCode, 201, merged.body);
      const undone = await worker.request('POST', `/api/linkage/merges/${merged.json().id}/undo`, {
        reason: `Undone: ${quoting}`,
      });
      assert.equal(undone.statusCode, 200, undone.body);
      const before = await survivingTraces(platform().db);
      for (const column of ['person_name.full_name', 'person_match_decision.reason', 'person_merge.reason']) {
        assert.ok(before.includes(column), `${column} holds her values before: ${before.join(', ')}`);
      }
    });

    it('leaves no row in any table holding her name, date of birth or passport number once erased', async () => {
      await closeCase(worker, erased.caseId);
      const asked = await worker.request('POST', `/api/persons/${erased.personId}/erasure`, {
        reason: 'She asked in writing.',
      });
      assert.equal(asked.statusCode, 202, asked.body);
      const approved = await supervisor.request('POST', `/api/approvals/${asked.json().approval.id}/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      // Only the erasure: what it leaves must already be clean, before any job that follows it.
      const { db, keyring, config } = platform();
      assert.equal(
        await createJobRunner(db, {
          handlers: { [eraseCaseJob]: eraseCaseHandler(db, keyring, config) },
        }).drain(),
        1,
      );
      assert.deepEqual(await survivingTraces(db), [], 'in the erasure’s own transaction');
      await drain();
      assert.deepEqual(await survivingTraces(db), [], 'and after the jobs it queued');
      const [kept] = await db.query<{ n: number }>(
        `select count(*)::int as n from person_name where person_id = $1 and full_name = 'Zulaikha Quenevat'`,
        [other.personId],
      );
      assert.equal(kept?.n, 1, 'the other record keeps its own name');
    });

    it('still shows the pair’s history to the reviewer, its reasons erased', async () => {
      const history = await platform().db.query<{ reason: string }>(
        `select d.reason from person_match_decision d join person_match_candidate c on c.id = d.candidate_id
          where $1 in (c.person_a, c.person_b) order by d.decided_at`,
        [erased.personId],
      );
      assert.ok(history.length >= 3, 'decided, merged and undone are still told');
      assert.ok(history.every((step) => step.reason === 'anonymised'));
    });
  });
}
