import { recordAudit } from '../../audit/audit.ts';
import { sql, type Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import { apiTokenPrefix } from './credentials.ts';
import { hashToken, newSecretToken } from './tokens.ts';

export interface ApiTokenRow {
  id: string;
  name: string;
  scopes: string[];
  expires_at: Date;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const tokenColumns = [
  'id',
  'name',
  'scopes',
  'expires_at',
  'created_at',
  'last_used_at',
  'revoked_at',
] as const;

/** The signed-in user's tokens for the acting agency (row-level security shows no others). */
export function listApiTokens(tx: Tx): Promise<ApiTokenRow[]> {
  return tx.all(sql.selectFrom('api_token').select(tokenColumns).orderBy('created_at', 'desc').orderBy('id'));
}

/**
 * Issues an API token for an integration. Its scopes must be permissions the user holds now;
 * the token itself is returned once and only its hash is kept.
 */
export async function createApiToken(props: {
  tx: Tx;
  actor: Actor;
  name: string;
  scopes: readonly string[];
  expiresInDays: number;
  requestId: string;
}): Promise<{ token: string; row: ApiTokenRow }> {
  const notHeld = props.scopes.filter((scope) => !props.actor.permissions.has(scope as never));
  if (notHeld.length > 0) {
    throw new ValidationError(
      notHeld.map((scope) => ({
        code: 'scope_not_held',
        field: 'scopes',
        message: `${scope} is not a permission you hold`,
      })),
    );
  }
  const token = newSecretToken(apiTokenPrefix);
  const [row] = await props.tx.all(
    sql
      .insertInto('api_token')
      .values({
        user_id: props.actor.userId,
        agency_id: props.actor.agencyId,
        name: props.name,
        token_hash: hashToken(token),
        scopes: [...new Set(props.scopes)],
        expires_at: new Date(Date.now() + props.expiresInDays * 86_400_000),
      })
      .returning(tokenColumns),
  );
  if (!row) throw new Error('token insert returned no row');
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'api_token.create',
    subject: { type: 'api_token', id: row.id },
    requestId: props.requestId,
    detail: { scopes: row.scopes, expiresAt: row.expires_at.toISOString() },
  });
  return { token, row };
}

export async function revokeApiToken(props: {
  tx: Tx;
  actor: Actor;
  id: string;
  requestId: string;
}): Promise<void> {
  const [row] = await props.tx.all(
    sql
      .updateTable('api_token')
      .set({ revoked_at: new Date() })
      .where('id', '=', props.id)
      .where('revoked_at', 'is', null)
      .returning('id'),
  );
  if (!row) throw new NotFoundError('api_token');
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'api_token.revoke',
    subject: { type: 'api_token', id: props.id },
    requestId: props.requestId,
  });
}
