import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { documentTypes } from '../../shared/person-codes.ts';
import { candidateSchema } from './linkage.schema.ts';

describe("a pair's documented shape", () => {
  it("names an evidence row's document kind and a person's document types from the persons' one list", () => {
    const json = JSON.stringify(z.toJSONSchema(candidateSchema, { unrepresentable: 'any' }));
    const kinds = [...json.matchAll(/"enum":\[([^\]]*)\]/g)]
      .map((match) => JSON.parse(`[${match[1]}]`) as string[])
      .filter((values) => values.includes('passport'));
    assert.equal(kinds.length, 3, 'the evidence row, person A and person B');
    for (const values of kinds) assert.deepEqual(values, [...documentTypes]);
  });
});
