import { randomInt } from 'node:crypto';
import { auditCommand } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import {
  ConflictError,
  type FieldProblem,
  ForbiddenError,
  RuleViolationError,
  ValidationError,
} from '../../shared/errors.ts';
import { agencyToday, findAgency } from '../agencies/index.ts';
import { countAttended, type SessionRow } from './training.repo.ts';
import type { Attendance, CreateCourse, CreateSession, Registration } from './training.schema.ts';
import { chapterProblems, linkChapters } from './training-manual.commands.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

const one = async (rows: Promise<{ id: string }[]>) => (await rows)[0]?.id as string;

/** A course of the actor's agency and country, naming the chapters of the country's manual it teaches. */
export async function createCourse(props: CommandProps & { course: CreateCourse }): Promise<string> {
  const { tx, actor, course } = props;
  const country = (await findAgency(tx, actor.agencyId))?.country.trim() ?? '';
  const problems = await chapterProblems(tx, course.manualChapterIds);
  if (problems.length > 0) throw new ValidationError(problems);
  const id = await one(
    tx.query<{ id: string }>(
      `insert into training_course (agency_id, country, title, topic, curriculum, languages, target_roles, created_by)
       values ($1, $2, $3, $4, $5, $6::text[], $7::text[], $8) returning id`,
      [
        actor.agencyId,
        country,
        course.title,
        course.topic,
        course.curriculum,
        [...new Set(course.languages)],
        [...new Set(course.targetRoles)],
        actor.userId,
      ],
    ),
  );
  await linkChapters(tx, id, course.manualChapterIds);
  await auditCommand(
    props,
    'training_course.create',
    { type: 'training_course', id },
    { topic: course.topic },
  );
  return id;
}

/** A session of a course: in person at a place or online, with trainers and a capacity. */
export async function createSession(
  props: CommandProps & { courseId: string; session: CreateSession },
): Promise<string> {
  const { tx, actor, courseId, session } = props;
  const problems: FieldProblem[] = [];
  if (session.endsOn < session.startsOn)
    problems.push({ code: 'ends_before_start', field: 'endsOn', message: 'must not be before startsOn' });
  if (session.mode === 'in_person' && !session.place)
    problems.push({
      code: 'place_required_in_person',
      field: 'place',
      message: 'is required for a session in person',
    });
  if (problems.length > 0) throw new ValidationError(problems);
  const id = await one(
    tx.query<{ id: string }>(
      `insert into training_session (course_id, starts_on, ends_on, mode, place, online_url, trainers, capacity, language, created_by)
       values ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9, $10) returning id`,
      [
        courseId,
        session.startsOn,
        session.endsOn,
        session.mode,
        session.place ?? null,
        session.onlineUrl ?? null,
        session.trainers,
        session.capacity,
        session.language,
        actor.userId,
      ],
    ),
  );
  await auditCommand(props, 'training_session.create', { type: 'training_session', id }, { courseId });
  return id;
}

/**
 * Registers a participant. The running agency's trainers register anyone of the country by name,
 * agency and role (with their account when they have one); anyone registers themselves (an empty
 * body). Places
 * beyond the capacity are a waiting list: attendance, not registration, is what the capacity limits.
 */
export async function register(
  props: CommandProps & { session: SessionRow; runs: boolean; registration: Registration },
): Promise<string> {
  const { tx, actor, session, runs, registration } = props;
  const self = Object.values(registration).every((value) => value === undefined);
  if (!runs && !self) {
    throw new ForbiddenError('training_register_self_only', 'You may register yourself only.');
  }
  let participant: { userId: string | null; fullName: string; agencyId: string; role: string };
  const problems: FieldProblem[] = [];
  if (self) {
    const [me] = await tx.query<{ display_name: string; role_code: string | null }>(
      `select u.display_name,
              (select m.role_code from membership m where m.user_id = u.id and m.agency_id = $2
                order by m.role_code limit 1) as role_code
         from app_user u where u.id = $1`,
      [actor.userId, actor.agencyId],
    );
    participant = {
      userId: actor.userId,
      fullName: me?.display_name ?? '',
      agencyId: actor.agencyId,
      role: me?.role_code ?? 'participant',
    };
  } else {
    if (!registration.fullName)
      problems.push({ code: 'required', field: 'fullName', message: 'is required' });
    if (!registration.agencyId)
      problems.push({ code: 'required', field: 'agencyId', message: 'is required' });
    if (!registration.role) problems.push({ code: 'required', field: 'role', message: 'is required' });
    participant = {
      userId: registration.userId ?? null,
      fullName: registration.fullName ?? '',
      agencyId: registration.agencyId ?? '',
      role: registration.role ?? '',
    };
  }
  if (problems.length === 0) {
    const agency = await findAgency(tx, participant.agencyId);
    if (!agency || agency.country.trim() !== session.country)
      problems.push({
        code: 'agency_not_of_country',
        field: 'agencyId',
        message: 'is not an agency of the course’s country',
      });
  }
  if (problems.length > 0) throw new ValidationError(problems);
  if (participant.userId) {
    const [taken] = await tx.query(
      'select 1 from training_participant where session_id = $1 and user_id = $2',
      [session.id, participant.userId],
    );
    if (taken)
      throw new ConflictError('already_registered', 'This person is registered for the session already.', [
        { code: 'registered_already', field: 'userId', message: 'is registered already' },
      ]);
  }
  const id = await one(
    tx.query<{ id: string }>(
      `insert into training_participant (session_id, user_id, full_name, agency_id, role, registered_by)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [
        session.id,
        participant.userId,
        participant.fullName,
        participant.agencyId,
        participant.role,
        actor.userId,
      ],
    ),
  );
  await auditCommand(
    props,
    'training_participant.register',
    { type: 'training_participant', id },
    { sessionId: session.id, self: participant.userId === actor.userId },
  );
  return id;
}

/**
 * Records attendance and pre/post assessment scores. The session is locked first, so that two
 * trainers recording at once cannot together go over the capacity; the database checks it too.
 */
export async function recordAttendance(
  props: CommandProps & { session: SessionRow; attendance: Attendance },
): Promise<void> {
  const { tx, actor, session, attendance } = props;
  if (await sessionDayNotReached(tx, session, session.starts_on)) {
    throw new RuleViolationError(
      'training_session_not_started',
      `Attendance is recorded once the session has started (on ${session.starts_on}).`,
    );
  }
  const participants = await tx.query<{ id: string; certified: boolean }>(
    `select p.id, exists (select 1 from training_certificate t where t.participant_id = p.id) as certified
       from training_participant p where p.session_id = $1`,
    [session.id],
  );
  const known = new Map(participants.map((row) => [row.id, row]));
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  attendance.records.forEach((record, i) => {
    const participant = known.get(record.participantId);
    if (!participant)
      problems.push({
        code: 'participant_not_of_session',
        field: `records.${i}.participantId`,
        message: 'is not a participant of the session',
      });
    else if (seen.has(record.participantId))
      problems.push({ code: 'given_twice', field: `records.${i}.participantId`, message: 'is given twice' });
    // A certificate says its holder attended, and anyone can check it on the public site.
    else if (participant.certified && !record.attended)
      problems.push({
        code: 'certificate_keeps_attendance',
        field: `records.${i}.attended`,
        message: 'has a certificate, so stays marked present',
      });
    seen.add(record.participantId);
    if (!record.attended && (record.postScore ?? null) !== null)
      problems.push({
        code: 'score_needs_attendance',
        field: `records.${i}.postScore`,
        message: 'needs the participant to have attended',
      });
  });
  if (problems.length > 0) throw new ValidationError(problems);
  const present = await tx.query<{ id: string; attended: boolean }>(
    'select id, attended from training_participant where session_id = $1 and attended',
    [session.id],
  );
  const attending = new Set(present.map((row) => row.id));
  for (const record of attendance.records) {
    if (record.attended) attending.add(record.participantId);
    else attending.delete(record.participantId);
  }
  if (attending.size > session.capacity) {
    throw new RuleViolationError(
      'training_over_capacity',
      `The session holds ${session.capacity}; this would record ${attending.size} as present.`,
    );
  }
  // Those leaving first, so that the database's capacity check never sees a passing excess.
  const ordered = [...attendance.records].sort((a, b) => Number(a.attended) - Number(b.attended));
  for (const record of ordered) {
    // Only the scores given are set: the application role may write the columns but not read them
    // (migration 0129), so "keep the old score" cannot be written as an expression over it.
    const scores = [
      ['pre_score', record.preScore],
      ['post_score', record.postScore],
    ].filter((score): score is [string, number | null] => score[1] !== undefined);
    await tx.query(
      `update training_participant
          set attended = $2, recorded_by = $3, recorded_at = now()
              ${scores.map(([column], i) => `, ${column} = $${i + 4}::numeric`).join('')}
        where id = $1`,
      [record.participantId, record.attended, actor.userId, ...scores.map(([, value]) => value)],
    );
  }
  await auditCommand(
    props,
    'training_session.record_attendance',
    { type: 'training_session', id: session.id },
    { records: attendance.records.length, attended: await countAttended(tx, session.id) },
  );
}

/** Whether `day` of the session is still ahead in the time zone of the agency that runs it. */
/** Whether `day` is still ahead in the session's agency's time zone. */
async function sessionDayNotReached(tx: Tx, session: SessionRow, day: string): Promise<boolean> {
  return (await agencyToday(tx, session.agency_id)) < day;
}

const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random verification code such as `K7QM-2XHD-9PWA` (60 bits; no 0/O or 1/I to misread). */
export function newCertificateCode(): string {
  const group = () => Array.from({ length: 4 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}

/** Certificates for participants who attended; anyone who did not is refused, naming the field. */
export async function issueCertificates(
  props: CommandProps & { session: SessionRow; participantIds: readonly string[] },
): Promise<string[]> {
  const { tx, actor, session, participantIds } = props;
  if (await sessionDayNotReached(tx, session, session.ends_on)) {
    throw new RuleViolationError(
      'training_session_not_ended',
      `Certificates are issued once the session has ended (on ${session.ends_on}).`,
    );
  }
  const rows = await tx.query<{ id: string; attended: boolean; full_name: string; certified: boolean }>(
    `select p.id, p.attended, p.full_name,
            exists (select 1 from training_certificate t where t.participant_id = p.id) as certified
       from training_participant p where p.session_id = $1`,
    [session.id],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const problems: FieldProblem[] = [];
  participantIds.forEach((id, i) => {
    const row = byId.get(id);
    if (!row)
      problems.push({
        code: 'participant_not_of_session',
        field: `participantIds.${i}`,
        message: 'is not a participant of the session',
      });
    else if (!row.attended)
      problems.push({
        code: 'did_not_attend',
        field: `participantIds.${i}`,
        message: 'did not attend the session',
      });
    else if (row.certified)
      problems.push({
        code: 'certificate_exists',
        field: `participantIds.${i}`,
        message: 'has a certificate already',
      });
  });
  if (problems.length > 0) throw new ValidationError(problems, 'Certificates go only to those who attended.');
  const ids: string[] = [];
  for (const participantId of new Set(participantIds)) {
    const row = byId.get(participantId);
    const id = await one(
      tx.query<{ id: string }>(
        `insert into training_certificate (participant_id, code, holder_name, course_title, completed_on, issuing_agency_id, issued_by)
         values ($1, $2, $3, $4, $5, $6, $7) returning id`,
        [
          participantId,
          newCertificateCode(),
          row?.full_name,
          session.course_title,
          session.ends_on,
          actor.agencyId,
          actor.userId,
        ],
      ),
    );
    ids.push(id);
    await auditCommand(
      props,
      'training_certificate.issue',
      { type: 'training_certificate', id },
      { sessionId: session.id },
    );
  }
  return ids;
}
