/**
 * Prosecution: investigations by a law-enforcement or prosecution agency, linked to victims'
 * cases (its own, or referred to it for investigation), suspects (persons), arrests, charges by
 * offence code of the jurisdiction pack, court hearings, outcomes with sentences, restitution and
 * compensation ordered and paid, and the figures (investigations, arrests, persons charged and
 * convicted by offence category and period). Victims' identities show only to users who may read
 * cases. See docs/decisions/0010-prosecution.md.
 */

// Read by the statistics module, which shows the same figures on its dashboard.
export { type FiguresRow, prosecutionFigures } from './figures.repo.ts';
export { figureMeasures } from './figures.suppression.ts';
// Read by the job-advert screening, which saves flagged adverts to an investigation.
export { type InvestigationRow, requireInvestigation } from './investigation.repo.ts';
export { type OpenInvestigation, openInvestigationSchema } from './investigation.schema.ts';
// Used by the public portal, which turns a report by the public into an investigation.
export { openInvestigationFromReport, type ReportForInvestigation } from './investigation-origin.commands.ts';
export { type OffenceCategory, offenceCategories, offencesFor } from './offences.ts';
export { type Label, prosecutionLabels } from './prosecution.labels.ts';
export { investigationPolicy } from './prosecution.policy.ts';
export { registerProsecutionRoutes } from './prosecution.routes.ts';
