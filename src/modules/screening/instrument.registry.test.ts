import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultInstrument, findShippedInstrument, shippedInstruments } from './instrument.registry.ts';
import { validateInstrument } from './instrument.validation.ts';

describe('the shipped screening instruments', () => {
  it('are all valid, each under its own id and version', () => {
    for (const instrument of shippedInstruments) assert.doesNotThrow(() => validateInstrument(instrument));
    const keys = shippedInstruments.map((instrument) => `${instrument.id}@${instrument.version}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('finds an instrument by id and version, and nothing for a version never shipped', () => {
    assert.equal(findShippedInstrument('ilo-ec-2009', '2009.09'), defaultInstrument);
    assert.equal(findShippedInstrument('ilo-ec-2009', '2010.01'), undefined);
  });

  it('gives new screenings a shipped instrument by default', () => {
    assert.ok(shippedInstruments.includes(defaultInstrument));
  });
});
