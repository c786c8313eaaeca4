import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ageBands,
  dischargeReasons,
  placementReasons,
  placementWarnings,
  shelterLabels,
  shelterPopulations,
  shelterServices,
  shelterTypes,
} from './shelter.labels.ts';

describe('shelter labels', () => {
  it('names every code in English, Malay, Indonesian and Vietnamese', () => {
    const groups: [keyof typeof shelterLabels, readonly string[]][] = [
      ['type', shelterTypes],
      ['population', shelterPopulations],
      ['service', shelterServices],
      ['placementReason', placementReasons],
      ['dischargeReason', dischargeReasons],
      ['ageBand', ageBands],
      ['warning', placementWarnings],
    ];
    for (const [group, codes] of groups) {
      const labels = shelterLabels[group] as Record<string, Record<string, string>>;
      assert.deepEqual(Object.keys(labels).sort(), [...codes].sort(), group);
      for (const code of codes) {
        for (const language of ['en', 'ms', 'id', 'vi']) {
          assert.ok(labels[code]?.[language]?.trim(), `${group}.${code}.${language}`);
        }
      }
    }
  });
});
