/**
 * Standard operating guidelines: versioned documents of a country with effective dates, the
 * agencies that must acknowledge each version, and who has. No victim data.
 */
export { guidelineLabels } from './guideline.labels.ts';
export { registerGuidelineRoutes } from './guideline.routes.ts';
