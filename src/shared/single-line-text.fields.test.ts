import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import { createPlanSchema } from '../modules/action-plans/action-plan.schema.ts';
import { campaignInputSchema, eventInputSchema } from '../modules/campaigns/campaign.schema.ts';
import { createTaskSchema } from '../modules/cases/case-work.schema.ts';
import { createCommitteeSchema } from '../modules/committees/committee.schema.ts';
import { partnerInputSchema } from '../modules/partners/partner.schema.ts';
import { createShelterSchema } from '../modules/shelters/shelter.schema.ts';
import { createCourseSchema, createSessionSchema } from '../modules/training/training.schema.ts';

/** The rule codes a schema gives the field at `path` for this text (other fields left empty). */
function codesFor(schema: z.ZodType, path: readonly (string | number)[], text: string): string[] {
  const value: Record<string, unknown> = {};
  let at: Record<string, unknown> | unknown[] = value;
  path.forEach((key, i) => {
    const last = i === path.length - 1;
    const next = last ? text : typeof path[i + 1] === 'number' ? [] : {};
    (at as Record<string | number, unknown>)[key] = next;
    at = next as Record<string, unknown>;
  });
  const result = schema.safeParse(value);
  return (result.error?.issues ?? [])
    .filter((issue) => issue.path.join('.') === path.join('.'))
    .map((issue) => String((issue as { params?: { code?: string } }).params?.code ?? issue.code));
}

/** What a user sees as one line, as decision 0072 names them, beyond persons: names, titles, places. */
const fields: [string, z.ZodType, (string | number)[]][] = [
  ["a shelter's name", createShelterSchema, ['name']],
  ["a partner's name", partnerInputSchema, ['name']],
  ["a partner's contact", partnerInputSchema, ['contactName']],
  ["a committee's name", createCommitteeSchema, ['name']],
  ["an action plan's title", createPlanSchema, ['title']],
  ["a campaign's title", campaignInputSchema, ['title']],
  ["a campaign event's city", eventInputSchema, ['city']],
  ["a task's title", createTaskSchema, ['title']],
  ["a course's title", createCourseSchema, ['title']],
  ["a training session's place", createSessionSchema, ['place']],
];

describe('names, titles and places of every module are single lines', () => {
  for (const [what, schema, path] of fields) {
    it(`should refuse a direction override and a line break in ${what}, and drop a zero-width space`, () => {
      assert.deepEqual(codesFor(schema, path, 'Rumah \u202eKasih'), ['direction_control']);
      assert.deepEqual(codesFor(schema, path, 'Rumah\nKasih'), ['control_character']);
      assert.deepEqual(codesFor(schema, path, 'Rumah\u200b Kasih'), []);
    });
  }
});
