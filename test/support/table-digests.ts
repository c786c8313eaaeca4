import type { Db } from '../../src/db/db.ts';

/**
 * Tables a refused request may still write: the audit trail, sessions, sign-in throttling and
 * rate limits, the public portal's record of failed code checks (its throttle), migrations.
 */
const bookkeeping = '%(audit|session|sign_in|rate|public_attempt|migration)%';

const statements = new WeakMap<Db, Promise<string>>();

/**
 * Row count and an md5 of the rows of every other table, in one query: equal digests before and
 * after mean nothing was written (the fuzzer's refused batches, the authorisation matrix's refused
 * changes).
 */
export async function tableDigests(db: Db): Promise<Record<string, string>> {
  let statement = statements.get(db);
  if (!statement) {
    statement = db
      .query<{ table_name: string }>(
        `select table_name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not similar to $1
          order by table_name`,
        [bookkeeping],
      )
      .then((tables) =>
        tables
          .map(
            ({ table_name }) =>
              `select '${table_name}' as name, count(*)::int as n,
                      md5(string_agg(t::text, ',' order by t::text)) as digest from "${table_name}" t`,
          )
          .join(' union all '),
      );
    statements.set(db, statement);
  }
  const rows = await db.query<{ name: string; n: number; digest: string | null }>(await statement);
  return Object.fromEntries(rows.map((row) => [row.name, `${row.n}:${row.digest ?? ''}`]));
}
