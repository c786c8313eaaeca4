import type { Tx } from '../../db/db.ts';
import {
  type CourseRow,
  countAttended,
  participantsOf,
  registrationOrder,
  requireCourse,
  requireSession,
  sessionsOfCourse,
} from './training.repo.ts';
import { chaptersOfCourse } from './training-manual.repo.ts';

const score = (value: string | null) => (value === null ? null : Number(value));

export async function presentCourse(tx: Tx, course: CourseRow | string) {
  const row = typeof course === 'string' ? await requireCourse(tx, course) : course;
  return {
    id: row.id,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    country: row.country,
    title: row.title,
    topic: row.topic,
    curriculum: row.curriculum,
    manualChapters: await chaptersOfCourse(tx, row.id),
    languages: row.languages,
    targetRoles: row.target_roles,
    sessions: (await sessionsOfCourse(tx, row.id)).map((s) => ({
      id: s.id,
      startsOn: s.starts_on,
      endsOn: s.ends_on,
      mode: s.mode,
      place: s.place,
      capacity: s.capacity,
      registered: s.registered,
    })),
  };
}

/** A session with the participants the caller may see (the database decides which). */
export async function presentSession(tx: Tx, id: string) {
  const session = await requireSession(tx, id);
  const order = await registrationOrder(tx, id);
  return {
    id: session.id,
    courseId: session.course_id,
    courseTitle: session.course_title,
    agencyId: session.agency_id,
    startsOn: session.starts_on,
    endsOn: session.ends_on,
    mode: session.mode,
    place: session.place,
    onlineUrl: session.online_url,
    trainers: session.trainers,
    capacity: session.capacity,
    language: session.language,
    attendedCount: await countAttended(tx, id),
    participants: (await participantsOf(tx, id)).map((p) => ({
      id: p.id,
      userId: p.user_id,
      fullName: p.full_name,
      agencyId: p.agency_id,
      agencyName: p.agency_name,
      role: p.role,
      registeredAt: new Date(p.registered_at).toISOString(),
      waitlisted: (order.get(p.id) ?? 0) > session.capacity,
      attended: p.attended,
      preScore: score(p.pre_score),
      postScore: score(p.post_score),
      certificate:
        p.certificate_id && p.certificate_code && p.certificate_issued_at
          ? {
              id: p.certificate_id,
              code: p.certificate_code,
              issuedAt: new Date(p.certificate_issued_at).toISOString(),
            }
          : null,
    })),
  };
}

export { score };
