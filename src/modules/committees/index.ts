/**
 * Committees and meetings: committees of a country with member agencies and roles; meetings with
 * agenda, attendance, minutes and decisions (linked to action plan activities); action items with
 * owner, due date and status, carried to the next meeting while open. No victim data.
 */

export { createCommittee, createMeeting, recordMeeting, updateActionItem } from './committee.commands.ts';
export { committeeLabels } from './committee.labels.ts';
export { requireActionItem, requireCommittee, requireMeeting } from './committee.repo.ts';
export { registerCommitteeRoutes } from './committee.routes.ts';
