import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { sessionModes, trainingLanguages, trainingTopics } from './training.labels.ts';
import { chapterSchema } from './training-manual.schema.ts';

const language = z.enum(trainingLanguages);

export const createCourseSchema = z
  .strictObject({
    title: singleLineText(3, 300),
    topic: z.enum(trainingTopics),
    curriculum: trimmedText(2, 20000).describe('What the course teaches, module by module'),
    manualChapterIds: z
      .array(z.uuid())
      .max(50)
      .default([])
      .describe(
        "Chapters of the country's national training manual the course teaches (GET /api/training-manuals)",
      ),
    languages: z.array(language).min(1).max(4),
    targetRoles: z
      .array(z.string().regex(/^[a-z_]{2,40}$/))
      .max(20)
      .default([])
      .describe('Role codes the course is for'),
  })
  .meta({ id: 'NewTrainingCourse' });
export type CreateCourse = z.infer<typeof createCourseSchema>;

export const createSessionSchema = z
  .strictObject({
    startsOn: calendarDay,
    endsOn: calendarDay,
    mode: z.enum(sessionModes),
    place: singleLineText(2, 300).optional().describe('Required in person'),
    onlineUrl: z
      .url({ protocol: /^https$/ })
      .max(500)
      .optional(),
    trainers: z.array(singleLineText(2, 200)).min(1).max(20).describe('Names of the trainers'),
    capacity: z.number().int().min(1).max(5000),
    language,
  })
  .meta({ id: 'NewTrainingSession' });
export type CreateSession = z.infer<typeof createSessionSchema>;

export const registrationSchema = z
  .strictObject({
    userId: z
      .uuid()
      .optional()
      .describe('The participant’s account, if any (an empty body registers yourself)'),
    fullName: singleLineText(2, 200).optional().describe('As printed on the certificate'),
    agencyId: z.uuid().optional().describe('The participant’s agency'),
    role: z
      .string()
      .regex(/^[a-z_]{2,40}$/)
      .optional(),
  })
  .meta({ id: 'NewTrainingRegistration' });
export type Registration = z.infer<typeof registrationSchema>;

export const attendanceSchema = z
  .strictObject({
    records: z
      .array(
        z.strictObject({
          participantId: z.uuid(),
          attended: z.boolean(),
          preScore: z.number().min(0).max(100).nullable().optional(),
          postScore: z.number().min(0).max(100).nullable().optional(),
        }),
      )
      .min(1)
      .max(5000),
  })
  .meta({ id: 'TrainingAttendance' });
export type Attendance = z.infer<typeof attendanceSchema>;

export const issueCertificatesSchema = z
  .strictObject({ participantIds: z.array(z.uuid()).min(1).max(5000) })
  .meta({ id: 'IssueTrainingCertificates' });

export const courseSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    country: z.string(),
    title: z.string(),
    topic: z.enum(trainingTopics),
    curriculum: z.string(),
    manualChapters: z.array(chapterSchema).describe('The manual chapters it teaches, with their titles'),
    languages: z.array(z.string()),
    targetRoles: z.array(z.string()),
    sessions: z.array(
      z.object({
        id: z.uuid(),
        startsOn: z.string(),
        endsOn: z.string(),
        mode: z.enum(sessionModes),
        place: z.string().nullable(),
        capacity: z.number(),
        registered: z.number().describe('Participants you can see (all of them for the running agency)'),
      }),
    ),
  })
  .meta({ id: 'TrainingCourse' });

export const participantSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid().nullable(),
    fullName: z.string(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    role: z.string(),
    registeredAt: z.string(),
    waitlisted: z.boolean().describe('Registered after the session was full'),
    attended: z.boolean(),
    preScore: z.number().nullable(),
    postScore: z.number().nullable(),
    certificate: z.object({ id: z.uuid(), code: z.string(), issuedAt: z.string() }).nullable(),
  })
  .meta({ id: 'TrainingParticipant' });

export const sessionSchema = z
  .object({
    id: z.uuid(),
    courseId: z.uuid(),
    courseTitle: z.string(),
    agencyId: z.uuid(),
    startsOn: z.string(),
    endsOn: z.string(),
    mode: z.enum(sessionModes),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    trainers: z.array(z.string()),
    capacity: z.number(),
    language: z.string(),
    attendedCount: z.number(),
    participants: z.array(participantSchema).describe('Those you may see: all for the running agency'),
  })
  .meta({ id: 'TrainingSession' });

export const historySchema = z
  .object({
    participantId: z.uuid(),
    userId: z.uuid().nullable(),
    fullName: z.string(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    role: z.string(),
    courseId: z.uuid(),
    courseTitle: z.string(),
    topic: z.enum(trainingTopics),
    sessionId: z.uuid(),
    startsOn: z.string(),
    endsOn: z.string(),
    attended: z.boolean(),
    preScore: z.number().nullable(),
    postScore: z.number().nullable(),
    certificateId: z.uuid().nullable(),
    certificateCode: z.string().nullable(),
  })
  .meta({ id: 'TrainingHistoryEntry' });

export const historyQuerySchema = z.strictObject({
  userId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
});

export const reportQuerySchema = z.strictObject({
  from: calendarDay,
  to: calendarDay,
  by: z.enum(['agency', 'role', 'topic', 'month']).default('agency'),
});

export type ReportQuery = z.infer<typeof reportQuerySchema>;

const trainingCounts = {
  trained: z.number().nullable().describe('Null when a small cell is suppressed (national figures)'),
  certified: z.number().nullable(),
  suppressed: z.literal(true).optional().describe('Present when a count of the group was suppressed'),
};

export const reportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    by: z.enum(['agency', 'role', 'topic', 'month']),
    scope: z
      .enum(['visible', 'national'])
      .describe(
        "national: the whole country's (statistics:read), small cells beyond your agency suppressed; visible: the participants you may see",
      ),
    suppressionThreshold: z.number().optional().describe('Counts from 1 to one below this are hidden'),
    rows: z.array(z.object({ key: z.string(), label: z.string(), ...trainingCounts })),
    total: z.object(trainingCounts),
  })
  .meta({ id: 'TrainingReport' });

/** What the public site shows of a certificate: nothing but what is printed on it. */
export const publicCertificateSchema = z
  .object({
    code: z.string(),
    holderName: z.string().describe('As printed on the certificate'),
    courseTitle: z.string(),
    completedOn: z.string(),
    issuingAgency: z.string(),
  })
  .meta({ id: 'PublicCertificate' });
