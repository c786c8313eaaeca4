import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import {
  createCourse,
  createSession,
  issueCertificates,
  recordAttendance,
  register,
  requireSession,
} from '../training/index.ts';
import { seedTrainingManual } from './demo-manual.ts';

interface DemoActors {
  readonly trainer: Actor;
  /** Demo users who attend the first course, with their agency and role. */
  readonly participants: readonly { userId: string; fullName: string; agencyId: string; role: string }[];
}

const requestId = 'demo-seed';

/**
 * The national training manual, a course of it run to certificates (so the public check has a code to
 * verify), and a second course open for registration.
 */
export async function seedTraining(tx: Tx, actors: DemoActors): Promise<void> {
  const { trainer } = actors;
  const chapter = await seedTrainingManual(tx, trainer);
  const identification = await createCourse({
    tx,
    actor: trainer,
    requestId,
    course: {
      title: 'Identifying victims of trafficking in persons',
      topic: 'identification',
      curriculum:
        'Module 1: the law and the indicators. Module 2: interviewing with an interpreter. Module 3: referral and protection orders.',
      manualChapterIds: ['3', '4', '4.2'].map(chapter),
      languages: ['ms', 'en'],
      targetRoles: ['frontline_officer', 'case_manager', 'investigator'],
    },
  });
  const sessionId = await createSession({
    tx,
    actor: trainer,
    requestId,
    courseId: identification,
    session: {
      startsOn: '2025-11-18',
      endsOn: '2025-11-20',
      mode: 'in_person',
      place: 'Kuala Lumpur',
      trainers: ['Mohd Faizal Hamid'],
      capacity: 30,
      language: 'ms',
    },
  });
  let session = await requireSession(tx, sessionId);
  for (const participant of actors.participants) {
    await register({ tx, actor: trainer, session, runs: true, registration: participant, requestId });
  }
  const rows = await tx.query<{ id: string }>(
    'select id from training_participant where session_id = $1 order by registered_at, id',
    [sessionId],
  );
  session = await requireSession(tx, sessionId);
  await recordAttendance({
    tx,
    actor: trainer,
    session,
    requestId,
    attendance: {
      records: rows.map((row, i) => ({
        participantId: row.id,
        attended: i < rows.length - 1 || rows.length === 1,
        preScore: 45 + i * 5,
        postScore: i < rows.length - 1 || rows.length === 1 ? 80 + i * 3 : null,
      })),
    },
  });
  const attended = await tx.query<{ id: string }>(
    'select id from training_participant where session_id = $1 and attended order by registered_at, id',
    [sessionId],
  );
  await issueCertificates({
    tx,
    actor: trainer,
    session,
    participantIds: attended.map((row) => row.id),
    requestId,
  });
  const protection = await createCourse({
    tx,
    actor: trainer,
    requestId,
    course: {
      title: 'Victim-centred case management',
      topic: 'victim_protection',
      curriculum: 'Needs assessment, consent, care plans and safe return.',
      manualChapterIds: ['5', '6'].map(chapter),
      languages: ['en', 'ms', 'id', 'vi'],
      targetRoles: ['case_manager', 'shelter_manager'],
    },
  });
  await createSession({
    tx,
    actor: trainer,
    requestId,
    courseId: protection,
    session: {
      startsOn: '2027-03-09',
      endsOn: '2027-03-10',
      mode: 'online',
      onlineUrl: 'https://meet.example.org/lindung-case-management',
      trainers: ['Mohd Faizal Hamid', 'Lim Mei Ling'],
      capacity: 100,
      language: 'en',
    },
  });
}
