import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placementWarnings, type ShelterRules } from './placement.rules.ts';

const womenOnly: ShelterRules = { admits_sexes: ['female'], min_age: 18, max_age: null };
const children: ShelterRules = { admits_sexes: ['female', 'male', 'other'], min_age: null, max_age: 17 };
const codes = (rules: ShelterRules, person: { sex: string; age: number | null }) =>
  placementWarnings(rules, person).map((warning) => warning.code);

describe("placement against a shelter's rules", () => {
  it('raises nothing for a woman in a women’s shelter', () => {
    assert.deepEqual(codes(womenOnly, { sex: 'female', age: 27 }), []);
  });

  it('warns of a man in a women-only shelter', () => {
    assert.deepEqual(codes(womenOnly, { sex: 'male', age: 30 }), ['shelter_rules_sex']);
  });

  it('warns of an unrecorded sex where the shelter admits only some', () => {
    assert.deepEqual(codes(womenOnly, { sex: 'unknown', age: 30 }), ['shelter_rules_sex']);
    assert.deepEqual(codes(children, { sex: 'unknown', age: 10 }), []);
  });

  it('warns of a child in an adults’ shelter and an adult in a children’s shelter', () => {
    assert.deepEqual(codes(womenOnly, { sex: 'female', age: 16 }), ['shelter_rules_age']);
    assert.deepEqual(codes(children, { sex: 'male', age: 18 }), ['shelter_rules_age']);
    assert.deepEqual(codes(children, { sex: 'male', age: 17 }), []);
  });

  it('warns of an unknown age where the shelter has an age range', () => {
    assert.deepEqual(codes(womenOnly, { sex: 'male', age: null }), [
      'shelter_rules_sex',
      'shelter_rules_age',
    ]);
  });
});
