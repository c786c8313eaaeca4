import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

/*
 * A new user's `npm start` while port 3000 is taken (another Lindung, another program): the
 * server says so in one line with the README's way to choose another port, and says it before it
 * opens or creates a database — not a JSON stack trace after fifteen seconds of migrations
 * (issue 8, a checker's walk on a clean clone).
 */
/** `npm start`'s server, as a new user's shell starts it. */
function startMain(port: number, dataDir: string) {
  return spawn(process.execPath, [path.join(import.meta.dirname, '..', 'src', 'main.ts')], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LINDUNG_DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('what npm start says before it opens a database', () => {
  let holder: Server;
  let port: number;
  let dataDir: string;

  before(async () => {
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const address = holder.address();
    assert.ok(address && typeof address === 'object');
    port = address.port;
    dataDir = await mkdtemp(path.join(tmpdir(), 'lindung-port-'));
  });
  after(async () => {
    await new Promise((resolve) => holder.close(resolve));
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should exit 1 at once, naming the port and how to choose another, having opened no database', async () => {
    const child = startMain(port, dataDir);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 1, `stdout: ${stdout}\nstderr: ${stderr}`);
    assert.equal(
      stderr.trim(),
      `Lindung did not start: 127.0.0.1:${port} is already in use (by another Lindung, or another program). ` +
        `Stop that one, or start on another port: PORT=3100 npm start`,
    );
    assert.deepEqual(await readdir(dataDir), [], 'no database, key or lock was made');
  });

  it('should say, on a first start, that it is making its database before the half minute that takes', async () => {
    const fresh = await mkdtemp(path.join(tmpdir(), 'lindung-first-'));
    const child = startMain(0, fresh);
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('\n')) resolve(stdout.split('\n')[0] as string);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code} before a line: ${stdout}`)));
      });
      assert.equal(
        firstLine,
        `Lindung is starting: making its database (PGlite in ${fresh}) and the demo data; a first start takes about half a minute…`,
      );
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(fresh, { recursive: true, force: true });
    }
  });
});
