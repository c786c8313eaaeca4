import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../../jurisdictions/index.ts';
import { ValidationError } from '../../shared/errors.ts';
import { custodyProblem, orderTerm } from './protection-order.rules.ts';

const my = getPack('my');
const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ValidationError);
    return error.fields.map((f) => f.field);
  }
  return [];
};

describe('the term of a protection order under a jurisdiction pack', () => {
  it('gives a Malaysian interim order 21 days whatever the month, and refuses another period', () => {
    assert.equal(orderTerm(my, 'interim', '2026-02-10', undefined).expiresOn, '2026-03-03');
    assert.equal(orderTerm(my, 'interim', '2028-02-10', undefined).expiresOn, '2028-03-02', 'leap year');
    assert.equal(orderTerm(my, 'interim', '2026-12-20', undefined).expiresOn, '2027-01-10');
    assert.deepEqual(
      fieldOf(() => orderTerm(my, 'interim', '2026-02-10', { amount: 14, unit: 'days' })),
      ['period'],
    );
  });

  it('caps a protection order at three months, ending on a short month’s last day', () => {
    assert.equal(orderTerm(my, 'full', '2025-11-30', undefined).expiresOn, '2026-02-28');
    assert.equal(orderTerm(my, 'full', '2027-11-30', undefined).expiresOn, '2028-02-29');
    assert.equal(orderTerm(my, 'full', '2026-01-15', { amount: 60, unit: 'days' }).expiresOn, '2026-03-16');
    assert.deepEqual(
      fieldOf(() => orderTerm(my, 'full', '2025-11-30', { amount: 91, unit: 'days' })),
      ['period'],
    );
    assert.doesNotThrow(() => orderTerm(my, 'full', '2025-11-30', { amount: 90, unit: 'days' }));
  });

  it('requires the court’s period for an extension, and refuses kinds a pack does not know', () => {
    assert.deepEqual(
      fieldOf(() => orderTerm(my, 'extension', '2026-01-01', undefined)),
      ['period'],
    );
    assert.equal(
      orderTerm(my, 'extension', '2026-01-31', { amount: 1, unit: 'months' }).expiresOn,
      '2026-02-28',
    );
    assert.deepEqual(
      fieldOf(() => orderTerm(getPack('vn'), 'interim', '2026-01-01', undefined)),
      ['kind'],
    );
  });

  it('refuses production before the magistrate later than 24 hours after custody', () => {
    assert.equal(custodyProblem(my, '2026-01-01T08:00:00+08:00', '2026-01-02T08:00:00+08:00'), undefined);
    assert.deepEqual(
      custodyProblem(my, '2026-01-01T08:00:00+08:00', '2026-01-02T08:01:00+08:00')?.fields.map(
        (f) => f.field,
      ),
      ['producedAt'],
    );
    assert.equal(
      custodyProblem(getPack('generic'), '2026-01-01T00:00:00Z', '2026-01-09T00:00:00Z'),
      undefined,
    );
  });
});
