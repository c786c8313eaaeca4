import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameFinder } from './summary-names.ts';

describe('finding a person’s name in a progress summary', () => {
  const holdsSiti = nameFinder(['Siti Rahmawati', 'Siti', 'Rahmawati']);
  const holdsFullNameOnly = nameFinder(['Siti Rahmawati']);

  it('should find the name written in the old Indonesian spellings', () => {
    for (const text of [
      'Sitti Rachmawati is in the shelter', // doubled letter, ch for h
      'Rachmawati attends the hearing',
      'Call Rakhmawati’s officer',
      'SITTI will be heard next week',
    ]) {
      assert.ok(holdsSiti(text), text);
    }
    // oe/u, dj/j, tj/c, ch/kh, and the old j of today's y.
    assert.ok(nameFinder(['Sukarno'])('Soekarno is safe'));
    assert.ok(nameFinder(['Joko Widodo'])('Djoko Widodo is safe'));
    assert.ok(nameFinder(['Cahyo'])('Tjahjo is safe'));
    assert.ok(nameFinder(['Khairul'])('Chairul is safe'));
    assert.ok(nameFinder(['Suryani'])('Soerjani is safe'));
  });

  it('should find the name with its letters spaced out', () => {
    for (const text of [
      'S i t i is safe',
      'Ask s.i.t.i',
      'S-I-T-T-I',
      'Hearing for S i t i R a h m a w a t i',
    ]) {
      assert.ok(holdsSiti(text), text);
    }
    assert.ok(holdsFullNameOnly('Hearing for S i t i R a c h m a w a t i'));
    assert.ok(holdsFullNameOnly('Hearing for Sitti Rachmawati'));
    assert.ok(holdsFullNameOnly('Hearing for SittiRachmawati'));
  });

  it('should leave words that only look or sound like the name', () => {
    for (const text of [
      'The case is with the court in Kuala Lumpur city',
      'Visit the site office',
      'A hearing with the prosecutor is set',
      'Support in a shelter; JKM hotline 15999',
    ]) {
      assert.equal(holdsSiti(text), false, text);
    }
    assert.equal(nameFinder(['Yani'])('Manifest review with Yanis Court'), false);
    assert.equal(holdsFullNameOnly('Siti is safe'), false, 'a part of a full name alone');
  });
});
