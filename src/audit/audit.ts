import { prepared, preparedName, type Tx } from '../db/db.ts';

/** One thing that happened, in the domain's words: `agency.create`, `person.read`, `auth.sign_in`. */
export interface AuditEntry {
  /** Who did it; null for the platform itself or an unknown user (a failed sign-in). */
  readonly actorUserId: string | null;
  /** The agency the actor acted for; null when none applies. */
  readonly agencyId: string | null;
  readonly action: string;
  readonly subject?: { readonly type: string; readonly id: string };
  readonly outcome?: 'success' | 'denied' | 'failure';
  /** Why, where the user gave a reason (e.g. for opening a record outside their caseload). */
  readonly reason?: string;
  readonly requestId?: string;
  /** What changed, by field name; never personal data in clear. */
  readonly detail?: Record<string, unknown>;
}

/**
 * Appends an entry to the audit log in the caller's transaction, so that the entry exists if and
 * only if the change it records was committed. The insert takes no lock; the entry is chained to
 * the one before it shortly after it commits (see chain.ts).
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.query(
    `insert into audit_event
       (actor_user_id, agency_id, action, subject_type, subject_id, outcome, reason, request_id, detail)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      entry.actorUserId,
      entry.agencyId,
      entry.action,
      entry.subject?.type ?? null,
      entry.subject?.id ?? null,
      entry.outcome ?? 'success',
      entry.reason ?? null,
      entry.requestId ?? null,
      JSON.stringify(entry.detail ?? {}),
    ],
  );
}

/** Audits what a command did, for the user and agency it acted as, in the command's transaction. */
export function auditCommand(
  command: {
    readonly tx: Tx;
    readonly actor: { readonly userId: string; readonly agencyId: string };
    readonly requestId: string;
  },
  action: string,
  subject: { readonly type: string; readonly id: string },
  detail: Record<string, unknown> = {},
): Promise<void> {
  return recordAudit(command.tx, {
    actorUserId: command.actor.userId,
    agencyId: command.actor.agencyId,
    action,
    subject,
    requestId: command.requestId,
    detail,
  });
}

/** Audits a user's read of a record (a person, a case…): who looked at what, when, and why if they said. */
export function recordRead(
  tx: Tx,
  read: {
    readonly actor: { readonly userId: string; readonly agencyId: string };
    readonly subject: { readonly type: string; readonly id: string };
    /** A part of the record read on its own (a case's timeline): audited as `<type>.read_<part>`. */
    readonly part?: string;
    readonly reason?: string | undefined;
    readonly requestId: string;
    readonly detail?: Record<string, unknown>;
  },
): Promise<void> {
  tx.auditedRead();
  return recordAudit(tx, {
    actorUserId: read.actor.userId,
    agencyId: read.actor.agencyId,
    action: read.part ? `${read.subject.type}.read_${read.part}` : `${read.subject.type}.read`,
    subject: read.subject,
    reason: read.reason,
    requestId: read.requestId,
    detail: read.detail,
  });
}

/** The audited forms of prepared reads, by the read's text: the same string each time (decision 0194). */
const auditedTexts = new Map<string, { paramCount: number; text: string }>();

/**
 * The statement of `selectAudited`: `select` in a CTE beside the insert of its entries, whose
 * parameters follow the read's `paramCount`. The audited form of a prepared read is prepared too
 * (decision 0060), and made once: not rebuilt and hashed again at every read.
 */
function auditedText(select: string, paramCount: number): string {
  const known = auditedTexts.get(select);
  if (known?.paramCount === paramCount) return known.text;
  const at = (offset: number) => `$${paramCount + offset}`;
  const text = `with found as (${select}),
       audited as (
         insert into audit_event
           (actor_user_id, agency_id, action, subject_type, subject_id, outcome, reason, request_id, detail)
         select ${at(1)}::uuid, ${at(2)}::uuid, ${at(3)}::text, ${at(4)}::text, found.id::text, 'success',
                ${at(5)}::text, ${at(6)}::text, ${at(7)}::jsonb
           from found)
     select * from found`;
  if (!preparedName(select)) return text;
  // Kept for prepared reads only: at most as many as may be prepared, all constant texts.
  prepared(text);
  auditedTexts.set(select, { paramCount, text });
  return text;
}

/**
 * Runs `select` (whose rows have an `id`) and audits, in the same statement, a user's read of each
 * row it finds — as `recordRead` would, row by row, but without a round trip of its own. The
 * entries are written by a data-modifying CTE, so they exist exactly when the rows were read.
 */
export function selectAudited<Row>(
  tx: Tx,
  select: string,
  params: readonly unknown[],
  read: {
    readonly actor: { readonly userId: string; readonly agencyId: string };
    readonly subjectType: string;
    readonly reason?: string | undefined;
    readonly requestId: string;
    readonly detail?: Record<string, unknown>;
  },
): Promise<Row[]> {
  tx.auditedRead();
  return tx.query<Row>(auditedText(select, params.length), [
    ...params,
    read.actor.userId,
    read.actor.agencyId,
    `${read.subjectType}.read`,
    read.subjectType,
    read.reason ?? null,
    read.requestId,
    JSON.stringify(read.detail ?? {}),
  ]);
}

/**
 * Runs a list's `select` (whose rows have an `id`) and audits, in the same statement, that the user
 * read it: one `<action>` entry with what the list was filtered on (names, never values) and the
 * ids of the first `shown` rows (a page is read one row beyond what it shows, to know whether
 * another follows). A list that shows persons' names is a read of those records.
 */
export function selectListAudited<Row>(
  tx: Tx,
  select: string,
  params: readonly unknown[],
  list: {
    readonly actor: { readonly userId: string; readonly agencyId: string };
    readonly action: string;
    /** The detail's key for the ids shown, e.g. `cases`. */
    readonly idsAs: string;
    readonly shown: number;
    readonly on: readonly string[];
    readonly reason?: string | undefined;
    readonly requestId: string;
  },
): Promise<Row[]> {
  tx.auditedRead();
  const at = (offset: number) => `$${params.length + offset}`;
  const text = `with found as (${select}),
          audited as (
            insert into audit_event (actor_user_id, agency_id, action, outcome, reason, request_id, detail)
            select ${at(1)}::uuid, ${at(2)}::uuid, ${at(3)}::text, 'success', ${at(4)}::text, ${at(5)}::text,
                   jsonb_build_object('on', ${at(6)}::jsonb, ${at(7)}::text,
                     coalesce((select jsonb_agg(shown.id) from (select id from found limit ${at(8)}) shown), '[]'::jsonb)))
      select * from found`;
  // The audited form of a prepared list is prepared too (decision 0073).
  return tx.query<Row>(preparedName(select) ? prepared(text) : text, [
    ...params,
    list.actor.userId,
    list.actor.agencyId,
    list.action,
    list.reason ?? null,
    list.requestId,
    JSON.stringify(list.on),
    list.idsAs,
    list.shown,
  ]);
}
