import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/*
 * `node test/run.ts --checks` (decision 0125) on a fixture of one test file, with `npm` on the PATH
 * standing in for the project's: its `lint` says what the fixture wants, its `typecheck` passes.
 * PostgreSQL is given an address nobody answers, so the set-up is PGlite's images alone.
 */
describe('test/run.ts --checks', () => {
  const fixture = mkdtempSync(path.join(tmpdir(), 'lindung-run-checks-'));
  after(() => rmSync(fixture, { recursive: true, force: true }));
  const testFile = path.join(fixture, 'fixture.test.ts');
  writeFileSync(
    testFile,
    `import { writeFileSync } from 'node:fs';\nimport { test } from 'node:test';\n` +
      `test('writes that it ran', () => writeFileSync(process.env.FIXTURE_MARKER, 'ran'));\n`,
  );
  // A test that passes but leaves a timer throwing after it: no test's promise holds that error.
  const detachedFile = path.join(fixture, 'detached.test.ts');
  writeFileSync(
    detachedFile,
    `import { test } from 'node:test';\n` +
      `test('passes, leaving a timer that throws', () => { setTimeout(() => { throw new Error('thrown by a timer'); }, 10); });\n` +
      `test('is still running when it throws', () => new Promise((resolve) => setTimeout(resolve, 300)));\n`,
  );
  const npm = path.join(fixture, 'npm');
  writeFileSync(
    npm,
    '#!/bin/sh\n' +
      'case "$3" in\n' +
      '  lint) [ "$FIXTURE_LINT" = fail ] && { echo "fixture.ts:1:7 lint/noUnusedVariables: this variable is unused"; exit 1; }; exit 0 ;;\n' +
      '  typecheck) exit 0 ;;\n' +
      'esac\nexit 2\n',
  );
  chmodSync(npm, 0o755);

  const run = async (lint: 'pass' | 'fail', file = testFile) => {
    const marker = path.join(fixture, `ran-${lint}`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${fixture}${path.delimiter}${process.env.PATH}`,
      FIXTURE_LINT: lint,
      FIXTURE_MARKER: marker,
      LINDUNG_TEST_POSTGRES_URL: 'postgres://postgres@127.0.0.1:1/test',
      LINDUNG_TEST_SHARDS: '1',
    };
    // Not a file of this test run, whose runner tells its children to report to it in its own format.
    delete env.NODE_TEST_CONTEXT;
    delete env.CI;
    const script = path.join(import.meta.dirname, 'run.ts');
    const { code, stdout } = await execFileAsync(process.execPath, [script, '--checks', file], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    return { code, stdout, ran: existsSync(marker) };
  };

  it('runs the shards when both checks pass', async () => {
    const passed = await run('pass');
    assert.equal(passed.code, 0, passed.stdout);
    assert.ok(passed.ran, 'the fixture’s test ran');
    assert.match(passed.stdout, /# all 1 shards: .*pass 1/);
  });

  it('starts no shard when a check fails, and fails with the check’s output', async () => {
    const failed = await run('fail');
    assert.equal(failed.code, 1, failed.stdout);
    assert.ok(!failed.ran, 'no shard ran the fixture’s test');
    assert.match(failed.stdout, /fixture\.ts:1:7 lint\/noUnusedVariables: this variable is unused/);
    assert.match(failed.stdout, /# all 0 shards: .*; npm run lint failed\n/);
  });

  it('fails the run on an error thrown outside every test, with the runner’s async hook cut (decision 0198)', async () => {
    const detached = await run('pass', detachedFile);
    assert.equal(detached.code, 1, detached.stdout);
    assert.match(detached.stdout, /thrown by a timer/);
  });
});
