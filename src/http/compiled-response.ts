import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { type ZodType, z } from 'zod';
import { refinements } from './named-refinements.ts';

/**
 * Response schemas answered by a compiled serializer instead of zod's encoding (decision 0136):
 * the hottest reads (the case detail), where zod's `safeEncode` cost ~40–110 µs a request under
 * load against a few for a compiled one. Their JSON Schema (zod's own conversion, for output)
 * gives an Ajv validator and a fast-json-stringify serializer: the answer is still checked against
 * the schema before a byte is sent (a value outside it fails the request, as zod's encoding does),
 * keys the schema does not name are dropped, not sent (zod's default), and the bytes are the same
 * as `JSON.stringify` of zod's output (compiled-response.test.ts). Only plain data schemas: a
 * transform, codec, default or refinement would be skipped, and a union of objects would be
 * refused for a key zod strips, so compiling refuses them, at start-up.
 */
const compiled = new WeakSet<ZodType>();

/**
 * Marks `schema` to be answered by the compiled serializer; returns it unchanged. The mark is the
 * schema's identity: every route answering with this schema object is compiled.
 */
export function compiledResponse<T extends ZodType>(schema: T): T {
  compiled.add(schema);
  return schema;
}

type JsonSchema = { [key: string]: unknown };

/**
 * zod writes a nullable value (scalar, enum, array or object) as `anyOf: [schema, { type: 'null' }]`,
 * which fast-json-stringify answers by trying each branch with a validator at run time;
 * `type: [its type, 'null']` is the same schema, serialized by one null test.
 */
function withNullableTypes(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withNullableTypes);
  if (schema === null || typeof schema !== 'object') return schema;
  const node = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, withNullableTypes(value)]),
  ) as JsonSchema;
  const branches = node.anyOf as JsonSchema[] | undefined;
  if (branches?.length !== 2) return node;
  const value = branches.find((branch) => branch.type !== 'null');
  if (
    !branches.some((branch) => branch.type === 'null') ||
    typeof value?.type !== 'string' ||
    'const' in value
  )
    return node;
  const { anyOf: _, ...rest } = node;
  const nullable = { ...rest, ...value, type: [value.type, 'null'] };
  return Array.isArray(value.enum) ? { ...nullable, enum: [...value.enum, null] } : nullable;
}

/** The same schema letting keys it does not name through: the serializer drops them, as zod does. */
function withExtraKeys(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withExtraKeys);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, withExtraKeys(value)]),
  );
}

/** Whether `schema` (or the definition its `$ref` names) is an object's. */
function isObjectSchema(schema: JsonSchema, root: JsonSchema): boolean {
  const ref = typeof schema.$ref === 'string' ? schema.$ref.match(/^#\/definitions\/(.+)$/) : null;
  const target = ref ? (root.definitions as Record<string, JsonSchema> | undefined)?.[ref[1] ?? ''] : schema;
  if (!target) return false;
  const type = target.type;
  return type === 'object' || (Array.isArray(type) && type.includes('object')) || 'properties' in target;
}

/**
 * The paths of the unions (`anyOf`, `oneOf`) with an object among their branches, left after the
 * nullable ones are rewritten: fast-json-stringify picks such a branch by validating the value
 * against it with `additionalProperties: false`, so a key zod would strip fails the answer.
 */
function objectUnions(schema: unknown, root: JsonSchema, path = '#'): string[] {
  if (Array.isArray(schema))
    return schema.flatMap((item, index) => objectUnions(item, root, `${path}/${index}`));
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as JsonSchema;
  const here = (['anyOf', 'oneOf'] as const).some(
    (key) =>
      Array.isArray(node[key]) && (node[key] as JsonSchema[]).some((branch) => isObjectSchema(branch, root)),
  );
  return [
    ...(here ? [path] : []),
    ...Object.entries(node).flatMap(([key, value]) => objectUnions(value, root, `${path}/${key}`)),
  ];
}

const ajv = new Ajv({ allErrors: false, strict: false });
addFormats.default(ajv, ['uuid', 'date-time']);

/**
 * An answer outside its route's response schema: a fault of the server, answered 500 with nothing
 * of the answer. The message names the route and the schema's paths, never a value.
 */
export class ResponseNotInSchemaError extends Error {
  override readonly name = 'ResponseNotInSchemaError';
}

/** The validator and serializer of one marked schema; `where` names the route in its errors. */
export function compileResponse(schema: ZodType, where = 'a response'): (data: unknown) => string {
  // JSON Schema cannot say a refinement, and zod's conversion leaves it out without a word.
  const refined = refinements(schema).map(({ path }) => path);
  if (refined.length > 0)
    throw new Error(`${where}: a compiled response cannot check refinements: ${refined.join(', ')}`);
  const jsonSchema = withNullableTypes(
    z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' }),
  ) as JsonSchema;
  const unions = objectUnions(jsonSchema, jsonSchema);
  if (unions.length > 0)
    throw new Error(
      `${where}: a compiled response cannot serialize a union of objects: ${unions.join(', ')}`,
    );
  const validate = ajv.compile(withExtraKeys(jsonSchema) as JsonSchema);
  const stringify = fastJson(jsonSchema);
  return (data) => {
    if (!validate(data))
      throw new ResponseNotInSchemaError(
        `${where} does not match its schema: ${ajv.errorsText(validate.errors)}`,
      );
    return stringify(data);
  };
}

/*
 * A route's compiled answer depends only on its schema (a module's constant) and its name, so it is
 * made once per process: a process that builds the app more than once (the test files of a shard,
 * some 300 apps a run) compiled every marked schema's validator and serializer again each time,
 * ~0.2 s of CPU an app here (decision 0201), and the Ajv instance kept each copy.
 */
const compiledAnswers = new WeakMap<ZodType, Map<string, (data: unknown) => string>>();

function compiledAnswer(schema: ZodType, where: string): (data: unknown) => string {
  let byRoute = compiledAnswers.get(schema);
  if (!byRoute) {
    byRoute = new Map();
    compiledAnswers.set(schema, byRoute);
  }
  let answer = byRoute.get(where);
  if (!answer) {
    answer = compileResponse(schema, where);
    byRoute.set(where, answer);
  }
  return answer;
}

/** Fastify's serializer compiler: the compiled one for marked schemas, zod's encoding for the rest. */
export const responseSerializerCompiler: FastifySerializerCompiler<ZodType> = (route) =>
  compiled.has(route.schema)
    ? compiledAnswer(route.schema, `${route.method} ${route.url}`)
    : serializerCompiler(route);
