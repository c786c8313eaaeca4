import assert from 'node:assert/strict';
import { it } from 'node:test';

it('runs on the pinned Node.js 24, which strips TypeScript types itself', () => {
  assert.equal(process.versions.node.split('.')[0], '24');
  assert.ok(process.features.typescript, 'type stripping is available');
});
