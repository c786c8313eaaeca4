import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fieldRule } from '../shared/field-rules.ts';
import { registerNamedRefinementCheck, unnamedRefinements } from './named-refinements.ts';
import type { App } from './types.ts';

describe('refinements of request schemas', () => {
  it('should find a refinement without a rule code anywhere in a schema, a superRefine included', () => {
    const named = z.string().refine(() => true, fieldRule('country_unknown', 'is not a country'));
    const schema = z
      .strictObject({
        country: named,
        list: z.array(z.string().refine(() => true, 'bare message')).optional(),
        deep: z.union([z.number(), z.strictObject({ note: z.string().superRefine(() => {}) })]).default(1),
        custom: z.custom<string>(() => true),
      })
      .refine(() => true, { message: 'whole object', path: ['country'] });
    assert.deepEqual(unnamedRefinements(schema).sort(), ['(root)', 'custom', 'deep.note', 'list[]'].sort());
    assert.deepEqual(unnamedRefinements(named), []);
  });

  it('should refuse to build a route whose body holds an unnamed refinement', async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>() as unknown as App;
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerNamedRefinementCheck(app);
    assert.throws(
      () =>
        app.post(
          '/x',
          { schema: { body: z.strictObject({ a: z.string().refine(() => true, 'no code') }) } },
          () => ({}),
        ),
      /POST \/x: refinements without a field rule code \(use fieldRule\(\)\): body a/,
    );
    await app.close();
  });
});
