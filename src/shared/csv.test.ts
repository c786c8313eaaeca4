import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from './csv.ts';

describe('parseCsv (src/shared/csv.ts)', () => {
  it('reads commas, quoted fields with commas, quotes and line breaks, and CRLF', () => {
    assert.deepEqual(parseCsv('\ufeffid,text\r\n1,"Gaji tinggi, ""tanpa"" permit\nsegera"\r\n').rows, [
      ['id', 'text'],
      ['1', 'Gaji tinggi, "tanpa" permit\nsegera'],
    ]);
  });

  it('reads the semicolons a spreadsheet in Indonesian or Vietnamese saves, commas kept in the text', () => {
    assert.deepEqual(parseCsv('id;text\n1;Gaji 1,5 juta, tanpa dokumen\n').rows, [
      ['id', 'text'],
      ['1', 'Gaji 1,5 juta, tanpa dokumen'],
    ]);
  });

  it('reads tab-separated text, as a copy from a spreadsheet gives', () => {
    assert.deepEqual(parseCsv('id\ttext\n1\tViệc làm, lương cao\n').rows, [
      ['id', 'text'],
      ['1', 'Việc làm, lương cao'],
    ]);
  });

  it('takes the separator from the first line only, outside quotes', () => {
    // A quoted header with semicolons inside is still a comma file.
    assert.deepEqual(parseCsv('"a;b;c",text\n1,x;y\n').rows, [
      ['a;b;c', 'text'],
      ['1', 'x;y'],
    ]);
    // One column: no separator at all, read as commas.
    assert.deepEqual(parseCsv('text\nsatu; dua\n').rows, [['text'], ['satu; dua']]);
  });

  it('says where a quote was left open', () => {
    assert.equal(parseCsv('id,text\n1,"open\n2,x\n').openQuoteAtRow, 2);
  });
});
