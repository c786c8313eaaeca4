import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCsvFile, isLegacyEncoding } from '../web/src/features/jobads/csv-file.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

/* The job adverts' bulk screen reads a CSV file as a spreadsheet saved it, not only as UTF-8. */
describe("a job-advert CSV file's text", () => {
  it('should read UTF-8, with or without its byte order mark', () => {
    assert.deepEqual(decodeCsvFile(utf8('text\nGaji tinggi, Việc nhẹ'), 'ms'), {
      text: 'text\nGaji tinggi, Việc nhẹ',
      encoding: 'utf-8',
    });
    const marked = decodeCsvFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('text\nCông việc')]), 'en');
    assert.deepEqual(marked, { text: 'text\nCông việc', encoding: 'utf-8' });
  });

  it("should read Excel's Unicode text (UTF-16 with its byte order mark), either byte order", () => {
    const little = bytes(0xff, 0xfe, 0x74, 0x00, 0x0a, 0x00, 0xb0, 0x1e); // "t\nẰ" little-endian
    assert.deepEqual(decodeCsvFile(little, 'id'), { text: 't\nẰ', encoding: 'utf-16le' });
    const big = bytes(0xfe, 0xff, 0x00, 0x74, 0x1e, 0xb0);
    assert.deepEqual(decodeCsvFile(big, 'id'), { text: 'tẰ', encoding: 'utf-16be' });
  });

  it('should read a Vietnamese Windows CSV (Windows-1258, tones as combining marks) composed', () => {
    // "Tuyển gấp" as Vietnamese Windows writes it: ê (0xEA) + hook above (0xD2), â (0xE2) + acute (0xEC).
    const file = bytes(0x54, 0x75, 0x79, 0xea, 0xd2, 0x6e, 0x20, 0x67, 0xe2, 0xec, 0x70);
    const decoded = decodeCsvFile(file, 'vi');
    assert.deepEqual(decoded, { text: 'Tuyển gấp', encoding: 'windows-1258' });
    assert.equal(isLegacyEncoding(decoded.encoding), true);
  });

  it("should read a file that is not UTF-8 in the code page of the reader's language otherwise", () => {
    // "Café, 5 000 €" in Windows-1252 (é 0xE9, € 0x80): not valid UTF-8.
    const file = bytes(0x43, 0x61, 0x66, 0xe9, 0x2c, 0x20, 0x35, 0x20, 0x30, 0x30, 0x30, 0x20, 0x80);
    assert.deepEqual(decodeCsvFile(file, 'ms'), { text: 'Café, 5 000 €', encoding: 'windows-1252' });
    assert.equal(decodeCsvFile(file, 'id').encoding, 'windows-1252');
    assert.equal(isLegacyEncoding('utf-8'), false);
  });
});
