import { auditingRefusal } from '../audit/refused-read.ts';
import type { Db } from '../db/db.ts';
import { actionOfChange } from './change-actions.ts';
import type { App } from './types.ts';

/**
 * The records whose every read is audited, by the first segment of their path: a case, person or
 * screening, and the parts of a case read by their own id — an attachment's content, a task
 * (decision 0075).
 */
const auditedRecords: Readonly<Record<string, string>> = {
  attachments: 'attachment',
  cases: 'case',
  persons: 'person',
  screenings: 'screening',
  tasks: 'task',
};

/** `/api/<records>/:<param>` with, optionally, the part of the record read (`/care-plan/versions`). */
const recordPath = /^\/api\/([a-z-]+)\/:([A-Za-z]+)((?:\/[a-z-]+)*)$/;

/** `/api/referrals/:<param>` with, optionally, the step taken on the referral (`/accept`). */
const referralPath = /^\/api\/referrals\/:([A-Za-z]+)(?:\/([a-z-]+))?$/;

/** What a refusal of a route is audited as: the record asked for, its id's parameter, the action. */
export interface AuditedRefusal {
  readonly type: string;
  readonly param: string;
  readonly action: string;
}

/**
 * What a GET route reads, from its path: a case, person or screening (`/api/cases/:id`), or a part
 * of one read on its own (`/api/cases/:id/care-plan/versions` is the case's `care_plan_versions`,
 * as its successful read is audited `case.read_care_plan_versions`); nothing for other routes.
 */
function recordReadBy(url: string): { type: string; param: string; part?: string } | undefined {
  const [, records = '', param = '', rest = ''] = recordPath.exec(url) ?? [];
  const type = auditedRecords[records];
  if (!type) return undefined;
  const part = rest.slice(1).replaceAll('/', '_').replaceAll('-', '_');
  return part ? { type, param, part } : { type, param };
}

/**
 * Whose refusal a route has audited, and as what: a read of a case, person, screening, attachment
 * or task (or of a part of one) as `<type>.read[_<part>]`; the read of a referral as
 * `referral.view`, and a step taken on one (`POST /api/referrals/:id/accept`) as `referral.<step>`
 * or as change-actions.ts lists it (`re-referrals` is `referral.create`) — the actions their
 * successes are audited as, a referral carrying the case's shared view (decision 0101). Nothing for
 * other routes.
 */
export function refusalAuditedOn(method: string, url: string): AuditedRefusal | undefined {
  const referral = referralPath.exec(url);
  if (referral) {
    const [, param = '', step] = referral;
    if (method === 'GET' && !step) return { type: 'referral', param, action: 'referral.view' };
    if (method === 'POST' && step) {
      // As the step is audited when done: a re-referral is a referral created (decision 0144).
      const action = actionOfChange(method, url) ?? `referral.${step.replaceAll('-', '_')}`;
      return { type: 'referral', param, action };
    }
    return undefined;
  }
  const read = method === 'GET' ? recordReadBy(url) : undefined;
  if (!read) return undefined;
  return {
    type: read.type,
    param: read.param,
    action: `${read.type}.read${read.part ? `_${read.part}` : ''}`,
  };
}

/**
 * Every route that reads a case, person, screening, attachment or task, or a part of one
 * (`/api/attachments/:id/content` is the attachment's `content`), or reads or acts on a referral,
 * has its refusals — 404 `<type>_not_found`, also another agency's, or 403 — audited with outcome
 * `denied` as `refusalAuditedOn` names them, by `auditingRefusal` (decision 0064). Done here, once,
 * as each route is added, so no route has to remember it and a new part is covered the day it is
 * written (decision 0067). Register before any route.
 */
export function registerRefusalAudit(app: App, db: Db): void {
  const wrapped = new WeakSet<object>();
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    // Fastify makes the HEAD route from the GET route's options, handler included.
    const method = methods.includes('GET') ? 'GET' : methods.includes('POST') ? 'POST' : undefined;
    const refusal = method && refusalAuditedOn(method, route.url);
    if (!refusal || wrapped.has(route.handler)) return;
    const handler = route.handler;
    route.handler = async function (this: unknown, request, reply) {
      const actor = request.authentication?.actor;
      if (!actor) return handler.call(this as never, request, reply);
      const id = String((request.params as Record<string, unknown>)[refusal.param]);
      const attempt = {
        actor,
        subject: { type: refusal.type, id },
        action: refusal.action,
        requestId: request.id,
      };
      return auditingRefusal(db, attempt, async () => handler.call(this as never, request, reply));
    };
    wrapped.add(route.handler);
  });
}
