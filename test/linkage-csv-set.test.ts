import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readPersonsCsv } from '../bench/linkage/data.ts';
import { prepareRecord } from '../src/linkage/index.ts';

describe('a name set of one’s own for the linkage bench (--only csv)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lindung-csv-set-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = join(folder, name);
    writeFileSync(file, text);
    return file;
  };

  it('reads quoted values with commas and quotes, and dates written day first', () => {
    const file = write(
      'set.csv',
      '\ufeffID,Truth,Name,Birth,Sex,Nationality,Source\r\n' +
        'r1,p1,"Nguyen, Van ""Nam""",15/03/1990,Nam,VN,police\r\n' +
        'r2,p1,Nguyễn Văn Nam,00/00/1990,M,VN,shelter\r\n\r\n' +
        'r3,p2,Siti Aminah,,,,\r\n',
    );
    const records = readPersonsCsv(file);
    assert.deepEqual(
      records.map((r) => [r.id, r.truth, r.name, r.birth, r.sex, r.source]),
      [
        ['r1', 'p1', 'Nguyen, Van "Nam"', '15/03/1990', 'Nam', 'police'],
        ['r2', 'p1', 'Nguyễn Văn Nam', '00/00/1990', 'M', 'shelter'],
        ['r3', 'p2', 'Siti Aminah', null, null, ''],
      ],
    );
    const [first, second] = records.map((r, index) => prepareRecord(r, index));
    assert.equal(first?.birth?.digits, '19900315');
    assert.equal(second?.birth?.digits, '19900000');
    assert.equal(first?.sex, second?.sex);
  });

  it('reads the columns under the names other data sets give them, a name in two parts too', () => {
    const file = write(
      'febrl-like.csv',
      'rec_id,cluster,given_name,surname,date_of_birth,gender,Citizenship\n' +
        'a1,p1,nam,nguyen,19900315,m,Vietnam\nb1,p1,van nam,nguyễn,15/03/1990,male,VN\n',
    );
    const [first, second] = readPersonsCsv(file).map((r, index) => prepareRecord(r, index));
    assert.equal(first?.record.id, 'a1');
    assert.equal(first?.birth?.digits, second?.birth?.digits);
    assert.equal(first?.nationality, 'vn');
    assert.equal(second?.nationality, 'vn');
    assert.deepEqual(
      second?.tokens.map((t) => t.canonical),
      ['van', 'nam', 'nguyen'],
    );
  });

  it('reads a set without ids, under headers written as words, with a note or a middle name', () => {
    const file = write(
      'words.csv',
      'Cluster ID,First Name,Middle Name,Last Name,Date of Birth (dd/mm/yyyy),Sex,Country of origin\n' +
        'p1,Lan,Thi,Nguyen,15/03/1990,F,Vietnam\np1,Lan,,Nguyen,,,\n',
    );
    const records = readPersonsCsv(file);
    assert.deepEqual(
      records.map((r) => [r.id, r.truth, r.given, r.family, r.birth, r.sex, r.nationality]),
      [
        ['1', 'p1', 'Lan Thi', 'Nguyen', '15/03/1990', 'F', 'Vietnam'],
        ['2', 'p1', 'Lan', 'Nguyen', null, null, null],
      ],
    );
  });

  it('tells apart an id met again: by the source, else by the record', () => {
    const file = write(
      'joined.csv',
      'id,truth,name,agency\n17,p1,Siti Aminah,police\n17,p1,SITI AMINAH,shelter\n17,p2,Siti Amina,shelter\n',
    );
    assert.deepEqual(
      readPersonsCsv(file).map((r) => r.id),
      ['17', 'shelter:17', 'shelter:17 (record 3)'],
    );
  });

  it('names the missing column or the quote never closed', () => {
    assert.throws(() => readPersonsCsv(write('no-truth.csv', 'id,name\nr1,Siti\n')), /no column for truth/);
    assert.throws(
      () => readPersonsCsv(write('no-name.csv', 'id,truth,dob\nr1,p1,1990\n')),
      /no column for the name/,
    );
    assert.throws(
      () => readPersonsCsv(write('open.csv', 'id,truth,name\nr1,p1,"Siti\n')),
      /row 2 is never closed/,
    );
  });
});
