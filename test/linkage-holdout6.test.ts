import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readPersonsCsv } from '../bench/linkage/data.ts';
import { holdout6Csv, holdout6Set } from '../bench/linkage/holdout6-set.ts';
import { prepareRecord } from '../src/linkage/index.ts';

describe('the sixth held-out set (written blind, read through the CSV path)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lindung-holdout6-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the same CSV for the same seed and another for another seed', () => {
    const first = holdout6Csv(holdout6Set(150, 7));
    assert.equal(holdout6Csv(holdout6Set(150, 7)), first);
    assert.notEqual(holdout6Csv(holdout6Set(150, 8)), first);
  });

  it('records each person one to four times, under ids of its own', () => {
    const records = holdout6Set(300, 3);
    const perPerson = new Map<string, number>();
    for (const r of records) perPerson.set(r.cluster, (perPerson.get(r.cluster) ?? 0) + 1);
    assert.equal(perPerson.size, 300);
    assert.ok([...perPerson.values()].every((n) => n >= 1 && n <= 4));
    assert.equal(new Set(records.map((r) => r.recordId)).size, records.length);
  });

  it('is read whole by readPersonsCsv: every column, every date, sex and nationality understood', () => {
    const records = holdout6Set(400, 11);
    const file = join(folder, 'h6.csv');
    writeFileSync(file, holdout6Csv(records));
    const read = readPersonsCsv(file);
    assert.deepEqual(
      read.map((r) => [r.id, r.truth, r.name, r.birth ?? '', r.sex ?? '', r.nationality ?? '', r.source]),
      records.map((r) => [r.recordId, r.cluster, r.fullName, r.dob, r.gender, r.country, r.agency]),
    );
    const prepared = read.map((r, index) => prepareRecord(r, index));
    prepared.forEach((p, index) => {
      const r = read[index];
      if (r?.birth) assert.ok(p.birth, `the date of birth "${r.birth}" is read`);
      if (r?.sex) assert.ok(p.sex, `the sex "${r.sex}" is read`);
      if (r?.nationality) assert.ok(p.nationality, `the nationality "${r.nationality}" is read`);
    });
  });
});
