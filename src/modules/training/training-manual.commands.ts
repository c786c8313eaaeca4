import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import { findChapters } from './training-manual.repo.ts';
import type { CreateManual } from './training-manual.schema.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

/**
 * Issues an edition of the country's national training manual with its numbered chapters, each
 * titled in the four languages. An edition is not changed afterwards: a revision is a new edition,
 * so a course keeps naming the chapters it was built on.
 */
export async function issueManual(props: CommandProps & { manual: CreateManual }): Promise<string> {
  const { tx, actor, manual } = props;
  const country = (await findAgency(tx, actor.agencyId))?.country.trim() ?? '';
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  manual.chapters.forEach((chapter, i) => {
    if (seen.has(chapter.number))
      problems.push({ code: 'given_twice', field: `chapters.${i}.number`, message: 'is given twice' });
    seen.add(chapter.number);
  });
  if (problems.length > 0) throw new ValidationError(problems);
  const [taken] = await tx.query('select 1 from training_manual where country = $1 and edition = $2', [
    country,
    manual.edition,
  ]);
  if (taken) {
    throw new ConflictError('manual_edition_exists', 'Your country has this edition of the manual already.', [
      { code: 'edition_exists', field: 'edition', message: 'exists already' },
    ]);
  }
  const [row] = await tx.query<{ id: string }>(
    `insert into training_manual (agency_id, country, edition, title, created_by)
     values ($1, $2, $3, $4::jsonb, $5) returning id`,
    [actor.agencyId, country, manual.edition, JSON.stringify(manual.title), actor.userId],
  );
  const id = row?.id as string;
  for (const [position, chapter] of manual.chapters.entries()) {
    await tx.query(
      `insert into training_manual_chapter (manual_id, number, title, position) values ($1, $2, $3::jsonb, $4)`,
      [id, chapter.number, JSON.stringify(chapter.title), position],
    );
  }
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'training_manual.issue',
    subject: { type: 'training_manual', id },
    requestId: props.requestId,
    detail: { edition: manual.edition, chapters: manual.chapters.length },
  });
  return id;
}

/** Chapter ids a course names must be chapters of a manual of the course's country. */
export async function chapterProblems(tx: Tx, ids: readonly string[]): Promise<FieldProblem[]> {
  const known = new Set((await findChapters(tx, ids)).map((chapter) => chapter.id));
  return ids.flatMap((id, i) =>
    known.has(id)
      ? []
      : [
          {
            code: 'chapter_not_of_manual',
            field: `manualChapterIds.${i}`,
            message: "is not a chapter of your country's training manual",
          },
        ],
  );
}

/** Links a course to the chapters it teaches. */
export async function linkChapters(tx: Tx, courseId: string, ids: readonly string[]): Promise<void> {
  for (const chapterId of new Set(ids)) {
    await tx.query('insert into training_course_chapter (course_id, chapter_id) values ($1, $2)', [
      courseId,
      chapterId,
    ]);
  }
}
