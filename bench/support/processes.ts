import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (benchmarks spawn `src/main.ts` and the pinned Node from here). */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The pinned Node 24 binary, never the machine's own Node. */
export const nodeBinary = path.join(repositoryRoot, 'node_modules', '.bin', 'node');

/** A TCP port nobody listens on right now (the OS picks it; it is released before returning). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port assigned'));
      });
    });
  });
}

/** A new empty folder under the system's temporary folder. */
export function temporaryFolder(label: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `lindung-bench-${label}-`));
}

export function removeFolder(folder: string): Promise<void> {
  return rm(folder, { recursive: true, force: true });
}

/** A child process whose output is kept, so that a failure can show why. */
export interface RunningChild {
  readonly process: ChildProcess;
  /** Everything the child wrote to stdout and stderr so far. */
  output(): string;
}

/** Starts the pinned Node on a script, with output piped (not inherited) so it does not mix with the figures. */
export function spawnNode(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  options: { cwd?: string } = {},
): RunningChild {
  const child = spawn(nodeBinary, args, {
    cwd: options.cwd ?? repositoryRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  return { process: child, output: () => output };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Asks a child to stop (SIGTERM, so the platform closes its database and releases the data folder)
 * and waits for it; a child still running after `graceMs` is killed.
 */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await done;
  clearTimeout(timer);
}

/** Polls `url` until it answers 200; returns false if `child` exits or `timeoutMs` passes first. */
export async function waitUntilHealthy(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.status === 200) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

/** The parent's environment without Lindung's own settings, so a developer's shell cannot change a run. */
export function cleanEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (
      name.startsWith('LINDUNG_') ||
      ['DATABASE_URL', 'NODE_ENV', 'HOST', 'PORT', 'LOG_LEVEL'].includes(name)
    )
      continue;
    env[name] = value;
  }
  return { ...env, ...overrides };
}
