/**
 * Statistics: counts and trends of victims (identified, referred, sheltered, repatriated,
 * reintegrated; days to referral and placement) by period and dimension, the prosecution figures and
 * overdue deadlines, for one agency or, with statistics:read, the country, with small cells
 * suppressed beyond the owning agency. See docs/decisions/0013-statistics.md; the victim figures
 * and the investigations and arrests
 * come from rollups kept by a job (decision 0033).
 */

export {
  refreshProsecutionRollup,
  refreshRollupHandler,
  refreshRollupJob,
  refreshVictimRollup,
  scheduleRollupRefresh,
} from './rollup.ts';
export { registerStatisticsRoutes } from './statistics.routes.ts';
