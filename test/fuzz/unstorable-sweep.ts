import type { Operation } from './requests.ts';
import type { JsonSchema } from './schema-arbitrary.ts';

/**
 * The fuzzer's deterministic sweep (issue 11): text PostgreSQL cannot keep, in every string field
 * of every endpoint's schema, which src/http/unstorable-text.ts must refuse by field before any
 * route sees it. Drawn at random, a NUL reaches only some fields of some endpoints in a run.
 */

/** NUL and a lone surrogate; only NUL can travel in a URL (UTF-8 has no bytes for a lone surrogate). */
export const unstorableTexts = { nul: 'a\u0000b', loneSurrogate: '\ud800' } as const;

type FieldPath = readonly (string | number)[];

/** Endpoints that keep none of their body's text and report unreadable text row by row (`readsUnstorableText`). */
const bodyTextNotKept = new Set(['POST /api/jobads/screen', 'POST /api/jobads/screen-bulk']);

const maxDepth = 8;

/** Every string field of a body schema, by path: an array's first item, a map's key `k`, each union's branches. */
export function stringFields(
  schema: JsonSchema,
  components: Readonly<Record<string, JsonSchema>>,
  path: FieldPath = [],
): FieldPath[] {
  if (path.length > maxDepth) return [];
  if (schema.$ref) {
    const target = components[schema.$ref.replace('#/components/schemas/', '')];
    return target ? stringFields(target, components, path) : [];
  }
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  const types = [schema.type].flat();
  const isString =
    types.includes('string') ||
    typeof schema.const === 'string' ||
    (schema.enum ?? []).some((value) => typeof value === 'string');
  const found: FieldPath[] = isString ? [path] : [];
  for (const branch of branches) found.push(...stringFields(branch, components, path));
  for (const [key, property] of Object.entries(schema.properties ?? {}))
    found.push(...stringFields(property, components, [...path, key]));
  if (typeof schema.additionalProperties === 'object')
    found.push(...stringFields(schema.additionalProperties, components, [...path, 'k']));
  if (schema.items) found.push(...stringFields(schema.items, components, [...path, 0]));
  const unique = new Map(found.map((field) => [field.join('.'), field]));
  return [...unique.values()];
}

/** Sets `text` at `path` in `body`, building what is missing; false where another field's value is in the way. */
function place(body: { root?: unknown }, path: FieldPath, text: string): boolean {
  let parent: Record<string | number, unknown> = body as Record<string, unknown>;
  const keys: (string | number)[] = ['root', ...path];
  for (const [i, key] of keys.entries()) {
    const last = i === keys.length - 1;
    const existing = parent[key];
    if (last) {
      if (existing !== undefined) return false;
      parent[key] = text;
      return true;
    }
    const wantArray = typeof keys[i + 1] === 'number';
    if (existing === undefined) parent[key] = wantArray ? [] : {};
    const next = parent[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next) !== wantArray) return false;
    parent = next as Record<string | number, unknown>;
  }
  return false;
}

/** A request of the sweep, and the fields its refusal must name. */
export interface SweepRequest {
  readonly endpoint: string;
  readonly method: string;
  readonly url: string;
  readonly payload?: string;
  readonly fields: readonly string[];
}

/** The path with every parameter filled, and the query with every parameter, all holding `text`. */
function urlRequest(operation: Operation, text: string): SweepRequest | undefined {
  const params = operation.pathParams.map((p) => p.name);
  const query = operation.queryParams.map((p) => p.name);
  if (params.length + query.length === 0) return undefined;
  const encoded = encodeURIComponent(text);
  const path = params.reduce((url, name) => url.replace(`{${name}}`, encoded), operation.path);
  return {
    endpoint: operation.endpoint,
    method: operation.method,
    url: query.length > 0 ? `${path}?${query.map((name) => `${name}=${encoded}`).join('&')}` : path,
    fields: [...params.map((name) => `params.${name}`), ...query.map((name) => `query.${name}`)],
  };
}

/** Bodies holding `text` in every string field, as few as fields that exclude each other (unions) allow. */
function bodyRequests(
  operation: Operation,
  components: Readonly<Record<string, JsonSchema>>,
  text: string,
): SweepRequest[] {
  if (!operation.body || operation.multipart || bodyTextNotKept.has(operation.endpoint)) return [];
  // Any path parameter will do: the check runs before the route looks anything up.
  const url = operation.pathParams.reduce(
    (path, p) => path.replace(`{${p.name}}`, '00000000-0000-4000-8000-000000000000'),
    operation.path,
  );
  const requests: SweepRequest[] = [];
  let remaining = stringFields(operation.body, components);
  while (remaining.length > 0) {
    const body: { root?: unknown } = {};
    const placed = remaining.filter((path) => place(body, path, text));
    if (placed.length === 0) break;
    remaining = remaining.filter((path) => !placed.includes(path));
    requests.push({
      endpoint: operation.endpoint,
      method: operation.method,
      url,
      payload: JSON.stringify(body.root),
      fields: placed.map((path) => path.join('.') || 'body'),
    });
  }
  return requests;
}

/** Every request of the sweep over these operations: NUL in the URL; NUL and a lone surrogate in the body. */
export function unstorableSweep(
  operations: readonly Operation[],
  components: Readonly<Record<string, JsonSchema>>,
): SweepRequest[] {
  return operations.flatMap((operation) => [
    ...[urlRequest(operation, unstorableTexts.nul)].filter((r): r is SweepRequest => r !== undefined),
    ...bodyRequests(operation, components, unstorableTexts.nul),
    ...bodyRequests(operation, components, unstorableTexts.loneSurrogate),
  ]);
}
