import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asTx, prepared, preparedName } from '../db/db.ts';
import { selectAudited } from './audit.ts';

/** The texts and parameters a transaction was given, answering no rows. */
function recordingTx() {
  const sent: { text: string; params: readonly unknown[] }[] = [];
  const tx = asTx({
    query: async (text, params) => {
      sent.push({ text, params: params ?? [] });
      return [];
    },
    exec: async () => {},
  });
  return { tx, sent };
}

const read = { actor: { userId: 'u', agencyId: 'a' }, subjectType: 'case', requestId: 'r' };

describe('the audited form of a read', () => {
  it('of a prepared read is one prepared text, the same at every read', async () => {
    const select = prepared('select id from case_file where id = $1 -- audit.test');
    const { tx, sent } = recordingTx();
    await selectAudited(tx, select, ['1'], read);
    await selectAudited(tx, select, ['2'], read);
    const [first, second] = sent;
    assert.ok(first && second);
    assert.ok(preparedName(first.text), 'prepared');
    assert.equal(first.text, second.text);
    assert.match(first.text, /^with found as \(select id from case_file where id = \$1 -- audit\.test\)/);
    // The entry's parameters follow the read's own.
    assert.match(first.text, /select \$2::uuid, \$3::uuid, \$4::text, \$5::text, found\.id::text/);
    assert.deepEqual(second.params.slice(0, 5), ['2', 'u', 'a', 'case.read', 'case']);
  });

  it('of a read not prepared is not prepared, with its entry numbered after its parameters', async () => {
    const { tx, sent } = recordingTx();
    await selectAudited(tx, 'select id from case_file where id = $1 and $2::int = 2', ['1', 2], read);
    const text = sent[0]?.text ?? '';
    assert.equal(preparedName(text), undefined);
    assert.match(text, /select \$3::uuid, \$4::uuid/);
  });
});
