/**
 * Awareness campaigns of a country: audiences, languages, channels, events in cities with
 * attendance and reach, a materials library, linked to the action-plan activity they carry out.
 */
export { registerCampaignRoutes } from './campaign.routes.ts';
