import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { trimmedText } from './trimmed-text.ts';

const problems = (schema: z.ZodType, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []).map((issue) => `${issue.path.join('.')}:${issue.message}`);

describe('trimmed text a person types', () => {
  it('should say a value of spaces is blank, once, whatever its least length', () => {
    assert.deepEqual(problems(trimmedText(1, 300), '   '), [':must not be blank']);
    assert.deepEqual(problems(trimmedText(2, 300), '  '), [':must not be blank']);
    assert.deepEqual(problems(trimmedText(2, 300), ''), [':must not be blank']);
  });

  it('should keep its bounds for text that is not blank', () => {
    assert.equal(trimmedText(2, 5).parse('  Ab '), 'Ab');
    assert.match(problems(trimmedText(2, 5), ' A ')[0] ?? '', />=2 characters/);
    assert.match(problems(trimmedText(2, 5), 'Abcdef')[0] ?? '', /<=5 characters/);
  });

  it("should not run the object's own checks on a blank field", () => {
    const search = z
      .object({ name: trimmedText(2, 10).optional() })
      .refine((query) => query.name, { message: 'give a name', path: ['name'] });
    assert.deepEqual(problems(search, { name: '  ' }), ['name:must not be blank']);
  });
});
