/**
 * Every kind of event a case's timeline shows: a closed list (decision 0094). The database holds
 * case_event.kind to it (migration 0214), the timeline's OpenAPI schema names it, and the web
 * app types its timeline with it and asks for a label of each in every language (a type error,
 * then a test) — so a new kind is added here, in a migration, and in the web's labels together.
 * In src/shared because the web app imports it.
 */
export const caseEventKinds = [
  // The case itself and its work (case.commands.ts, case-work.commands.ts).
  'case.opened',
  'case.updated',
  'case.activated',
  'case.closed',
  'case.reopened',
  'case.closure_requested',
  'case.task_added',
  'case.task_changed',
  'case.task_done',
  'case.note_added',
  'case.worker_assigned',
  'case.worker_unassigned',
  'case.attachment_added',
  // Care (src/modules/care) and health (src/modules/health-screening).
  'case.needs_assessed',
  'case.care_plan_created',
  'case.care_plan_revised',
  'case.care_plan_submitted',
  'case.service_delivered',
  'case.health_screened',
  // Written by the placement's trigger (migration 0025).
  'case.shelter_admitted',
  'case.shelter_transferred',
  'case.shelter_discharged',
  // The return home; the receiving agency's steps through lindung_record_return_event (migration 0031).
  'case.repatriation_planned',
  'case.repatriation_departed',
  'case.repatriation_received',
  'case.repatriation_cancelled',
  'case.reintegration_planned',
  'case.reintegration_followed_up',
  'case.reintegration_closed',
  'case.erasure_requested',
  'case.erasure_approved',
  'case.linked_to_investigation',
  'protection_order.record',
  'protection_order.extend',
  'protection_order.revoke',
  // Written by the referral's trigger (migrations 0019, 0169), but for the approval asked first.
  'referral.submitted',
  'referral.sent',
  'referral.accepted',
  'referral.declined',
  'referral.completed',
  'referral.cancelled',
  // About the person, on each of the agency's cases the person is in (recordPersonCaseEvent).
  'consent.recorded',
  'consent.withdrawn',
  'screening.completed',
  'identification_decision.recorded',
] as const;

export type CaseEventKind = (typeof caseEventKinds)[number];
