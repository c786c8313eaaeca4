import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Tx } from '../db/db.ts';
import type { Actor } from '../policy/policy.ts';
import { RuleViolationError, ValidationError } from '../shared/errors.ts';

const header = 'idempotency-key';
/** How a problem names the header (as `query.limit` names a query parameter). */
const keyField = `headers.${header}`;

/** For the API document: the header a create endpoint accepts. */
export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,200}$/)
    .optional()
    .describe('Send the same key when retrying a create: the record made the first time is returned'),
});
const keyPattern = /^[A-Za-z0-9._:-]{1,200}$/;

/** How long a key is remembered; a retry after that creates a new record. */
export const idempotencyWindowHours = 24;

export interface CreateOutcome<Body> {
  readonly body: Body;
  /** True when the record was made by an earlier request with the same key. */
  readonly replayed: boolean;
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url.split('?')[0]}\n`)
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
}

function keyOf(request: FastifyRequest): string | undefined {
  const value = request.headers[header];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !keyPattern.test(value)) {
    throw new ValidationError([
      {
        code: 'idempotency_key_invalid',
        field: keyField,
        message: 'must be 1–200 letters, digits or ._:-',
      },
    ]);
  }
  return value;
}

/**
 * Runs a create at most once per `Idempotency-Key` (per user, within the window). In the same
 * transaction as the create: a concurrent duplicate waits on the key's row and then replays.
 * The same key with a different request is refused, so a client bug cannot return the wrong record.
 */
export async function createOnce<Body>(
  tx: Tx,
  actor: Actor,
  request: FastifyRequest,
  steps: { create: () => Promise<{ id: string; body: Body }>; replay: (id: string) => Promise<Body> },
): Promise<CreateOutcome<Body>> {
  const key = keyOf(request);
  if (key === undefined) return { body: (await steps.create()).body, replayed: false };
  const hash = requestHash(request);
  const claimed = await tx.query(
    `insert into idempotency_key (user_id, key, agency_id, request_hash) values ($1, $2, $3, $4)
     on conflict (user_id, key) do update set
       request_hash = excluded.request_hash, resource_id = null, created_at = now()
       where idempotency_key.created_at < now() - make_interval(hours => $5)
     returning 1`,
    [actor.userId, key, actor.agencyId, hash, idempotencyWindowHours],
  );
  if (claimed.length === 0) {
    const [earlier] = await tx.query<{ request_hash: string; resource_id: string | null }>(
      'select request_hash, resource_id from idempotency_key where user_id = $1 and key = $2',
      [actor.userId, key],
    );
    if (!earlier || earlier.request_hash !== hash || !earlier.resource_id) {
      throw new RuleViolationError(
        'idempotency_key_reused',
        'This Idempotency-Key was used for a different request. Use a new key for a new record.',
        [
          {
            code: 'idempotency_key_reused',
            field: keyField,
            message: 'was used for a different request: send a new key for a new record',
          },
        ],
      );
    }
    return { body: await steps.replay(earlier.resource_id), replayed: true };
  }
  const created = await steps.create();
  await tx.query('update idempotency_key set resource_id = $3 where user_id = $1 and key = $2', [
    actor.userId,
    key,
    created.id,
  ]);
  return { body: created.body, replayed: false };
}

/** Answers a create with 201, saying in `Idempotent-Replayed` whether the record was made earlier. */
export function sendCreated<Body>(reply: FastifyReply, outcome: CreateOutcome<Body>): FastifyReply {
  return reply.status(201).header('idempotent-replayed', String(outcome.replayed)).send(outcome.body);
}

/** Forgets keys older than the window (run by the hourly housekeeping job). */
export async function purgeIdempotencyKeys(tx: Tx): Promise<void> {
  await tx.query('delete from idempotency_key where created_at < now() - make_interval(hours => $1)', [
    idempotencyWindowHours,
  ]);
}
