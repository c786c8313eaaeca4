import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client.ts';

type Labels = Readonly<Record<'en' | 'ms' | 'id' | 'vi', string>>;

export const trainingTopics = [
  'identification',
  'victim_protection',
  'investigation',
  'prosecution',
  'coordination',
  'prevention',
  'labour_migration',
  'child_protection',
] as const;
export const sessionModes = ['in_person', 'online'] as const;
export const trainingLanguages = ['en', 'ms', 'id', 'vi'] as const;

export interface TrainingOptions {
  topic: Record<string, Labels>;
  mode: Record<string, Labels>;
  language: Record<string, Labels>;
}

/** A chapter of an edition of the national training manual, titled in each language. */
export interface ManualChapter {
  id: string;
  manualId: string;
  edition: string;
  number: string;
  title: Labels;
}

/** A chapter as people name it: its number and its title in the user's language (see useLabel). */
export const chapterName = (chapter: ManualChapter, label: (labels: Labels) => string) =>
  `${chapter.number} ${label(chapter.title)}`;

export interface TrainingManual {
  id: string;
  agencyId: string;
  edition: string;
  title: Labels;
  chapters: ManualChapter[];
}

/** The editions of the country's national training manual, newest first. */
export function useTrainingManuals() {
  return useQuery({
    queryKey: ['training-manuals'],
    queryFn: () => api<{ items: TrainingManual[] }>('GET', '/api/training-manuals'),
    staleTime: 60 * 60_000,
  });
}

export interface Course {
  id: string;
  agencyId: string;
  agencyName: string;
  title: string;
  topic: string;
  curriculum: string;
  manualChapters: ManualChapter[];
  languages: string[];
  targetRoles: string[];
  sessions: {
    id: string;
    startsOn: string;
    endsOn: string;
    mode: string;
    place: string | null;
    capacity: number;
    registered: number;
  }[];
}

export interface Participant {
  id: string;
  userId: string | null;
  fullName: string;
  agencyId: string;
  agencyName: string;
  role: string;
  waitlisted: boolean;
  attended: boolean;
  preScore: number | null;
  postScore: number | null;
  certificate: { id: string; code: string; issuedAt: string } | null;
}

export interface Session {
  id: string;
  courseId: string;
  courseTitle: string;
  agencyId: string;
  startsOn: string;
  endsOn: string;
  mode: string;
  place: string | null;
  onlineUrl: string | null;
  trainers: string[];
  capacity: number;
  language: string;
  attendedCount: number;
  participants: Participant[];
}

export interface HistoryEntry {
  participantId: string;
  fullName: string;
  agencyName: string;
  courseId: string;
  courseTitle: string;
  sessionId: string;
  startsOn: string;
  endsOn: string;
  attended: boolean;
  preScore: number | null;
  postScore: number | null;
  certificateId: string | null;
  certificateCode: string | null;
}

export function useTrainingOptions() {
  return useQuery({
    queryKey: ['training', 'options'],
    queryFn: () => api<TrainingOptions>('GET', '/api/training/options'),
    staleTime: 60 * 60_000,
  });
}

export function useCourses() {
  return useQuery({
    queryKey: ['training-courses'],
    queryFn: () => api<{ items: Course[] }>('GET', '/api/training-courses'),
  });
}

export function useCourse(id: string) {
  return useQuery({
    queryKey: ['training-courses', id],
    queryFn: () => api<Course>('GET', `/api/training-courses/${id}`),
  });
}

export function useSession(id: string) {
  return useQuery({
    queryKey: ['training-sessions', id],
    queryFn: () => api<Session>('GET', `/api/training-sessions/${id}`),
  });
}

export function useMyHistory(userId: string) {
  return useQuery({
    queryKey: ['training', 'history', userId],
    queryFn: () => api<{ items: HistoryEntry[] }>('GET', `/api/training/history${query({ userId })}`),
  });
}

export const reportGroupings = ['agency', 'role', 'topic', 'month'] as const;
export type ReportGrouping = (typeof reportGroupings)[number];

export interface TrainingReport {
  from: string;
  to: string;
  by: ReportGrouping;
  /** national: the country's figures (statistics:read), small cells beyond the viewer's agency hidden. */
  scope: 'visible' | 'national';
  suppressionThreshold?: number;
  /** A null count is a suppressed small cell. */
  rows: { key: string; label: string; trained: number | null; certified: number | null }[];
  total: { trained: number | null; certified: number | null };
}

export function useTrainingReport(params: { from: string; to: string; by: ReportGrouping }) {
  return useQuery({
    queryKey: ['training', 'report', params],
    queryFn: () => api<TrainingReport>('GET', `/api/training/report${query(params)}`),
    enabled: Boolean(params.from && params.to),
  });
}
