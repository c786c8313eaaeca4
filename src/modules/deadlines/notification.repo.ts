import type { Tx } from '../../db/db.ts';

export interface NotificationRow {
  id: string;
  kind: string;
  deadline_id: string | null;
  detail: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
}

/** The signed-in user's notifications, newest first (row-level security keeps them to their own). */
export function listNotifications(
  tx: Tx,
  options: { userId: string; unread?: boolean; limit: number; after?: [string, string] },
): Promise<NotificationRow[]> {
  const params: unknown[] = [options.userId, options.limit + 1];
  const where = ['user_id = $1'];
  if (options.unread) where.push('read_at is null');
  if (options.after) {
    params.push(options.after[0], options.after[1]);
    where.push('(created_at, id) < ($3::timestamptz, $4::uuid)');
  }
  return tx.query<NotificationRow>(
    `select id, kind, deadline_id, detail, created_at, read_at from notification
      where ${where.join(' and ')} order by created_at desc, id desc limit $2`,
    params,
  );
}

export async function markNotificationRead(tx: Tx, id: string): Promise<NotificationRow | undefined> {
  const [row] = await tx.query<NotificationRow>(
    `update notification set read_at = coalesce(read_at, now()) where id = $1
     returning id, kind, deadline_id, detail, created_at, read_at`,
    [id],
  );
  return row;
}

/**
 * Marks every unread notification of the user read at once (the drawer's "mark all read"); the
 * `user_id` condition says whose, and row-level security would keep it to the signed-in user's
 * own in the agency they act for even without it. Returns how many were marked.
 */
export async function markAllNotificationsRead(tx: Tx, userId: string): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    'update notification set read_at = now() where user_id = $1 and read_at is null returning id',
    [userId],
  );
  return rows.length;
}
