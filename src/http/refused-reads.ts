import { auditingRefusal } from '../audit/refused-read.ts';
import type { Db } from '../db/db.ts';
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

/**
 * What a GET route reads, from its path: a case, person or screening (`/api/cases/:id`), or a part
 * of one read on its own (`/api/cases/:id/care-plan/versions` is the case's `care_plan_versions`,
 * as its successful read is audited `case.read_care_plan_versions`); nothing for other routes.
 */
export function recordReadBy(url: string): { type: string; param: string; part?: string } | undefined {
  const [, records = '', param = '', rest = ''] = recordPath.exec(url) ?? [];
  const type = auditedRecords[records];
  if (!type) return undefined;
  const part = rest.slice(1).replaceAll('/', '_').replaceAll('-', '_');
  return part ? { type, param, part } : { type, param };
}

/**
 * Every GET route that reads a case, person, screening, attachment or task, or a part of one
 * (`/api/attachments/:id/content` is the attachment's `content`), has its refusals —
 * 404 `<type>_not_found`, also another agency's, or 403 — audited as `<type>.read` (or
 * `<type>.read_<part>`) with outcome `denied`, by `auditingRefusal` (decision 0064). Done here,
 * once, as each route is added, so no route has to remember it and a new part is covered the day
 * it is written (decision 0067). Register before any route.
 */
export function registerRefusedReadAudit(app: App, db: Db): void {
  const wrapped = new WeakSet<object>();
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    const read = recordReadBy(route.url);
    // Fastify makes the HEAD route from the GET route's options, handler included.
    if (!read || !methods.includes('GET') || wrapped.has(route.handler)) return;
    const handler = route.handler;
    route.handler = async function (this: unknown, request, reply) {
      const actor = request.authentication?.actor;
      if (!actor) return handler.call(this as never, request, reply);
      const id = String((request.params as Record<string, unknown>)[read.param]);
      const attempt = { actor, subject: { type: read.type, id }, part: read.part, requestId: request.id };
      return auditingRefusal(db, attempt, async () => handler.call(this as never, request, reply));
    };
    wrapped.add(route.handler);
  });
}
