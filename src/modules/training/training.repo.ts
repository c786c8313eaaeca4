import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { TrainingTopic } from './training.labels.ts';

export interface CourseRow {
  id: string;
  agency_id: string;
  agency_name: string;
  country: string;
  title: string;
  topic: TrainingTopic;
  curriculum: string;
  languages: string[];
  target_roles: string[];
}

export interface SessionRow {
  id: string;
  course_id: string;
  course_title: string;
  agency_id: string;
  country: string;
  starts_on: string;
  ends_on: string;
  mode: 'in_person' | 'online';
  place: string | null;
  online_url: string | null;
  trainers: string[];
  capacity: number;
  language: 'en' | 'ms' | 'id' | 'vi';
}

export interface ParticipantRow {
  id: string;
  session_id: string;
  user_id: string | null;
  full_name: string;
  agency_id: string;
  agency_name: string;
  role: string;
  registered_at: Date;
  attended: boolean;
  pre_score: string | null;
  post_score: string | null;
  certificate_id: string | null;
  certificate_code: string | null;
  certificate_issued_at: Date | null;
}

const courseSelect = `
  select c.id, c.agency_id, a.name as agency_name, trim(c.country) as country, c.title, c.topic, c.curriculum,
         c.languages, c.target_roles
    from training_course c join agency a on a.id = c.agency_id`;

export function listCourses(tx: Tx): Promise<CourseRow[]> {
  return tx.query<CourseRow>(`${courseSelect} order by c.title, c.id`);
}

export async function requireCourse(tx: Tx, id: string): Promise<CourseRow> {
  const [row] = await tx.query<CourseRow>(`${courseSelect} where c.id = $1`, [id]);
  if (!row) throw new NotFoundError('training_course');
  return row;
}

export function sessionsOfCourse(tx: Tx, courseId: string) {
  return tx.query<{
    id: string;
    starts_on: string;
    ends_on: string;
    mode: 'in_person' | 'online';
    place: string | null;
    capacity: number;
    registered: number;
  }>(
    `select s.id, to_char(s.starts_on, 'YYYY-MM-DD') as starts_on, to_char(s.ends_on, 'YYYY-MM-DD') as ends_on,
            s.mode, s.place, s.capacity,
            (lindung_training_session_counts(s.id)).registered
       from training_session s where s.course_id = $1 order by s.starts_on, s.id`,
    [courseId],
  );
}

export async function requireSession(
  tx: Tx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<SessionRow> {
  const [row] = await tx.query<SessionRow>(
    `select s.id, s.course_id, c.title as course_title, c.agency_id, trim(c.country) as country,
            to_char(s.starts_on, 'YYYY-MM-DD') as starts_on, to_char(s.ends_on, 'YYYY-MM-DD') as ends_on,
            s.mode, s.place, s.online_url, s.trainers, s.capacity, s.language
       from training_session s join training_course c on c.id = s.course_id
      where s.id = $1 ${options.lock ? 'for update of s' : ''}`,
    [id],
  );
  if (!row) throw new NotFoundError('training_session');
  return row;
}

/**
 * A participant's scores: for the participant, the session's trainers and their agency's
 * administrators only; the application role cannot read the columns (migration 0129).
 */
const scoresJoin = 'cross join lateral lindung_training_scores(p.id) sc';

const participantSelect = `
  select p.id, p.session_id, p.user_id, p.full_name, p.agency_id, a.name as agency_name, p.role, p.registered_at,
         p.attended, sc.pre_score::text, sc.post_score::text,
         t.id as certificate_id, t.code as certificate_code, t.issued_at as certificate_issued_at
    from training_participant p join agency a on a.id = p.agency_id
    ${scoresJoin}
    left join training_certificate t on t.participant_id = p.id`;

/** The session's participants the caller may see, in order of registration. */
export function participantsOf(tx: Tx, sessionId: string): Promise<ParticipantRow[]> {
  return tx.query<ParticipantRow>(
    `${participantSelect} where p.session_id = $1 order by p.registered_at, p.id`,
    [sessionId],
  );
}

/**
 * Each visible participant's place in the order of registration, counted among all the session's
 * participants (places beyond the capacity are a waiting list), even those the caller cannot see.
 */
export async function registrationOrder(tx: Tx, sessionId: string): Promise<Map<string, number>> {
  const rows = await tx.query<{ id: string; n: number }>(
    'select participant_id as id, place as n from lindung_training_registration_positions($1)',
    [sessionId],
  );
  return new Map(rows.map((row) => [row.id, row.n]));
}

/** All the session's attendance, not only the participants the caller can see. */
export async function countAttended(tx: Tx, sessionId: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    'select attended as n from lindung_training_session_counts($1)',
    [sessionId],
  );
  return row?.n ?? 0;
}

export interface HistoryRow {
  participant_id: string;
  user_id: string | null;
  full_name: string;
  agency_id: string;
  agency_name: string;
  role: string;
  course_id: string;
  course_title: string;
  topic: TrainingTopic;
  session_id: string;
  starts_on: string;
  ends_on: string;
  attended: boolean;
  pre_score: string | null;
  post_score: string | null;
  certificate_id: string | null;
  certificate_code: string | null;
}

/** Participations the caller may see, newest first, optionally of one user or one agency. */
export function history(tx: Tx, filter: { userId?: string | undefined; agencyId?: string | undefined }) {
  return tx.query<HistoryRow>(
    `select p.id as participant_id, p.user_id, p.full_name, p.agency_id, a.name as agency_name, p.role,
            c.id as course_id, c.title as course_title, c.topic, s.id as session_id,
            to_char(s.starts_on, 'YYYY-MM-DD') as starts_on, to_char(s.ends_on, 'YYYY-MM-DD') as ends_on,
            p.attended, sc.pre_score::text, sc.post_score::text, t.id as certificate_id, t.code as certificate_code
       from training_participant p
       ${scoresJoin}
       join agency a on a.id = p.agency_id
       join training_session s on s.id = p.session_id
       join training_course c on c.id = s.course_id
       left join training_certificate t on t.participant_id = p.id
      where ($1::uuid is null or p.user_id = $1) and ($2::uuid is null or p.agency_id = $2)
      order by s.starts_on desc, c.title, p.full_name
      limit 2000`,
    [filter.userId ?? null, filter.agencyId ?? null],
  );
}

export interface CertificateRow {
  id: string;
  participant_id: string;
  code: string;
  holder_name: string;
  course_title: string;
  completed_on: string;
  issuing_agency_name: string;
  language: 'en' | 'ms' | 'id' | 'vi';
}

const certificateSelect = `
  select t.id, t.participant_id, t.code, t.holder_name, t.course_title, to_char(t.completed_on, 'YYYY-MM-DD') as completed_on,
         a.name as issuing_agency_name, s.language
    from training_certificate t
    join agency a on a.id = t.issuing_agency_id
    join training_participant p on p.id = t.participant_id
    join training_session s on s.id = p.session_id`;

export async function requireCertificate(tx: Tx, id: string): Promise<CertificateRow> {
  const [row] = await tx.query<CertificateRow>(`${certificateSelect} where t.id = $1`, [id]);
  if (!row) throw new NotFoundError('training_certificate');
  return row;
}

/** A certificate by its code, for the public check: run as the owner role, not under a tenant. */
export async function certificateByCode(tx: Tx, code: string): Promise<CertificateRow | undefined> {
  const [row] = await tx.query<CertificateRow>(`${certificateSelect} where t.code = $1`, [code]);
  return row;
}
