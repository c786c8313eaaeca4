import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { CaseView } from '../modules/cases/case.schema.ts';
import { caseSchema } from '../modules/cases/case.schema.ts';
import { compiledResponse, compileResponse, responseSerializerCompiler } from './compiled-response.ts';

const route = { schema: caseSchema, method: 'GET', url: '/api/cases/:id', httpStatus: '200' };
const byZod = serializerCompiler(route) as (data: unknown) => string;
const compiled = compileResponse(caseSchema);

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
      assert.throws(() => compiled(view), `compiled accepts ${JSON.stringify(view).slice(0, 80)}`);
    }
  });

  it("answers unmarked schemas by zod's encoding, and marked ones by the compiled serializer", () => {
    const unmarked = responseSerializerCompiler({ ...route, schema: caseSchema.extend({}) }) as (
      data: unknown,
    ) => string;
    const marked = responseSerializerCompiler({ ...route, schema: compiledResponse(caseSchema) }) as (
      data: unknown,
    ) => string;
    assert.equal(unmarked(base), marked(base));
    assert.throws(() => marked({ ...base, status: 'deleted' }), { name: 'ResponseNotInSchemaError' });
  });
});
