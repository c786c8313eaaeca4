import fc from 'fast-check';

/** A JSON Schema node of the OpenAPI document (the subset zod writes). */
export type JsonSchema = {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly pattern?: string;
  readonly format?: string;
};

/** What the generator draws ids from: real ids of the database (to reach past "not found") and random ones. */
export interface SchemaContext {
  readonly components: Readonly<Record<string, JsonSchema>>;
  readonly ids: readonly string[];
}

const isoDay = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoInstant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** An id: mostly one that exists (any table), sometimes a fresh one. */
export function idArbitrary(ids: readonly string[]): fc.Arbitrary<string> {
  return ids.length > 0
    ? fc.oneof(
        { arbitrary: fc.constantFrom(...ids), weight: 3 },
        { arbitrary: fc.uuid({ version: 4 }), weight: 1 },
      )
    : fc.uuid({ version: 4 });
}

function stringArbitrary(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, min + 40));
  if (schema.format === 'uuid') return idArbitrary(context.ids);
  if (schema.format === 'date') return isoDay;
  if (schema.format === 'date-time') return isoInstant;
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY));
  }
  return fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lower =
    schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const upper =
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 100000);
  const min = Math.max(lower, -1e9);
  const max = Math.max(min, Math.min(upper, 1e9));
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/**
 * A fast-check arbitrary of values that the schema accepts (as far as JSON Schema says: the
 * application's own rules, such as a date after another, are left to the server to refuse).
 */
export function schemaArbitrary(
  schema: JsonSchema,
  context: SchemaContext,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = context.components[name];
    return target ? schemaArbitrary(target, context, depth) : fc.constant({});
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((c) => schemaArbitrary(c, context, depth + 1)));
  if (schema.allOf) {
    // zod writes allOf for intersections of objects: merge their drawn values.
    return fc
      .tuple(...schema.allOf.map((part) => schemaArbitrary(part, context, depth + 1)))
      .map((parts) => Object.assign({}, ...parts.filter((p) => p && typeof p === 'object')));
  }
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => schemaArbitrary({ ...schema, type }, context, depth + 1)));
  }
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'string':
      return stringArbitrary(schema, context);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(
        minLength,
        Math.min(schema.maxItems ?? 3, minLength + 3, depth > 3 ? minLength : 99),
      );
      return fc.array(schemaArbitrary(schema.items ?? {}, context, depth + 1), { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema, context, depth);
    default:
      return schema.properties ? objectArbitrary(schema, context, depth) : fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArbitrary(schema: JsonSchema, context: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  if (keys.length === 0) {
    if (typeof schema.additionalProperties === 'object') {
      return fc.dictionary(
        fc.string({ minLength: 1, maxLength: 12 }),
        schemaArbitrary(schema.additionalProperties, context, depth + 1),
        { maxKeys: 3 },
      );
    }
    return fc.constant({});
  }
  const record = Object.fromEntries(
    keys.map((key) => [key, schemaArbitrary(properties[key] as JsonSchema, context, depth + 1)]),
  );
  return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
}
