import assert from 'node:assert/strict';
import type { TestSession } from './platform.ts';

/** Records each person through the API as `session`'s user; their ids by the same keys. */
export async function recordPersons(
  session: TestSession,
  persons: Readonly<Record<string, unknown>>,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [key, person] of Object.entries(persons)) {
    const response = await session.request('POST', '/api/persons', person);
    assert.equal(response.statusCode, 201, response.body);
    ids[key] = response.json().id;
  }
  return ids;
}
