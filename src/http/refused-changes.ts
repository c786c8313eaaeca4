import type { FastifyRequest } from 'fastify';
import { recordRefusal } from '../audit/refusal.ts';
import type { Db } from '../db/db.ts';
import { type AppError, fieldsOf } from '../shared/errors.ts';
import { actionOfChange } from './change-actions.ts';
import { refusalAuditedOn } from './refused-reads.ts';

/** What a refused change is audited as: the action, and the record it was asked of when one is named. */
export interface AuditedChange {
  readonly action: string;
  readonly subject?: { readonly type: string; readonly id: string };
}

/**
 * The refusals audited, by status, and their outcome: a record not found — outside the user's scope,
 * another agency's, or none at all, which the user may not tell apart — is `denied`, as a refused
 * read is (decision 0064); a conflict with the record's state or a rule broken is a `failure`.
 */
const refusalOutcomes: Readonly<Record<number, 'denied' | 'failure'>> = {
  404: 'denied',
  409: 'failure',
  422: 'failure',
};

const changingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The step a method takes on a record when the path names none after the record's id. */
const methodSteps: Readonly<Record<string, string>> = {
  POST: 'create',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
};

/** The ids a body may name its record by, when the path names none (`POST /api/referrals` of a case). */
const bodySubjects = [
  ['caseId', 'case'],
  ['personId', 'person'],
] as const;

/** `referrals` → `referral`, `agencies` → `agency`, `linkage/candidates` → `linkage_candidate`. */
function recordType(segments: readonly string[]): string {
  const joined = segments.join('_').replaceAll('-', '_');
  if (joined.endsWith('ies')) return `${joined.slice(0, -3)}y`;
  return joined.endsWith('s') ? joined.slice(0, -1) : joined;
}

/**
 * What a refused change on a route is audited as, from its method, path template, parameters and
 * (for a record created under another) the body's `caseId` or `personId`: the record is the first
 * one the path names by id (`/api/cases/:id/notes` is the case), its type the path before the id in
 * the singular; the action is `<type>.<step>`, the step being the path after the id
 * (`/api/referrals/:id/accept` → `referral.accept`, `re-referrals` → `re_referrals`), or what the
 * method does when the path ends at the id or the collection (`referral.create`, `case.update`,
 * `shelter.beds_delete`). Only ids are taken from the body, never anything else it says. A route
 * whose change is audited under another name when done is listed in change-actions.ts, which
 * `auditRefusedChange` then names the refusal by.
 */
export function changeAuditedOn(
  method: string,
  url: string,
  params: Readonly<Record<string, unknown>>,
  body: unknown,
): AuditedChange {
  const segments = url.replace(/^\/api\//, '').split('/');
  const idAt = segments.findIndex((segment) => segment.startsWith(':'));
  const type = recordType(idAt === -1 ? segments : segments.slice(0, idAt));
  const after = idAt === -1 ? [] : segments.slice(idAt + 1).filter((segment) => !segment.startsWith(':'));
  const step = after.join('_').replaceAll('-', '_');
  const verb = methodSteps[method] ?? method.toLowerCase();
  const action = `${type}.${step && method === 'POST' ? step : [step, verb].filter(Boolean).join('_')}`;
  if (idAt !== -1) {
    const id = params[(segments[idAt] ?? '').slice(1)];
    return typeof id === 'string' ? { action, subject: { type, id } } : { action };
  }
  const named = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  for (const [field, subjectType] of bodySubjects) {
    const id = named[field];
    if (typeof id === 'string') return { action, subject: { type: subjectType, id } };
  }
  return { action };
}

/** Whether the route's own refusal audit (src/http/refused-reads.ts) wrote this 404's entry. */
function alreadyAudited(method: string, url: string, error: AppError): boolean {
  const audited = refusalAuditedOn(method, url);
  return audited !== undefined && error.code === `${audited.type}_not_found`;
}

/**
 * Audits a signed-in user's change refused by a business rule (409 or 422: consent withdrawn, the
 * case closed, a referral to one's own agency…) with outcome `failure`, or refused because the
 * record is not found in the user's scope (404: another agency's consent) with outcome `denied`
 * (decision 0138), the action, the record asked
 * of, the refusal's code and the names of the fields it names — never the body nor any value. The
 * request's own transaction was rolled back with the error, so the entry is written in a transaction
 * of its own as the same user and agency, like a refused read's (decision 0064). Should that write
 * fail, the refusal is still answered as it was and the failure logged (decision 0130): the change
 * was refused either way, and a 500 would tell the client to try again what will be refused again.
 */
export async function auditRefusedChange(db: Db, request: FastifyRequest, error: AppError): Promise<void> {
  const actor = request.authentication?.actor;
  const url = request.routeOptions.url;
  const outcome = refusalOutcomes[error.status];
  if (!actor || !url || !outcome || !changingMethods.has(request.method)) return;
  // A step on a referral refused as not found was audited by its route already (decision 0101).
  if (error.status === 404 && alreadyAudited(request.method, url, error)) return;
  const change = changeAuditedOn(
    request.method,
    url,
    (request.params ?? {}) as Record<string, unknown>,
    request.body,
  );
  // The name the change has when done, so that a refusal and a success of one change are found
  // under one action (decisions 0137, 0144).
  const action = actionOfChange(request.method, url) ?? change.action;
  const fields = fieldsOf(error).map((problem) => problem.field);
  try {
    await recordRefusal(db, actor, {
      action,
      ...(change.subject && { subject: change.subject }),
      outcome,
      requestId: request.id,
      detail: { code: error.code, route: `${request.method} ${url}`, ...(fields.length > 0 && { fields }) },
    });
  } catch (failed) {
    request.log.error(
      { errorName: (failed as Error)?.name, code: error.code },
      'the audit of a refused change could not be written',
    );
  }
}
