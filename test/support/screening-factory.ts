import assert from 'node:assert/strict';
import type { TestSession } from './platform.ts';

/**
 * Test factory for API tests: a person recorded by an agency and screenings of them. Not part of
 * the module's surface.
 */

/**
 * Answers to the adult-labour list of the ILO/EC instrument that meet its rule: deceptive
 * recruitment, exploitative conditions and coercion at destination, each with one strong and one
 * medium indicator answered yes.
 */
export const presumedVictimAnswers = {
  dec_job_nature: 'yes',
  dec_wages: 'yes',
  ex_excessive_hours: 'yes',
  ex_low_pay: 'yes',
  cd_documents: 'yes',
  cd_withhold_wages: 'yes',
} as const;

export async function recordPerson(session: TestSession, fullName: string): Promise<string> {
  const response = await session.request('POST', '/api/persons', { names: [{ fullName }] });
  assert.equal(response.statusCode, 201, response.body);
  return response.json().id;
}

export async function startScreening(
  session: TestSession,
  personId: string,
  body: Record<string, unknown> = {},
): Promise<string> {
  const response = await session.request('POST', `/api/persons/${personId}/screenings`, {
    profile: 'adult_labour',
    screenedOn: '2025-11-20',
    ...body,
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json().id;
}

/** Starts and completes a screening with the given answers; returns the completed screening. */
export async function completedScreening(
  session: TestSession,
  personId: string,
  answers: Record<string, string>,
  body: Record<string, unknown> = {},
) {
  const id = await startScreening(session, personId, { ...body, answers });
  const response = await session.request('POST', `/api/screenings/${id}/complete`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}
