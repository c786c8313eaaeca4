import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noBody } from '../shared/no-body.ts';
import { ifMatchHeaders } from './if-match.ts';
import type { App } from './types.ts';

/** The problem+json document every error response carries (see problem.ts). */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string().describe('Stable machine-readable error code'),
    requestId: z.string(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          code: z
            .string()
            .optional()
            .describe(
              'zod issue code of a schema check (too_small), or a domain rule\u2019s (date_in_future)',
            ),
          limit: z.number().optional().describe('the bound a too_small / too_big value missed'),
          origin: z.string().optional().describe('what the bound counts: string, array, number, date'),
          format: z.string().optional().describe('the format an invalid_format value missed'),
        }),
      )
      .optional(),
    warnings: z
      .array(z.object({ code: z.string(), message: z.string() }))
      .optional()
      .describe(
        'Warnings to acknowledge by code before the request goes through (code warnings_unacknowledged)',
      ),
    missingPermissions: z
      .array(z.string())
      .optional()
      .describe(
        'On a 403: the permissions the refused action asks for that you do not hold (when several, any one may do); absent when the refusal is not about a permission',
      ),
  })
  .meta({ id: 'Problem' });

/** The error responses every authenticated route can give, for the API document. */
export const problemResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
  429: problemSchema,
};

/** OpenAPI 3.1 at /api/openapi.json, generated from the routes' zod schemas; browsable at /api/docs. */
export async function registerOpenApi(app: App, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lindung API',
        version,
        description:
          'Identification, protection and support of victims of human trafficking across agencies. ' +
          'Errors are RFC 9457 problem+json documents with a stable `code`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lindung_session' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    transform: (input) => documentNoBody(input, documentRequiredIfMatch(input)),
    transformObject: jsonSchemaTransformObject,
  });
  // The docs page and its assets are open to all, like the document they show.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, public: true };
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
    staticCSP: true,
    uiHooks: {},
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}

/**
 * The zod schema keeps `If-Match` optional so that a change sent without it is answered 428 rather
 * than as a malformed request (if-match.ts); the document says what a client must send: required.
 */
function documentRequiredIfMatch(
  input: Parameters<typeof jsonSchemaTransform>[0],
): ReturnType<typeof jsonSchemaTransform> {
  const transformed = jsonSchemaTransform(input);
  if (input.schema?.headers !== ifMatchHeaders) return transformed;
  const headers = transformed.schema.headers as { required?: string[] };
  return {
    ...transformed,
    schema: {
      ...transformed.schema,
      headers: { ...headers, required: [...(headers.required ?? []), 'if-match'] },
    },
  };
}

/**
 * A change that takes no body (`noBody`) is documented without one: @fastify/swagger would say a
 * body is required of any route with a body schema, though nothing, or `{}`, is what it takes.
 */
function documentNoBody(
  input: Parameters<typeof jsonSchemaTransform>[0],
  transformed: ReturnType<typeof jsonSchemaTransform>,
): ReturnType<typeof jsonSchemaTransform> {
  if (input.schema?.body !== noBody) return transformed;
  const { body: _body, ...schema } = transformed.schema;
  return { ...transformed, schema };
}
