import type { FieldRuleCode } from '../shared/field-rules.ts';
import { isFieldRuleCode } from '../shared/field-rules.ts';
import type { App } from './types.ts';

/** The parts of a zod (v4) schema's definition the walk reads. */
interface Definition {
  type?: string;
  check?: string;
  params?: { code?: unknown };
  checks?: { _zod: { def: Definition } }[];
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  options?: unknown[];
  left?: unknown;
  right?: unknown;
  keyType?: unknown;
  valueType?: unknown;
  items?: unknown[];
  rest?: unknown;
  getter?: () => unknown;
}

const definitionOf = (schema: unknown): Definition | undefined =>
  (schema as { _zod?: { def?: Definition } } | undefined)?._zod?.def;

const named = (definition: Definition) =>
  typeof definition.params?.code === 'string' && isFieldRuleCode(definition.params.code as FieldRuleCode);

/**
 * The paths of a schema's refinements (`.refine`, `.superRefine`, `z.custom`), each with its
 * definition, at every level of the schema.
 */
export function refinements(
  schema: unknown,
  path = '',
  seen = new Set<unknown>(),
): { path: string; definition: Definition }[] {
  const definition = definitionOf(schema);
  if (!definition || seen.has(schema)) return [];
  seen.add(schema);
  const at = path || '(root)';
  const found: { path: string; definition: Definition }[] = [];
  if (definition.type === 'custom') found.push({ path: at, definition });
  for (const check of definition.checks ?? []) {
    if (check._zod.def.check === 'custom') found.push({ path: at, definition: check._zod.def });
  }
  const walk = (inner: unknown, innerPath = path) => found.push(...refinements(inner, innerPath, seen));
  for (const [key, inner] of Object.entries(definition.shape ?? {}))
    walk(inner, path ? `${path}.${key}` : key);
  for (const inner of [definition.element, definition.keyType, definition.valueType, definition.rest]) {
    if (inner) walk(inner, definition.element === inner ? `${path}[]` : path);
  }
  for (const inner of [
    definition.innerType,
    definition.in,
    definition.out,
    definition.left,
    definition.right,
  ]) {
    if (inner) walk(inner);
  }
  for (const inner of [...(definition.options ?? []), ...(definition.items ?? [])]) walk(inner);
  if (definition.type === 'lazy' && definition.getter) walk(definition.getter());
  return found;
}

/**
 * The paths of a schema's refinements that do not name a field rule code: zod would answer their
 * problem with its generic `custom`, which the web app can only show as the server's English. A
 * `superRefine` names its code only when it adds an issue, too late to see here, so it counts as
 * unnamed: request schemas use `.refine` with `fieldRule()`.
 */
export const unnamedRefinements = (schema: unknown): string[] =>
  refinements(schema)
    .filter(({ definition }) => !named(definition))
    .map(({ path }) => path);

/**
 * Refuses to build a route whose request schema (body, query, path, headers) holds a refinement
 * without a field rule code, so `custom` never reaches a client: every route is built when the app
 * starts, so any test that starts it fails on such a schema, and a server never serves one.
 */
export function registerNamedRefinementCheck(app: App): void {
  app.addHook('onRoute', (route) => {
    const schema = (route.schema ?? {}) as Record<string, unknown>;
    const unnamed = ['body', 'querystring', 'params', 'headers'].flatMap((part) =>
      unnamedRefinements(schema[part]).map((at) => `${part} ${at}`),
    );
    if (unnamed.length > 0) {
      throw new Error(
        `${route.method} ${route.url}: refinements without a field rule code (use fieldRule()): ${unnamed.join(', ')}`,
      );
    }
  });
}
