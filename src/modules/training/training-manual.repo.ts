import type { Tx } from '../../db/db.ts';
import type { Chapter } from './training-manual.schema.ts';

export interface ManualRow {
  id: string;
  agency_id: string;
  edition: string;
  title: Chapter['title'];
  created_at: Date;
}

const chapterSelect = `select h.id, h.manual_id as "manualId", m.edition, h.number, h.title
  from training_manual_chapter h join training_manual m on m.id = h.manual_id`;

/** The manuals the caller sees (the database keeps them to the country), newest edition first. */
export function listManuals(tx: Tx): Promise<ManualRow[]> {
  return tx.query<ManualRow>(
    'select id, agency_id, edition, title, created_at from training_manual order by created_at desc, id',
  );
}

export function chaptersOfManuals(tx: Tx, manualIds: readonly string[]): Promise<Chapter[]> {
  return tx.query<Chapter>(`${chapterSelect} where h.manual_id = any($1::uuid[]) order by h.position`, [
    manualIds,
  ]);
}

/** Chapters by id, of the manuals the caller sees; ids of others are left out. */
export function findChapters(tx: Tx, ids: readonly string[]): Promise<Chapter[]> {
  return tx.query<Chapter>(`${chapterSelect} where h.id = any($1::uuid[])`, [ids]);
}

/** The chapters a course teaches, in the manual's order. */
export function chaptersOfCourse(tx: Tx, courseId: string): Promise<Chapter[]> {
  return tx.query<Chapter>(
    `${chapterSelect} join training_course_chapter l on l.chapter_id = h.id
      where l.course_id = $1 order by m.created_at, h.position`,
    [courseId],
  );
}
