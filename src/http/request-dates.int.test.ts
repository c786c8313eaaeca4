import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../test/support/platform.ts';

/** The part of a JSON schema in the OpenAPI document that the walk below reads. */
interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}
interface Parameter {
  name: string;
  in: string;
  schema?: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** A date field somewhere in a request: where it goes, and the body around it that reaches it. */
interface DateField {
  readonly method: string;
  readonly url: string;
  readonly in: 'body' | 'query';
  readonly field: string;
  readonly format: 'date' | 'date-time';
  readonly body: (value: string) => unknown;
}

/**
 * The day and moment spellings PostgreSQL refuses or JavaScript reads as another day, and the days
 * outside 1900–2999 (a typing slip; at 9999-12-31 a deadline's end of day is year 10000).
 */
const hostileDays = ['0000-01-01', '10000-01-01', '2026-02-30', '2026-1-5', '1899-12-31', '9999-12-31'];
const hostileMoments = [
  '0000-01-01T00:00:00Z',
  '10000-01-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '0099-06-01T00:00:00Z',
  '9999-12-31T23:00:00-08:00',
];

/** The constants (`precision: "estimated"`) a branch of a union needs before its other fields are read. */
function constants(schema: JsonSchema): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).flatMap(([name, property]) =>
      property.const !== undefined ? [[name, property.const]] : [],
    ),
  );
}

/** Every date or date-time inside `schema`, with the value that puts a given string there. */
function datesIn(
  given: JsonSchema,
  path: string[],
  components: Record<string, JsonSchema>,
): { path: string[]; format: 'date' | 'date-time'; wrap: (value: unknown) => unknown }[] {
  const schema = given.$ref ? (components[given.$ref.replace('#/components/schemas/', '')] ?? {}) : given;
  if (schema.format === 'date' || schema.format === 'date-time') {
    return [{ path, format: schema.format, wrap: (value) => value }];
  }
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  if (branches.length > 0) return branches.flatMap((branch) => datesIn(branch, path, components));
  if (schema.items) {
    return datesIn(schema.items, [...path, '0'], components).map((found) => ({
      ...found,
      wrap: (value) => [found.wrap(value)],
    }));
  }
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) =>
    datesIn(property, [...path, name], components).map((found) => ({
      ...found,
      wrap: (value) => ({ ...constants(schema), [name]: found.wrap(value) }),
    })),
  );
}

const someId = '00000000-0000-4000-8000-000000000000';

/** Every request field of the API that takes a day or a moment, read from its OpenAPI document. */
function requestDateFields(document: {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}): DateField[] {
  const components = document.components.schemas;
  const fields: DateField[] = [];
  for (const [template, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const url = template.replace(/\{[^}]+\}/g, someId);
      for (const parameter of operation.parameters ?? []) {
        const format = parameter.schema && datesIn(parameter.schema, [], components)[0]?.format;
        if (parameter.in !== 'query' || (format !== 'date' && format !== 'date-time')) continue;
        fields.push({
          method: method.toUpperCase(),
          url,
          in: 'query',
          field: `query.${parameter.name}`,
          format,
          body: () => undefined,
        });
      }
      const body = operation.requestBody?.content?.['application/json']?.schema;
      for (const found of body ? datesIn(body, [], components) : []) {
        fields.push({
          method: method.toUpperCase(),
          url,
          in: 'body',
          field: found.path.join('.'),
          format: found.format,
          body: found.wrap,
        });
      }
    }
  }
  return fields;
}

/**
 * Issue 11's hostile dates, in every module: a day PostgreSQL has no room for (year 0000, 10000),
 * one that does not exist (30 February), one JavaScript reads as another (`2026-1-5`, a year
 * before 100) must each be answered 400 naming the field, never reach the database.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`every request date is checked before it reaches the database [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let session: TestSession;
    let fields: DateField[];

    it('finds the date fields of every request in the API document', async () => {
      session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const document = (await platform().app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      fields = requestDateFields(document);
      // Every module with a day in its forms is in the list (a walk that found nothing proves nothing).
      for (const url of ['/protection-orders', '/training', '/campaigns', '/partners', '/placements']) {
        assert.ok(
          fields.some((field) => field.url.includes(url)),
          url,
        );
      }
    });

    it('should answer each hostile date with 400 naming its field', async () => {
      const unnamed: string[] = [];
      for (const field of fields) {
        for (const value of field.format === 'date' ? hostileDays : hostileMoments) {
          const url =
            field.in === 'query'
              ? `${field.url}?${field.field.slice('query.'.length)}=${encodeURIComponent(value)}`
              : field.url;
          const response = await session.request(
            field.method,
            url,
            field.in === 'body' ? field.body(value) : undefined,
          );
          const named =
            response.statusCode === 400 &&
            (response.json().errors as { field: string }[] | undefined)?.some((e) => e.field === field.field);
          if (!named)
            unnamed.push(`${field.method} ${field.url} ${field.field}=${value}: ${response.statusCode}`);
        }
      }
      assert.deepEqual(unnamed, []);
    });
  });
}
