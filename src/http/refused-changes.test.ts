import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/db.ts';
import { AppError } from '../shared/errors.ts';
import { auditRefusedChange, changeAuditedOn } from './refused-changes.ts';

const id = '00000000-0000-4000-8000-000000000001';

describe('what a refused change is audited as, from its method, path and ids', () => {
  it('should name a step taken on a record by the path after its id', () => {
    assert.deepEqual(changeAuditedOn('POST', '/api/referrals/:id/accept', { id }, undefined), {
      action: 'referral.accept',
      subject: { type: 'referral', id },
    });
    assert.equal(
      changeAuditedOn('POST', '/api/referrals/:id/re-referrals', { id }, {}).action,
      'referral.re_referrals',
    );
    assert.deepEqual(changeAuditedOn('POST', '/api/linkage/candidates/:id/merge', { id }, {}), {
      action: 'linkage_candidate.merge',
      subject: { type: 'linkage_candidate', id },
    });
  });

  it('should name what the method does when the path ends at the record or its collection', () => {
    assert.equal(changeAuditedOn('PATCH', '/api/cases/:id', { id }, {}).action, 'case.update');
    assert.equal(
      changeAuditedOn('DELETE', '/api/shelters/:id/beds/:bedId', { id, bedId: id }, {}).action,
      'shelter.beds_delete',
    );
    assert.equal(changeAuditedOn('PATCH', '/api/agencies/:id', { id }, {}).subject?.type, 'agency');
  });

  it("should take a created record's case or person from the body's id, and nothing else from it", () => {
    assert.deepEqual(
      changeAuditedOn('POST', '/api/referrals', {}, { caseId: id, purpose: 'shelter', reason: 'Siti' }),
      { action: 'referral.create', subject: { type: 'case', id } },
    );
    assert.deepEqual(changeAuditedOn('POST', '/api/persons', {}, { names: [{ fullName: 'Siti' }] }), {
      action: 'person.create',
    });
  });
});

describe('the audit of a refused change when the audit cannot be written', () => {
  it('should resolve, so the refusal is answered as it was, and log the failure without the request', async () => {
    const logged: unknown[] = [];
    const unreachable = {
      kind: 'pglite',
      transaction: async () => {
        throw new Error('connection lost');
      },
      query: async () => [],
      close: async () => {},
    } as unknown as Db;
    const request = {
      method: 'POST',
      id: 'request-1',
      routeOptions: { url: '/api/referrals/:id/accept' },
      params: { id },
      body: undefined,
      authentication: { actor: { userId: id, agencyId: id, permissions: [] } },
      log: { error: (...args: unknown[]) => logged.push(args) },
    } as unknown as FastifyRequest;
    await auditRefusedChange(unreachable, request, new AppError('case_closed', 409, 'The case is closed.'));
    assert.equal(logged.length, 1);
    assert.match(JSON.stringify(logged), /case_closed/);
  });
});
