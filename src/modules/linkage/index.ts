/**
 * Review of possible duplicate persons (issue 8, decision 0029): the linkage model's pairs queued
 * with their evidence per field, decisions, merge into one person without losing either record,
 * and undo. The model itself is `src/linkage/`.
 */

export { likelyMatchesElsewhere, type MatchElsewhere } from './linkage.across.ts';
export {
  matchPerson,
  matchPersonHandler,
  matchPersonJob,
  matchPersons,
  matchPersonsHandler,
  matchPersonsJob,
  queuePersonMatches,
} from './linkage.match.ts';
export { purgeProbeHits } from './linkage.probe.ts';
export { registerLinkageRoutes } from './linkage.routes.ts';
export {
  type ScanResult,
  scanAcrossAgencies,
  scanAcrossAgenciesHandler,
  scanAcrossAgenciesJob,
  scheduleLinkageScan,
} from './linkage.scan.ts';
export { scorePersons } from './person-scoring.ts';
