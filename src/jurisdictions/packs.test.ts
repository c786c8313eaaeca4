import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDuration,
  allPacks,
  getPack,
  type Label,
  packCodes,
  packForAgency,
  packForCountry,
  packLanguages,
  parsePack,
} from './index.ts';

/** Every label object anywhere in a pack: an object with an `en` string. */
function labelsIn(value: unknown, path: string, found: Array<[string, Label]>): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) labelsIn(item, `${path}.${index}`, found);
  } else if (value && typeof value === 'object') {
    if (typeof (value as { en?: unknown }).en === 'string') found.push([path, value as Label]);
    else for (const [key, inner] of Object.entries(value)) labelsIn(inner, `${path}.${key}`, found);
  }
}

describe('jurisdiction packs', () => {
  it('loads and validates every pack', () => {
    assert.deepEqual(
      allPacks()
        .map((pack) => pack.code)
        .sort(),
      [...packCodes].sort(),
    );
    for (const pack of allPacks()) assert.doesNotThrow(() => parsePack(pack.code, pack));
  });

  it('writes every label of every pack in English, Malay, Indonesian and Vietnamese', () => {
    for (const pack of allPacks()) {
      const labels: Array<[string, Label]> = [];
      labelsIn(pack, pack.code, labels);
      assert.ok(labels.length > 20, `${pack.code} has labels`);
      for (const [path, label] of labels) {
        for (const language of packLanguages) {
          assert.ok(label[language]?.trim(), `${path} has no ${language} text`);
        }
      }
    }
  });

  it('gives every offence a category, a law and a unique code', () => {
    for (const pack of allPacks()) {
      assert.ok(pack.offences.length > 0, pack.code);
      const codes = pack.offences.map((offence) => offence.code);
      assert.equal(new Set(codes).size, codes.length);
    }
  });

  it("keeps Malaysia's recalled ATIPSOM figures marked unconfirmed and the checked ones confirmed", () => {
    const my = getPack('my');
    assert.deepEqual(my.timeLimits.interim_protection_order?.period, { amount: 21, unit: 'days' });
    assert.equal(my.timeLimits.interim_protection_order?.unconfirmed, true);
    assert.deepEqual(my.timeLimits.custody_to_magistrate?.period, { amount: 24, unit: 'hours' });
    assert.equal(my.timeLimits.custody_to_magistrate?.unconfirmed, true);
    assert.equal(my.timeLimits.protection_order?.rule, 'maximum');
    assert.deepEqual(my.timeLimits.protection_order?.period, { amount: 3, unit: 'months' });
    assert.equal(my.timeLimits.protection_order?.unconfirmed, false);
    assert.equal(my.timeLimits.protection_order_extension?.rule, 'court_set');
  });

  it('rejects a pack with a missing translation, naming where', () => {
    const broken = structuredClone(getPack('generic')) as unknown as { name: Record<string, string> };
    delete broken.name.vi;
    assert.throws(() => parsePack('generic', broken), /name\.vi/);
  });

  it("chooses an agency's own country's pack when there is one, else the deployment's", () => {
    assert.equal(packForAgency({ country: 'ID' }, 'my').code, 'id');
    assert.equal(packForAgency({ country: 'MY' }, 'generic').code, 'my');
    assert.equal(packForAgency({ country: 'TH' }, 'my').code, 'my');
    assert.equal(packForCountry(null, 'generic').code, 'generic');
    assert.equal(packForCountry('vn', 'generic').code, 'vn');
  });
});

describe('adding legal periods to dates', () => {
  it('counts 21 days from the day after the order', () => {
    assert.equal(addDuration('2026-03-01', { amount: 21, unit: 'days' }), '2026-03-22');
    assert.equal(addDuration('2026-12-20', { amount: 21, unit: 'days' }), '2027-01-10');
  });

  it('ends a month counted from a month end on the shorter month’s last day', () => {
    assert.equal(addDuration('2026-01-31', { amount: 1, unit: 'months' }), '2026-02-28');
    assert.equal(addDuration('2028-01-31', { amount: 1, unit: 'months' }), '2028-02-29');
    assert.equal(addDuration('2025-11-30', { amount: 3, unit: 'months' }), '2026-02-28');
    assert.equal(addDuration('2026-10-31', { amount: 3, unit: 'months' }), '2027-01-31');
  });

  it('moves 29 February to 28 February a year later and back to 29 in a leap year', () => {
    assert.equal(addDuration('2028-02-29', { amount: 12, unit: 'months' }), '2029-02-28');
    assert.equal(addDuration('2028-02-29', { amount: 48, unit: 'months' }), '2032-02-29');
    assert.equal(addDuration('2028-02-28', { amount: 1, unit: 'days' }), '2028-02-29');
  });

  it('refuses hours, which belong to instants', () => {
    assert.throws(() => addDuration('2026-03-01', { amount: 24, unit: 'hours' }), RangeError);
  });
});

describe("packs' form options and the platform's values", () => {
  it('label exactly the values the platform accepts', async () => {
    const { exploitationTypeSchema, labourSectorSchema, meansOfControlSchema } = await import(
      '../modules/cases/case.schema.ts'
    );
    const { careServiceTypeSchema } = await import('../modules/care/care-plan.schema.ts');
    const { urgencySchema } = await import('../modules/referrals/referral.schema.ts');
    const { protectionOrderKindSchema, protectionOrderStatusSchema } = await import(
      '../modules/protection-orders/protection-order.schema.ts'
    );
    const { offenceCategorySchema } = await import('./pack.ts');
    const lists: Record<string, readonly string[]> = {
      exploitationType: exploitationTypeSchema.options,
      labourSector: labourSectorSchema.options,
      meansOfControl: meansOfControlSchema.options,
      serviceType: careServiceTypeSchema.options,
      urgency: urgencySchema.options,
      protectionOrderKind: protectionOrderKindSchema.options,
      protectionOrderStatus: protectionOrderStatusSchema.options,
      offenceCategory: offenceCategorySchema.options,
    };
    for (const pack of allPacks()) {
      for (const [list, values] of Object.entries(lists)) {
        assert.deepEqual(
          Object.keys(pack.formOptions[list] ?? {}).sort(),
          [...values].sort(),
          `${pack.code}.${list}`,
        );
      }
    }
  });
});
