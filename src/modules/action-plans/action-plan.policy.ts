import { type Actor, can, type Policy, Refusal } from '../../policy/policy.ts';

interface PlanSubject {
  readonly agencyId: string;
}

const coordinates = (actor: Actor, plan: PlanSubject | undefined) =>
  can(actor, 'coordination:manage') && (plan === undefined || plan.agencyId === actor.agencyId);

/**
 * Who may do what with a national action plan. Every signed-in user of an agency of the plan's
 * country reads it (the database limits plans to the country); the coordinating agency's
 * coordinators change it, review reports and see the dashboard; an activity's responsible agency
 * (users with coordination:report) reports on it. The policies of migration 0061 say the same.
 */
export const actionPlanPolicy = {
  read: () => true,
  create: (actor: Actor) => can(actor, 'coordination:manage'),
  coordinate: coordinates,
} satisfies Policy<PlanSubject | undefined>;

// Another agency that reports on plans is told why, not only that it may not (issue 9's bad input).
const notResponsible = new Refusal(
  'not_responsible_agency',
  'Only the agency responsible for this activity reports on its progress.',
);

export const reportPolicy = {
  report: (actor: Actor, activity: { responsibleAgencyId: string }) =>
    can(actor, 'coordination:report') && (activity.responsibleAgencyId === actor.agencyId || notResponsible),
} satisfies Policy<{ responsibleAgencyId: string }>;
