import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseResponse } from '../modules/cases/case.responses.ts';
import type { CaseView } from '../modules/cases/case.schema.ts';
import { caseSchema } from '../modules/cases/case.schema.ts';
import { compiledResponse, compileResponse, responseSerializerCompiler } from './compiled-response.ts';

const route = { schema: caseSchema, method: 'GET', url: '/api/cases/:id', httpStatus: '200' };
const byZod = serializerCompiler(route) as (data: unknown) => string;
// The schema the six case routes answer with (open, read, change, status, workers).
const compiled = responseSerializerCompiler({ ...route, schema: caseResponse }) as (data: unknown) => string;

const base: CaseView = {
  id: '0b1a0f6e-6c1d-4d5e-8f00-3c1a2b3c4d5e',
  agencyId: '5e4d3c2b-1a0f-4e6d-9c1b-0a1b2c3d4e5f',
  reference: 'KL-JKM-2026-000123',
  type: 'victim_case',
  status: 'open',
  exploitationTypes: ['forced_labour', 'online_scam_compound'],
  labourSector: 'fishing',
  recruitmentPlace: 'Kuala Lumpur',
  recruitmentCountry: 'MY',
  recruitedOn: '2025-02-03',
  exploitationPlace: null,
  exploitationCountry: 'KH',
  exploitationStartedOn: '2025-03-01',
  exploitationEndedOn: null,
  meansOfControl: ['debt_bondage'],
  recruiterRelationship: 'agent',
  riskLevel: 'high',
  summary: 'Met at the port; "agent" promised work \\ wages',
  openedOn: '2026-01-15',
  closedAt: null,
  closeReason: null,
  persons: [
    { personId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', role: 'victim', name: 'Nguyễn Thị Lan' },
    { personId: '2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', role: 'witness', name: null },
  ],
  workers: [{ userId: '3c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', displayName: 'Case worker JKM 1' }],
  createdAt: '2026-01-15T09:00:00.000Z',
  updatedAt: '2026-02-01T10:11:12.345Z',
  version: 7,
};

describe('a compiled response serializer', () => {
  it("writes a case's detail byte for byte as zod's encoding does", () => {
    const views: unknown[] = [
      base,
      {
        ...base,
        status: 'closed',
        closedAt: '2026-03-01T00:00:00Z',
        closeReason: 'Services completed',
        labourSector: null,
        recruiterRelationship: null,
        persons: [],
        workers: [],
        exploitationTypes: [],
        meansOfControl: [],
      },
      // Control characters, a lone surrogate, quotes, backslashes, scripts, long and empty text.
      {
        ...base,
        summary: `tab\there\nnew "q" \\ \u0001 \ud800 lone ${'ကျော်ဇင်ထက် '.repeat(60)}`,
        reference: '',
      },
      { ...base, summary: 'x'.repeat(6000), recruitmentPlace: '"'.repeat(50) },
      // Keys in another order than the schema's: both write the schema's order.
      Object.fromEntries(Object.entries(base).reverse()),
    ];
    for (const view of views) assert.equal(compiled(view), byZod(view));
  });

  it('leaves out keys the schema does not name, as zod does, at every level', () => {
    const view = {
      ...base,
      contact: 'secret address',
      persons: [{ ...base.persons[0], documentNumber: 'A1234567' }],
    };
    const written = compiled(view);
    assert.equal(written, byZod(view));
    assert.doesNotMatch(written, /secret address|A1234567|contact|documentNumber/);
  });

  it('refuses what the schema refuses, as zod does', () => {
    const wrong: unknown[] = [
      { ...base, status: 'deleted' },
      { ...base, version: 0 },
      { ...base, version: 1.5 },
      { ...base, id: 'not-a-uuid' },
      { ...base, closedAt: '2026-03-01' },
      { ...base, summary: 42 },
      { ...base, labourSector: 'unknown_sector' },
      { ...base, persons: [{ personId: base.persons[0]?.personId, role: 'victim' }] },
      Object.fromEntries(Object.entries(base).filter(([key]) => key !== 'reference')),
    ];
    for (const view of wrong) {
      assert.throws(() => byZod(view), `zod accepts ${JSON.stringify(view).slice(0, 80)}`);
      assert.throws(
        () => compiled(view),
        { name: 'ResponseNotInSchemaError' },
        `compiled accepts ${JSON.stringify(view).slice(0, 80)}`,
      );
    }
  });

  it("answers unmarked schemas by zod's encoding, and marked ones by the compiled serializer", () => {
    const unmarked = responseSerializerCompiler({ ...route, schema: caseSchema.extend({}) }) as (
      data: unknown,
    ) => string;
    const marked = responseSerializerCompiler({
      ...route,
      schema: compiledResponse(z.object({ ...caseSchema.shape })),
    }) as (data: unknown) => string;
    assert.equal(unmarked(base), marked(base));
    assert.throws(() => marked({ ...base, status: 'deleted' }), { name: 'ResponseNotInSchemaError' });
  });

  it('compiles a marked schema once per route in a process, and names each route in its errors', () => {
    const again = responseSerializerCompiler({ ...route, schema: caseResponse });
    assert.equal(again, compiled, 'a second app gets the route’s compiled answer');
    const other = responseSerializerCompiler({
      ...route,
      schema: caseResponse,
      url: '/api/cases/:id/status',
    }) as (data: unknown) => string;
    assert.notEqual(other, compiled);
    assert.throws(
      () => other({ ...base, status: 'deleted' }),
      /GET \/api\/cases\/:id\/status does not match/,
    );
    assert.throws(() => compiled({ ...base, status: 'deleted' }), /GET \/api\/cases\/:id does not match/);
  });

  it('writes a nullable object or list as zod does, leaving out the keys it does not name', () => {
    const schema = z.object({
      place: z.object({ name: z.string() }).nullable(),
      codes: z.array(z.string()).nullable(),
    });
    const byZodHere = serializerCompiler({ ...route, schema }) as (data: unknown) => string;
    const compiledHere = compileResponse(schema);
    for (const view of [
      { place: { name: 'Port', contact: 'secret' }, codes: null },
      { place: null, codes: ['a', 'b'] },
    ])
      assert.equal(compiledHere(view), byZodHere(view));
  });

  it('refuses at compile time a schema with a refinement, which its JSON Schema cannot check', () => {
    const refined = z.object({ a: z.string() }).refine((view) => view.a !== 'bad');
    assert.throws(() => compileResponse(refined), /cannot check refinements: \(root\)/);
    const deep = z.object({ persons: z.array(z.object({ name: z.string().refine((name) => name !== '') })) });
    assert.throws(() => compileResponse(deep), /cannot check refinements: persons\[\]\.name/);
  });

  it('refuses at compile time a union with an object among its branches, which would fail a key zod strips', () => {
    const named = z.object({ a: z.string() }).meta({ id: 'CompiledResponseTestNamed' });
    for (const schema of [
      z.object({ u: z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]) }),
      z.object({ u: z.union([named, z.string()]) }),
    ])
      assert.throws(() => compileResponse(schema), /cannot serialize a union of objects: #\/properties\/u/);
  });
});
