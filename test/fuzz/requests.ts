import fc from 'fast-check';
import { type JsonSchema, type SchemaContext, schemaArbitrary } from './schema-arbitrary.ts';

/** One operation of the OpenAPI document, as the fuzzer needs it. */
export interface Operation {
  readonly endpoint: string;
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly { name: string; schema: JsonSchema }[];
  readonly queryParams: readonly { name: string; schema: JsonSchema; required: boolean }[];
  readonly body?: JsonSchema;
  /** Uploads take multipart/form-data, which the document does not describe. */
  readonly multipart: boolean;
}

/** A request drawn by the fuzzer: printed as it is when it fails. */
export interface FuzzRequest {
  readonly endpoint: string;
  readonly method: string;
  readonly url: string;
  /** A demo user's email, or null for an anonymous caller. */
  readonly actor: string | null;
  /** Whether the session's CSRF token goes with it (a change without it must be refused). */
  readonly csrf: boolean;
  readonly headers: Readonly<Record<string, string>>;
  readonly payload?: string | Buffer;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}
interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      return {
        endpoint: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: parameters
          .filter((p) => p.in === 'path')
          .map((p) => ({ name: p.name, schema: p.schema })),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema, required: p.required === true })),
        body: operation.requestBody?.content['application/json']?.schema,
        multipart: /\/(photo|attachments)$/.test(path) && method === 'post',
      };
    }),
  );
}

/** Percent-encodes a string; a lone surrogate goes as the bytes a client would send (U+FFFD). */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}

/** Strings that have broken servers before: NUL bytes, lone surrogates, injections, huge and odd values. */
export const nastyString = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202e\u0645',
  "' or 1=1 --",
  '"; drop table cases; --',
  '../../../../etc/passwd',
  '%00',
  '%',
  '%E0%A4%A',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x10',
  '9999-99-99',
  '2025-02-30',
  '0000-01-01',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '<script>alert(1)</script>',
  `\${jndi:ldap://x}`,
  '{{7*7}}',
  '\\',
  '😀'.repeat(300),
  'x'.repeat(10_000),
  '__proto__',
  'constructor',
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, false, -1, 0, -0, 1e308, -1e308, 2 ** 53 + 1, 0.5, [], {}, [null], {
    __proto__: 1,
  }),
  fc.string({ unit: 'binary', maxLength: 50 }),
);

/** A path segment: what the schema allows (real ids mostly), or something hostile. */
function segment(schema: JsonSchema, context: SchemaContext, hostile: boolean): fc.Arbitrary<string> {
  const valid = schemaArbitrary(schema, context).map(String);
  return hostile ? fc.oneof(valid, nastyString) : valid;
}

function queryArbitrary(
  operation: Operation,
  context: SchemaContext,
  hostile: boolean,
): fc.Arbitrary<string> {
  const pairs = operation.queryParams.map((param) => {
    const value = hostile
      ? fc.oneof(schemaArbitrary(param.schema, context).map(String), nastyString)
      : schemaArbitrary(param.schema, context).map(String);
    const values = hostile ? fc.array(value, { minLength: 1, maxLength: 2 }) : value.map((v) => [v]);
    const entry = values.map((vs) => vs.map((v) => `${param.name}=${encode(v)}`).join('&'));
    return param.required ? entry : fc.option(entry, { nil: undefined, freq: 2 });
  });
  const extra = hostile
    ? fc.option(
        fc
          .tuple(fc.constantFrom('limit', 'cursor', 'x', '__proto__', 'q'), nastyString)
          .map(([k, v]) => `${k}=${encode(v)}`),
        { nil: undefined },
      )
    : fc.constant(undefined);
  return fc.tuple(fc.tuple(...pairs, extra)).map(([parts]) => {
    const query = (parts as (string | undefined)[]).filter((p) => p !== undefined && p !== '').join('&');
    return query ? `?${query}` : '';
  });
}

/** A valid body made hostile: replaced, a field dropped, a field of the wrong type, or raw bytes. */
function hostileBody(valid: fc.Arbitrary<unknown>): fc.Arbitrary<string | Buffer> {
  const mutated = fc
    .tuple(valid, fc.nat(), hostileValue, fc.constantFrom('drop', 'set', 'add'))
    .map(([body, pick, value, how]) => {
      if (!body || typeof body !== 'object' || Array.isArray(body)) return JSON.stringify(value);
      const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const key = keys.length > 0 ? (keys[pick % keys.length] as string) : 'unexpected';
      if (how === 'drop') delete copy[key];
      else if (how === 'set') copy[key] = value;
      else copy[`extra${pick % 5}`] = value;
      return JSON.stringify(copy);
    });
  return fc.oneof(
    { arbitrary: mutated, weight: 6 },
    { arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null'), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        '{',
        '{"a":',
        '[1,2',
        '\u0000',
        'undefined',
        '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{"admin":true}}}',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        `{"a":"${'x'.repeat(1_100_000)}"}`,
      ),
      weight: 2,
    },
    { arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)), weight: 1 },
  );
}

const pngHead = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const pdfHead = Buffer.from('%PDF-1.4\n');

/** A multipart upload: a file of some kind (real magic bytes or not), its name and type hostile or not. */
function multipartBody(hostile: boolean): fc.Arbitrary<{ body: Buffer; contentType: string }> {
  const name = hostile
    ? fc.oneof(nastyString, fc.constant('statement.pdf'))
    : fc.constantFrom('a.pdf', 'face.png');
  const type = fc.constantFrom('application/pdf', 'image/png', 'text/html', 'application/x-msdownload', '');
  const head = fc.constantFrom(pngHead, pdfHead, Buffer.from('<html><script>'), Buffer.alloc(0));
  return fc
    .tuple(
      name,
      type,
      head,
      fc.uint8Array({ maxLength: 256 }),
      fc.constantFrom('file', 'photo', 'other'),
      fc.boolean(),
    )
    .map(([filename, mime, magic, rest, field, broken]) => {
      const boundary = 'fuzzboundary7MA4YWxkTrZu0gW';
      const parts = [
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename.replaceAll('"', '')}"\r\n`,
        mime ? `Content-Type: ${mime}\r\n` : '',
        '\r\n',
      ].join('');
      const body = Buffer.concat([
        Buffer.from(parts),
        magic,
        Buffer.from(rest),
        Buffer.from(broken ? '\r\n--' : `\r\n--${boundary}--\r\n`),
      ]);
      return { body, contentType: `multipart/form-data; boundary=${boundary}` };
    });
}

/**
 * Requests against one operation. `valid`: a signed-in caller with the CSRF token and a body the
 * schema accepts, so that requests reach the commands and the database. `hostile`: anything may be
 * wrong: the caller, the token, the path, the query, the body, the headers.
 */
export function requestArbitrary(
  operation: Operation,
  context: SchemaContext,
  actors: readonly string[],
  hostile: boolean,
): fc.Arbitrary<FuzzRequest> {
  const segments = operation.pathParams.map((param) =>
    segment(param.schema, context, hostile).map((value) => [param.name, value] as const),
  );
  const path = fc
    .tuple(...segments)
    .map((values) =>
      values.reduce((p, [name, value]) => p.replace(`{${name}}`, encode(value)), operation.path),
    );
  // Mostly signed in with the token even when hostile, so that most requests get past authentication.
  const actor = hostile
    ? fc.oneof(
        { arbitrary: fc.constantFrom(...actors), weight: 4 },
        { arbitrary: fc.constant(null), weight: 1 },
      )
    : fc.constantFrom(...actors);
  const csrf = hostile
    ? fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, fc.constant(false))
    : fc.constant(true);
  const validBody = operation.body ? schemaArbitrary(operation.body, context) : fc.constant(undefined);
  const payloadAndType: fc.Arbitrary<{ payload?: string | Buffer; contentType?: string }> =
    operation.multipart
      ? multipartBody(hostile).map(({ body, contentType }) => ({ payload: body, contentType }))
      : hostile
        ? fc
            .tuple(
              hostileBody(validBody),
              fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/xml', ''),
            )
            .map(([payload, contentType]) => ({ payload, contentType: contentType || undefined }))
        : validBody.map((body) =>
            body === undefined ? {} : { payload: JSON.stringify(body), contentType: 'application/json' },
          );
  const extraHeaders = hostile
    ? fc
        .record(
          {
            'x-lindung-reason': nastyString,
            'x-request-id': nastyString,
            'accept-language': fc.oneof(nastyString, fc.constantFrom('ms', 'vi-VN,vi;q=0.9', '*')),
            'idempotency-key': fc.oneof(nastyString, fc.uuid({ version: 4 })),
            authorization: fc.constantFrom('Bearer ', 'Bearer lindung_xxx', 'Basic YTpi', 'Bearer \u0000'),
          },
          { requiredKeys: [] },
        )
        // A foreign Authorization header replaces the session: keep it rare.
        .map((headers) =>
          headers.authorization && headers['x-request-id'] === undefined
            ? headers
            : { ...headers, authorization: undefined },
        )
    : fc.constant({});
  return fc
    .tuple(path, queryArbitrary(operation, context, hostile), actor, csrf, payloadAndType, extraHeaders)
    .map(([filled, query, who, withCsrf, { payload, contentType }, headers]) =>
      printable({
        endpoint: operation.endpoint,
        method: operation.method,
        url: `${filled}${query}`,
        actor: who,
        csrf: withCsrf,
        headers: Object.fromEntries(
          Object.entries({ ...headers, ...(contentType ? { 'content-type': contentType } : {}) }).filter(
            // What an HTTP parser would refuse never reaches the app: only visible Latin-1 in headers.
            ([, value]) => value !== undefined && /^[\x20-\x7e\xa0-\xff]*$/.test(String(value)),
          ),
        ) as Record<string, string>,
        ...(payload !== undefined && operation.method !== 'GET' ? { payload } : {}),
      }),
    );
}

/** fast-check prints a counterexample through this: short, whatever the size of the body. */
function printable(request: FuzzRequest): FuzzRequest {
  Object.defineProperty(request, fc.toStringMethod, {
    enumerable: false,
    value: () =>
      `${request.method} ${request.url.slice(0, 200)} as ${request.actor ?? 'anonymous'} ` +
      `body ${String(request.payload ?? '').slice(0, 200)}`,
  });
  return request;
}
