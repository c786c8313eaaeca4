import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentType } from '../shared/person-codes.ts';
import {
  compareDocuments,
  type DocumentKey,
  documentPairs,
  documentWeight,
  maxDocumentHolders,
} from './documents.ts';

const document = (
  index: string,
  type: DocumentType = 'passport',
  country: string | null = 'ID',
): DocumentKey => ({
  id: `row-${index}`,
  index,
  type,
  country,
});

describe('comparing two persons by their identity documents', () => {
  it('reads one number of one kind and issuer as the same document', () => {
    assert.deepEqual(compareDocuments([document('x')], [document('y'), document('x')]), {
      level: 'same document',
      type: 'passport',
      country: 'ID',
    });
  });

  it('does not take one number under two issuing countries, or of two kinds, for one document', () => {
    assert.equal(
      compareDocuments([document('x', 'passport', 'ID')], [document('x', 'passport', 'MY')]),
      undefined,
    );
    assert.equal(compareDocuments([document('x', 'passport')], [document('x', 'national_id')]), undefined);
  });

  it('reads a passport and a travel document issued in its place as one kind', () => {
    assert.equal(
      compareDocuments([document('x')], [document('x', 'travel_document')])?.level,
      'same document',
    );
  });

  it("weighs a number agreeing where a kind or an issuer is not recorded less: 'same number'", () => {
    assert.deepEqual(compareDocuments([document('x', 'passport', null)], [document('x')]), {
      level: 'same number',
      type: 'passport',
      country: 'ID',
    });
    assert.equal(compareDocuments([document('x', 'other')], [document('x')])?.level, 'same number');
    assert.ok(documentWeight('same document') > documentWeight('same number'));
    assert.ok(documentWeight('same number') > 10, 'strong evidence');
  });

  it('counts two numbers of one kind and issuer as no evidence (a renewed passport), and a number agreeing above them', () => {
    const renewed = compareDocuments([document('old')], [document('new')]);
    assert.equal(renewed?.level, 'different numbers');
    assert.equal(documentWeight('different numbers'), 0);
    assert.equal(
      compareDocuments([document('old'), document('x')], [document('new'), document('x')])?.level,
      'same document',
    );
  });

  it('has nothing to compare when a side holds no document, or none of a kind and issuer the other holds', () => {
    assert.equal(compareDocuments([], [document('x')]), undefined);
    assert.equal(compareDocuments(undefined, [document('x')]), undefined);
    assert.equal(compareDocuments([document('a', 'passport', 'VN')], [document('b')]), undefined);
    assert.equal(compareDocuments([document('a', 'passport', null)], [document('b')]), undefined);
  });
});

describe('blocking persons by a document number', () => {
  const holder = (id: string, ...indexes: string[]) => ({ id, documents: indexes.map((i) => document(i)) });

  it('pairs every two holders of a number once, whatever else they share', () => {
    const pairs = documentPairs([
      holder('c', 'x', 'y'),
      holder('a', 'x', 'y'),
      holder('b', 'x'),
      holder('d', 'z'),
    ]);
    assert.deepEqual(pairs.map((p) => p.join()).sort(), ['a,b', 'a,c', 'b,c']);
  });

  it('makes no pair of a number held by more persons than a document can be (a placeholder)', () => {
    const placeholder = Array.from({ length: maxDocumentHolders + 1 }, (_, i) => holder(`p${i}`, '000000'));
    assert.deepEqual(documentPairs(placeholder), []);
    assert.equal(
      documentPairs(placeholder.slice(0, maxDocumentHolders)).length,
      (maxDocumentHolders * (maxDocumentHolders - 1)) / 2,
    );
  });
});
