/**
 * Awareness campaigns of a country: audiences, languages, channels, events in cities with
 * attendance and reach, a materials library, linked to the action-plan activity they carry out.
 */

export { addEvent, addMaterial, createCampaign } from './campaign.commands.ts';
export { requireCampaign } from './campaign.repo.ts';
export { registerCampaignRoutes } from './campaign.routes.ts';
