import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { testPglite, testPgliteEnv, unpackPgliteImage } from '../../test/support/databases.ts';
import { generateKeyText } from '../crypto/keyring.ts';
import { openPglite } from '../db/pglite.ts';
import { runCli } from './run-cli.ts';

const root = path.join(import.meta.dirname, '..', '..');
const pinnedNode = path.join(root, 'node_modules', '.bin', 'node');
const launcher = path.join(root, 'bin', 'lindung.mjs');

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/*
 * What only a process of its own shows — the launcher finds Node, `main.ts` hands the arguments
 * over and exits with the command's code — is shown by the first tests, each in a child process
 * as an operator runs it. The commands themselves run in this process (`runCli`, which `main.ts`
 * calls with the process's streams and environment): a child each cost Node's start, the server's
 * modules and PGlite's WebAssembly again, most of this file's CPU (decision 0068).
 */

/**
 * Runs the real CLI in a child process, as an operator would, with only the settings given. The
 * test's `signal` ends the child when the test does (a timeout, an interrupted run): a migration
 * left running would otherwise outlive its test, hold the PGlite data folder the next test opens,
 * and outlive the test process too.
 */
function lindung(
  args: readonly string[],
  options: { env: Record<string, string>; signal: AbortSignal; input?: string; node?: string },
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.node ?? pinnedNode, [launcher, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      signal: options.signal,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Runs the CLI in this process as `main.ts` does, with only the settings given, the `input` as
 * standard input (not a terminal) and the output kept.
 */
async function lindungHere(
  args: readonly string[],
  options: { env: Record<string, string>; input?: string },
): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from(options.input ? [options.input] : []),
    env: options.env,
  });
  return { code, stdout, stderr };
}

/**
 * A system `node` that cannot strip types (the machine's Node 20), to test the launcher's re-run.
 * `npm test` puts the pinned Node 24 first on PATH, so the usual system locations are tried too.
 */
function nodeWithoutTypeStripping(): string | undefined {
  return ['node', '/usr/bin/node', '/usr/local/bin/node'].find((candidate) => {
    const probe = spawnSync(candidate, ['-p', 'Boolean(process.features.typescript)'], { encoding: 'utf8' });
    return probe.status === 0 && probe.stdout.trim() === 'false';
  });
}

const oldNode = nodeWithoutTypeStripping();

describe('the lindung command line', () => {
  let folder: string;
  let env: Record<string, string>;

  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'lindung-cli-'));
    env = {
      LINDUNG_DATA_DIR: path.join(folder, 'data'),
      LINDUNG_KEY: generateKeyText(),
      NODE_ENV: 'development',
      // Every command opens the data folder anew: PGlite's default 128 MB pool was laid out each time.
      ...testPgliteEnv,
    };
    // A new database: a PGlite cluster with no migration applied, from the suite's image of one
    // (PGlite's initdb in WebAssembly cost this file 4–8 s of CPU). A data folder with no cluster
    // at all is what test/startup.int.test.ts's first start begins from.
    await unpackPgliteImage(env.LINDUNG_DATA_DIR as string, 'empty');
  });

  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('prints its usage and exits 0 for --help', async (t) => {
    const { code, stdout } = await lindung(['--help'], { env, signal: t.signal });
    assert.equal(code, 0);
    assert.match(stdout, /Usage: lindung <command>/);
    assert.match(stdout, /audit verify/);
  });

  it('runs under the pinned Node 24 when the node on PATH cannot strip types', {
    skip: oldNode ? false : 'no node without type stripping on this machine',
  }, async (t) => {
    const { code, stdout } = await lindung(['audit', 'verify', '--help'], {
      env,
      signal: t.signal,
      node: oldNode,
    });
    assert.equal(code, 0);
    assert.match(stdout, /Usage: lindung audit verify/);
  });

  it('exits 2 with one line for an unknown command', async (t) => {
    const { code, stderr } = await lindung(['frobnicate'], { env, signal: t.signal });
    assert.equal(code, 2);
    assert.equal(stderr, 'lindung: unknown command "frobnicate" (see lindung --help)\n');
  });

  it('exits 2 for an unknown flag', async () => {
    const { code, stderr } = await lindungHere(['migrate', '--force'], { env });
    assert.equal(code, 2);
    assert.match(stderr, /Unknown option '--force'/);
  });

  it('migrates a new PGlite database and lists the migrations applied', async () => {
    const { code, stdout } = await lindungHere(['migrate'], { env });
    assert.equal(code, 0);
    assert.match(stdout, /applied 0001_extensions/);
  });

  it('seeds the demo data, and refuses to seed twice', async () => {
    const seeded = await lindungHere(['seed', '--demo'], { env });
    assert.equal(seeded.code, 0, seeded.stderr);
    assert.match(seeded.stdout, /demo agencies/);
    const again = await lindungHere(['seed', '--demo'], { env });
    assert.equal(again.code, 1);
    assert.match(again.stderr, /not empty/);
  });

  it('adds synthetic cases for a seed once, and refuses bad scales', async () => {
    const added = await lindungHere(['seed', '--scale', '40', '--seed', '5'], { env });
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /added 40 synthetic cases \(\d+ rows\)/);
    const again = await lindungHere(['seed', '--scale', '40', '--seed', '5'], { env });
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already has the synthetic data of seed 5/);
    const bad = await lindungHere(['seed', '--scale', 'many'], { env });
    assert.equal(bad.code, 2, bad.stderr);
    assert.match(bad.stderr, /--scale needs a whole number/);
  });

  it('creates a user with the password read from standard input and prints its id', async () => {
    const { code, stdout, stderr } = await lindungHere(
      [
        'user',
        'create',
        '--email',
        'ops@example.org',
        '--name',
        'Ops',
        '--agency',
        'PDRM',
        '--role',
        'auditor',
      ],
      { env, input: 'a long enough password\n' },
    );
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^[0-9a-f-]{36}\n$/);
  });

  it('reports an intact audit chain and exits 0', async () => {
    const { code, stdout } = await lindungHere(['audit', 'verify'], { env });
    assert.equal(code, 0);
    assert.match(stdout, /^audit chain intact: \d+ entries\n$/);
  });

  it('reports in a dry run what retention would anonymise, as JSON of counts', async () => {
    const { code, stdout, stderr } = await lindungHere(['retention', '--dry-run'], { env });
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    assert.equal(report.dryRun, true);
    assert.equal(report.due, 0);
    assert.equal(report.anonymisedCases, 0);
  });

  it('scans across agencies, all persons and then only those changed since, printing counts only', async () => {
    const full = await lindungHere(['linkage', 'scan'], { env });
    assert.equal(full.code, 0, full.stderr);
    assert.match(
      full.stdout,
      /^full scan: compared (\d+) of \1 persons against all: \d+ hints of a match held by another agency\n$/,
    );
    const changed = await lindungHere(['linkage', 'scan', '--changed'], { env });
    assert.equal(changed.code, 0, changed.stderr);
    assert.match(changed.stdout, /^changed scan: compared \d+ of \d+ persons against all/);
  });

  it('sweeps the attachments folder of files no record owns, leaving young ones, and reports counts as JSON', async () => {
    const agencyDir = path.join(folder, 'data', 'attachments', crypto.randomUUID());
    await mkdir(agencyDir, { recursive: true });
    const orphan = path.join(agencyDir, crypto.randomUUID());
    const young = path.join(agencyDir, crypto.randomUUID());
    await writeFile(orphan, 'left by a crash');
    await writeFile(young, 'an upload under way');
    const old = new Date(Date.now() - 3 * 3_600_000);
    await utimes(orphan, old, old);
    const refused = await lindungHere(['attachments', 'sweep', '--grace-hours', '0'], { env });
    assert.equal(refused.code, 2);
    const { code, stdout, stderr } = await lindungHere(['attachments', 'sweep', '--grace-hours', '2'], {
      env,
    });
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    assert.deepEqual([report.orphans, report.tooRecent, report.removed], [1, 1, 1]);
    assert.ok(!existsSync(orphan));
    assert.ok(existsSync(young));
    await rm(agencyDir, { recursive: true });
  });

  it('backs up and restores into a new data folder whose audit chain still verifies', async () => {
    const file = path.join(folder, 'lindung.backup');
    const backup = await lindungHere(['backup', file], { env });
    assert.equal(backup.code, 0, backup.stderr);
    const restoredEnv = { ...env, LINDUNG_DATA_DIR: path.join(folder, 'restored') };
    const restore = await lindungHere(['restore', file], { env: restoredEnv });
    assert.equal(restore.code, 0, restore.stderr);
    assert.match(restore.stdout, /audit_event +\d+ rows, checksum matches/);
    const verify = await lindungHere(['audit', 'verify'], { env: restoredEnv });
    assert.equal(verify.code, 0);
  });

  it('exits 1 naming the entry when an audit entry was altered', async () => {
    const db = await openPglite(env.LINDUNG_DATA_DIR, testPglite);
    try {
      // As the owner with triggers off: the one way past the append-only trigger.
      await db.exec(`set session_replication_role = replica;
        update audit_event set action = 'agency.delete' where id = (select entry_id from audit_chain where seq = 2);`);
    } finally {
      await db.close();
    }
    const { code, stdout } = await lindungHere(['audit', 'verify'], { env });
    assert.equal(code, 1);
    assert.match(stdout, /^audit chain broken at entry 2: /);
  });
});
