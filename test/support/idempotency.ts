import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';

type Send = (body: Record<string, unknown>, key: string) => Promise<LightMyRequestResponse>;

/**
 * Proves a create endpoint honours `Idempotency-Key`: a key sent twice (one after the other, then
 * two at once) makes one record and replays its body, and a key reused for a different body is
 * refused. `first` and `second` are two valid creates (each used under its own key), `other` a body
 * that differs from `first`; `count` counts the endpoint's records past row-level security.
 */
export async function provesIdempotentCreate(props: {
  send: Send;
  sendSecond?: Send;
  first: Record<string, unknown>;
  second: Record<string, unknown>;
  other: Record<string, unknown>;
  keyPrefix: string;
  count: () => Promise<number>;
}): Promise<void> {
  const { send, first, second, other, keyPrefix, count } = props;
  const sendSecond = props.sendSecond ?? send;
  const before = await count();

  const made = await send(first, `${keyPrefix}-1`);
  assert.equal(made.statusCode, 201, made.body);
  assert.equal(made.headers['idempotent-replayed'], 'false');
  const again = await send(first, `${keyPrefix}-1`);
  assert.equal(again.statusCode, 201, again.body);
  assert.equal(again.headers['idempotent-replayed'], 'true');
  assert.deepEqual(again.json(), made.json());
  assert.equal(await count(), before + 1);

  const both = await Promise.all([
    sendSecond(second, `${keyPrefix}-2`),
    sendSecond(second, `${keyPrefix}-2`),
  ]);
  for (const response of both) assert.equal(response.statusCode, 201, response.body);
  assert.deepEqual(both.map((response) => response.headers['idempotent-replayed']).sort(), ['false', 'true']);
  assert.deepEqual(both[0]?.json(), both[1]?.json());
  assert.notEqual(both[0]?.json().id, made.json().id);
  assert.equal(await count(), before + 2);

  const reused = await send(other, `${keyPrefix}-1`);
  assert.equal(reused.statusCode, 422, reused.body);
  assert.equal(reused.json().code, 'idempotency_key_reused');
  assert.deepEqual(
    (reused.json().errors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
    [['headers.idempotency-key', 'idempotency_key_reused']],
  );
  assert.equal(await count(), before + 2);
}
