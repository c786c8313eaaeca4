import { type BatchTx, u } from '../sql.ts';

/**
 * The last day a synthetic follow-up may be held on: the data set's returns run into 2026, and a
 * follow-up is never dated in the future (the API refuses it), so the schedule is cut here rather
 * than at today's date, which would make the data set depend on the day it was generated.
 */
export const followUpsUntil = '2026-06-30';

/**
 * The reintegration plans' follow-ups, held by the receiving agency near each due date of the plan's
 * schedule (1, 3, 6 and 12 months after the return), in order: most plans keep the first ones, fewer
 * reach the twelfth month (contact is lost). Every outcome measure gets a code, better as the months
 * pass; income is the slowest to come right. Notes, optional and encrypted, stay empty.
 */
export async function writeFollowUps(tx: BatchTx, seed: number): Promise<void> {
  await tx.query(
    `create temp table syn_f on commit drop as
     select t.i, t.plan_id, t.receiving_agency_id, t.receiving_user_id, s.sequence::int as sequence,
            t.departed_on + 1 + make_interval(months => s.months)
              + make_interval(days => floor(${u('h.h', 2)} * 21)::int - 7) as held_at,
            decode(md5($1 || '/outcome/' || t.i || '/' || s.sequence), 'hex') as o
       from syn_ret t
       cross join lateral (select decode(md5($1 || '/follow_up/' || t.i), 'hex') as h) h
       cross join lateral unnest('{1,3,6,12}'::int[]) with ordinality as s(months, sequence)
      where t.reintegrate
        and s.sequence <= case when ${u('h.h', 1)} < 0.1 then 0 when ${u('h.h', 1)} < 0.25 then 1
                               when ${u('h.h', 1)} < 0.45 then 2 when ${u('h.h', 1)} < 0.65 then 3 else 4 end`,
    [String(seed)],
  );
  const wellbeing = (k: number, shift: number) =>
    `case when ${u('f.o', k)} < 0.3 + 0.1 * f.sequence - ${shift} then 'good'
          when ${u('f.o', k)} < 0.68 + 0.05 * f.sequence - ${shift} then 'fair'
          when ${u('f.o', k)} < 0.97 then 'poor' else 'not_assessed' end`;
  await tx.query(
    `insert into reintegration_follow_up (plan_id, agency_id, sequence, held_on, outcomes, notes, recorded_by, created_at)
     select f.plan_id, f.receiving_agency_id, f.sequence, f.held_at::date,
            jsonb_build_object('safety', ${wellbeing(1, 0)}, 'housing', ${wellbeing(2, 0.05)},
              'income', ${wellbeing(3, 0.2)}, 'health', ${wellbeing(4, 0)}, 'family', ${wellbeing(5, 0)},
              'legal_status', ${wellbeing(6, 0.05)},
              're_trafficking_risk', case when ${u('f.o', 7)} < 0.5 + 0.08 * f.sequence then 'low'
                                          when ${u('f.o', 7)} < 0.88 + 0.02 * f.sequence then 'medium'
                                          when ${u('f.o', 7)} < 0.985 then 'high' else 'not_assessed' end),
            null, f.receiving_user_id, f.held_at::date::timestamptz
       from syn_f f
      where f.held_at::date <= date '${followUpsUntil}'`,
  );
}
