import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { noBody } from '../../shared/no-body.ts';
import { decodeCursor, toPage } from '../../shared/pagination.ts';
import { requireAgency } from '../agencies/agency.repo.ts';
import { todayIn } from '../agencies/index.ts';
import { deadlinePolicy } from './deadline.policy.ts';
import { presentDeadline } from './deadline.presenter.ts';
import { countOpenDeadlines, deadlineCountLimit, listOpenDeadlines } from './deadline.repo.ts';
import {
  deadlineListQuerySchema,
  deadlinePageSchema,
  notificationListQuerySchema,
  notificationSchema,
} from './deadline.schema.ts';
import { endOfDay } from './deadline-calendar.ts';
import { notificationText } from './notification.presenter.ts';
import type { NotificationRow } from './notification.repo.ts';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from './notification.repo.ts';

const tags = ['deadlines'];

function presentNotification(row: NotificationRow, locale: string): z.infer<typeof notificationSchema> {
  return {
    id: row.id,
    kind: row.kind,
    title: notificationText(row.kind, row.detail, locale).title,
    deadlineId: row.deadline_id,
    detail: row.detail,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}

/** The deadline dashboard (an agency's, a user's own) and the user's notifications. */
export function registerDeadlineRoutes(app: App, { db }: Services): void {
  for (const [url, mine] of [
    ['/api/deadlines', false],
    ['/api/deadlines/mine', true],
  ] as const) {
    app.get(
      url,
      {
        schema: {
          tags,
          summary: mine
            ? "The signed-in user's open deadlines, overdue first, then by due date"
            : "The agency's open deadlines, overdue first, then by due date",
          querystring: deadlineListQuerySchema,
          response: { 200: deadlinePageSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        authorize(actor, deadlinePolicy, mine ? 'listMine' : 'listAgency', undefined);
        const query = request.query;
        const after = query.cursor ? (decodeCursor(query.cursor, 2) as [string, string]) : undefined;
        return inTenant(db, actor, async (tx) => {
          const now = new Date();
          const agency = await requireAgency(tx, actor.agencyId);
          const today = todayIn(agency.time_zone, now);
          const endOfToday = endOfDay(today, agency.time_zone);
          const scope = {
            agencyId: actor.agencyId,
            ownerUserId: mine ? actor.userId : undefined,
            now,
            endOfToday,
          };
          const rows = await listOpenDeadlines(tx, {
            ...scope,
            bucket: query.bucket,
            sourceKind: query.sourceKind,
            limit: query.limit,
            after,
          });
          const page = toPage(
            rows,
            query.limit,
            (row) => presentDeadline(row, now, endOfToday),
            (row) => [row.due_at.toISOString(), row.id],
          );
          return {
            ...page,
            counts: await countOpenDeadlines(tx, scope),
            countLimit: deadlineCountLimit,
            today,
          };
        });
      },
    );
  }

  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: "The signed-in user's notifications, newest first",
        querystring: notificationListQuerySchema,
        response: {
          200: z.object({ items: z.array(notificationSchema), nextCursor: z.string().nullable() }),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, deadlinePolicy, 'readNotifications', undefined);
      const query = request.query;
      const after = query.cursor ? (decodeCursor(query.cursor, 2) as [string, string]) : undefined;
      return inTenant(db, actor, async (tx) => {
        const locale = await userLocale(tx, actor.userId);
        const rows = await listNotifications(tx, {
          userId: actor.userId,
          unread: query.unread,
          limit: query.limit,
          after,
        });
        return toPage(
          rows,
          query.limit,
          (row) => presentNotification(row, locale),
          (row) => [row.created_at.toISOString(), row.id],
        );
      });
    },
  );

  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark a notification read',
        params: z.strictObject({ id: z.uuid() }),
        body: noBody,
        response: { 200: notificationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, deadlinePolicy, 'readNotifications', undefined);
      return inTenant(db, actor, async (tx) => {
        const row = await markNotificationRead(tx, request.params.id);
        if (!row) throw new NotFoundError('notification');
        return presentNotification(row, await userLocale(tx, actor.userId));
      });
    },
  );

  app.post(
    '/api/notifications/read-all',
    {
      schema: {
        tags,
        summary: "Mark all the signed-in user's unread notifications read",
        body: noBody,
        response: {
          200: z.object({ marked: z.number().int().describe('How many notifications were unread') }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, deadlinePolicy, 'readNotifications', undefined);
      return inTenant(db, actor, async (tx) => ({
        marked: await markAllNotificationsRead(tx, actor.userId),
      }));
    },
  );
}

async function userLocale(
  tx: { query: <T>(sql: string, params: unknown[]) => Promise<T[]> },
  userId: string,
) {
  const [row] = await tx.query<{ locale: string }>('select locale from app_user where id = $1', [userId]);
  return row?.locale ?? 'en';
}
