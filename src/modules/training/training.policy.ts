import { type Actor, can, type Policy } from '../../policy/policy.ts';

interface Run {
  readonly agency_id: string;
}

const runs = (actor: Actor, course: Run | undefined) =>
  can(actor, 'training:manage') && (course === undefined || course.agency_id === actor.agencyId);

/**
 * Courses and sessions are read by every agency of the course's country (the database limits them
 * to it); the running agency's trainers (training:manage) add sessions, register anyone, record
 * attendance and scores and issue certificates. Any signed-in user of the country registers
 * themselves. Migration 0076 says the same.
 */
export const trainingPolicy = {
  create: (actor: Actor) => can(actor, 'training:manage'),
  run: runs,
  /** The session's own report and history views read everything the database shows. */
  report: (actor: Actor) => can(actor, 'training:manage') || can(actor, 'statistics:read'),
} satisfies Policy<Run | undefined>;
