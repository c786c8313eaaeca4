/**
 * Standard operating guidelines: versioned documents of a country with effective dates, the
 * agencies that must acknowledge each version, and who has. No victim data.
 */

export { acknowledgeVersion, createGuideline, issueVersion } from './guideline.commands.ts';
export { guidelineLabels } from './guideline.labels.ts';
export { requireGuideline, requireVersion, versionsOf } from './guideline.repo.ts';
export { registerGuidelineRoutes } from './guideline.routes.ts';
