import { spawn } from 'node:child_process';
import { generateKeyText } from '../../src/crypto/keyring.ts';
import { demoPassword } from '../../src/modules/demo/index.ts';
import type { BenchDatabase } from './databases.ts';
import {
  cleanEnvironment,
  freePort,
  nodeBinary,
  type RunningChild,
  repositoryRoot,
  spawnNode,
  stopChild,
  waitUntilHealthy,
} from './processes.ts';
import { signIn } from './sign-in.ts';

/*
 * Crash safety (issue 11): the server runs as a child process and takes acknowledged writes (notes
 * and tasks on a case, new persons) at a steady rate; at a random moment it gets SIGKILL, with
 * requests in flight. After each restart every write it had answered 2xx must be there, and at the
 * end `lindung audit verify` must find the audit chain intact. A write that got no answer may or
 * may not have happened: only acknowledged ones count.
 */

export interface CrashOptions {
  readonly database: BenchDatabase;
  readonly kills: number;
  /** Writes started per second. */
  readonly rate: number;
  /** The longest a round writes before its kill (the kill comes at a random moment up to this). */
  readonly maxRoundMs: number;
  readonly random: () => number;
  readonly log?: (line: string) => void;
}

export interface CrashReport {
  readonly kind: string;
  readonly kills: number;
  readonly acknowledged: number;
  readonly unanswered: number;
  readonly refused: number;
  readonly missing: readonly string[];
  readonly writesPerSecond: number;
  readonly restartMs: { readonly median: number; readonly max: number };
  readonly auditVerify: { readonly code: number; readonly output: string };
}

type Write =
  | { readonly kind: 'note' | 'task'; readonly text: string }
  | { readonly kind: 'person'; id?: string };

interface Server {
  readonly child: RunningChild;
  readonly url: string;
}

async function startServer(env: NodeJS.ProcessEnv): Promise<Server & { startedMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawnNode(['src/main.ts'], { ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  if (!(await waitUntilHealthy(`${url}/api/health`, child.process, 600_000))) {
    child.process.kill('SIGKILL');
    throw new Error(`the server did not start:\n${child.output().slice(-3000)}`);
  }
  return { child, url, startedMs: performance.now() - started };
}

function killHard(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.process.exitCode !== null || server.child.process.signalCode !== null) return resolve();
    server.child.process.once('exit', () => resolve());
    server.child.process.kill('SIGKILL');
  });
}

/** Runs `lindung audit verify` against the database, as an operator would. */
function auditVerify(env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(nodeBinary, ['bin/lindung.mjs', 'audit', 'verify'], {
      cwd: repositoryRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      output += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      output += c;
    });
    child.once('exit', (code) => resolve({ code: code ?? 1, output: output.trim() }));
  });
}

async function json(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function runCrashRounds(options: CrashOptions): Promise<CrashReport> {
  const { database, random } = options;
  const log = options.log ?? (() => {});
  const env = cleanEnvironment({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    LINDUNG_DEMO: 'on',
    LINDUNG_REQUIRE_2FA: 'off',
    LINDUNG_SIGN_IN_RATE_LIMIT: '100000',
    LINDUNG_KEY: generateKeyText(),
    ...database.env,
  });
  const acknowledged: Write[] = [];
  let unanswered = 0;
  let refused = 0;
  let caseId = '';
  const restarts: number[] = [];
  let writingMs = 0;
  const runId = Math.floor(random() * 1e9).toString(36);

  for (let round = 0; round <= options.kills; round++) {
    const server = await startServer(env);
    restarts.push(server.startedMs);
    try {
      const session = await signIn(server.url, 'cm.jkm@demo.lindung.org', demoPassword);
      const csrf = await json(`${server.url}/api/me`, { headers: { cookie: session.cookie } });
      const token = (csrf.body as { csrfToken?: string }).csrfToken;
      const headers = {
        cookie: session.cookie,
        'content-type': 'application/json',
        ...(token ? { 'x-csrf-token': token } : {}),
      };
      if (!caseId) {
        const person = await json(`${server.url}/api/persons`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ names: [{ fullName: 'Crash Test Person' }], sex: 'female' }),
        });
        const opened = await json(`${server.url}/api/cases`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            type: 'victim_case',
            personId: (person.body as { id: string }).id,
            exploitationTypes: ['forced_labour'],
          }),
        });
        if (opened.status !== 201) throw new Error(`could not open the case: ${JSON.stringify(opened.body)}`);
        caseId = (opened.body as { id: string }).id;
      }
      if (round === options.kills) break; // the last start only checks
      // Write at the rate until the kill, which comes at a random moment (counted from the round's
      // first acknowledgement, so that a slow first request cannot leave a round without any).
      const delay = 100 + random() * options.maxRoundMs;
      let killAt = Number.POSITIVE_INFINITY;
      const inFlight = new Set<Promise<void>>();
      let n = 0;
      const roundStarted = performance.now();
      const acknowledgedBefore = acknowledged.length;
      while (performance.now() < killAt && performance.now() - roundStarted < 120_000) {
        if (killAt === Number.POSITIVE_INFINITY && acknowledged.length > acknowledgedBefore) {
          killAt = performance.now() + delay;
        }
        const draw = random();
        const write: Write =
          draw < 0.6
            ? { kind: 'note', text: `crash ${runId} r${round} n${n}` }
            : draw < 0.85
              ? { kind: 'task', text: `crash ${runId} r${round} t${n}` }
              : { kind: 'person' };
        n++;
        const request =
          write.kind === 'person'
            ? json(`${server.url}/api/persons`, {
                method: 'POST',
                headers,
                body: JSON.stringify({ names: [{ fullName: `Crash ${runId} ${round} ${n}` }], sex: 'male' }),
              })
            : json(`${server.url}/api/cases/${caseId}/${write.kind === 'note' ? 'notes' : 'tasks'}`, {
                method: 'POST',
                headers,
                body: JSON.stringify(write.kind === 'note' ? { body: write.text } : { title: write.text }),
              });
        const settled = request.then(
          (answer) => {
            if (answer.status === 201) {
              if (write.kind === 'person') write.id = (answer.body as { id: string }).id;
              acknowledged.push(write);
            } else refused++;
          },
          () => {
            unanswered++;
          },
        );
        inFlight.add(settled);
        void settled.finally(() => inFlight.delete(settled));
        await new Promise((resolve) => setTimeout(resolve, 1000 / options.rate));
      }
      writingMs += performance.now() - roundStarted;
      await killHard(server);
      await Promise.allSettled([...inFlight]);
      log(
        `round ${round + 1}/${options.kills}: killed after ${n} writes started; ${acknowledged.length} acknowledged so far`,
      );
    } finally {
      await killHard(server);
    }
  }

  // One more start: read everything back, then stop cleanly and verify the audit chain.
  const server = await startServer(env);
  const missing: string[] = [];
  try {
    const session = await signIn(server.url, 'cm.jkm@demo.lindung.org', demoPassword);
    const read = (url: string) => json(`${server.url}${url}`, { headers: { cookie: session.cookie } });
    const notes = await read(`/api/cases/${caseId}/notes`);
    const tasks = await read(`/api/cases/${caseId}/tasks`);
    const noteTexts = new Set(((notes.body as { items: { body: string }[] }).items ?? []).map((x) => x.body));
    const taskTexts = new Set(
      (
        (tasks.body as { items?: { title: string }[] }).items ??
        (tasks.body as { title: string }[]) ??
        []
      ).map((x) => x.title),
    );
    for (const write of acknowledged) {
      if (write.kind === 'note' && !noteTexts.has(write.text)) missing.push(`note "${write.text}"`);
      if (write.kind === 'task' && !taskTexts.has(write.text)) missing.push(`task "${write.text}"`);
      if (write.kind === 'person') {
        const person = await read(`/api/persons/${write.id}`);
        if (person.status !== 200) missing.push(`person ${write.id} (${person.status})`);
      }
    }
  } finally {
    await stopChild(server.child.process);
  }
  const audit = await auditVerify(env);
  const sorted = [...restarts].sort((a, b) => a - b);
  return {
    kind: database.kind,
    kills: options.kills,
    acknowledged: acknowledged.length,
    unanswered,
    refused,
    missing,
    writesPerSecond: Math.round((acknowledged.length / Math.max(writingMs, 1)) * 1000),
    restartMs: {
      median: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
      max: Math.round(sorted.at(-1) ?? 0),
    },
    auditVerify: audit,
  };
}
