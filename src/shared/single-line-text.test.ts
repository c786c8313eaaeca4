import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { singleLineText } from './single-line-text.ts';

const codes = (value: string) =>
  (singleLineText(1, 300).safeParse(value).error?.issues ?? []).map(
    (issue) => (issue as { params?: { code?: string } }).params?.code,
  );

describe('one line of text a person types', () => {
  it('should remove zero-width spaces and byte-order marks, then trim', () => {
    assert.equal(singleLineText(1, 300).parse('\ufeff Fai\u200bzul Azmi\u200b '), 'Faizul Azmi');
  });

  it('should refuse every bidirectional control: embeddings, overrides, isolates and marks', () => {
    for (const control of [
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200e',
      '\u200f',
    ]) {
      assert.deepEqual(
        codes(`Faizul ${control}Azmi`),
        ['direction_control'],
        `U+${control.codePointAt(0)?.toString(16)}`,
      );
    }
  });

  it('should keep the joiners Burmese, Khmer and Indic scripts need', () => {
    for (const name of ['ကျော်\u200cဇင်', 'ក្ស\u200dត្រ', 'क्\u200dष']) {
      assert.equal(singleLineText(1, 300).parse(name), name);
    }
  });

  it('should count a name of zero-width spaces only as empty', () => {
    assert.equal(singleLineText(1, 300).safeParse('\u200b\u200b').success, false);
  });
});
