import type { Db } from '../../src/db/db.ts';

/**
 * What autovacuum's analyse does on a production server, done between two timed jobs on this
 * machine, whose PostgreSQL runs with autovacuum off: every table of the database whose rows changed
 * since its last analyse by more than `autovacuum_analyze_threshold` + `autovacuum_analyze_scale_factor`
 * × its rows (50 + 10 % by default) is analysed now. Without it a new database's pair tables keep the
 * statistics of their empty start for a whole run, and the job's prepared statements keep plans
 * made for empty tables while the tables grow (decision 0205). A server analyses within a minute
 * (`autovacuum_naptime`); this at once, and outside the job's timing, as a worker of its own would.
 * Answers the tables analysed.
 */
export async function analyseLikeAutovacuum(db: Db): Promise<string[]> {
  const due = await db.query<{ name: string }>(
    `select format('%I.%I', s.schemaname, s.relname) as name
       from pg_stat_user_tables s join pg_class c on c.oid = s.relid
      where s.n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::float8
              + current_setting('autovacuum_analyze_scale_factor')::float8 * greatest(c.reltuples, 0)`,
  );
  if (due.length > 0) await db.query(`analyze ${due.map((table) => table.name).join(', ')}`);
  return due.map((table) => table.name);
}
