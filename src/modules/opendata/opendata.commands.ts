import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { longestPeriodFrom, periodProblems } from '../../shared/period.ts';
import { agencyToday } from '../agencies/index.ts';
import type { AnonymisationResult } from './k-anonymity.ts';
import { anonymiseMicrodata, readMicrodataHistogram } from './microdata.ts';
import type { MicrodataQuery, MicrodataReport } from './opendata.schema.ts';

/**
 * The anonymised microdata of the caller's country and its report, with the suppression-only
 * baseline beside it. Audited (who published what period, and how much of it was kept): the file
 * holds no personal data, but it is a release of data about victims.
 */
export async function buildMicrodata(props: {
  tx: Tx;
  actor: Actor;
  query: MicrodataQuery;
  requestId: string;
  format: 'csv' | 'report';
}): Promise<{ result: AnonymisationResult; report: MicrodataReport }> {
  const { tx, actor, query } = props;
  const to = query.to ?? (await agencyToday(tx, actor.agencyId));
  const from = query.from ?? longestPeriodFrom(to);
  const problems = periodProblems({ from, to }, { from: 'query.from', to: 'query.to' });
  if (problems.length > 0) throw new ValidationError(problems);
  const histogram = await readMicrodataHistogram(tx, from, to);
  const result = anonymiseMicrodata(histogram);
  const baseline = anonymiseMicrodata(histogram, { algorithm: 'suppression-only' }).report;
  const report: MicrodataReport = {
    ...result.report,
    columns: [...result.report.columns],
    baseline: { rowsKept: baseline.rowsKept, keptShare: baseline.keptShare },
  };
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'opendata.microdata_export',
    requestId: props.requestId,
    detail: {
      format: props.format,
      from,
      to,
      k: report.k,
      rowsIn: report.rowsIn,
      rowsKept: report.rowsKept,
      levels: report.columns.map((column) => column.level),
    },
  });
  return { result, report };
}
