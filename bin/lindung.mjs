#!/usr/bin/env node
// Lindung's command line. The CLI is TypeScript run by Node's type stripping (Node 22.18+). When
// the `node` on PATH cannot strip types (these machines ship Node 20), this launcher runs the CLI
// again under the Node 24 the project pins in node_modules, passing arguments, input, output
// and exit code through.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = import.meta.dirname ?? path.dirname(fileURLToPath(import.meta.url));

if (process.features.typescript) {
  await import('../src/cli/main.ts');
} else {
  const root = path.join(here, '..');
  const pinned = [
    path.join(root, 'node_modules', 'node', 'bin', 'node'),
    path.join(root, 'node_modules', '.bin', 'node'),
  ].find((candidate) => existsSync(candidate));
  // The pinned binary not stripping types either would otherwise re-run this launcher forever.
  if (!pinned || path.resolve(pinned) === process.execPath) {
    console.error(
      `lindung: Node.js ${process.version} cannot run TypeScript, and the project's Node 24 is missing ` +
        `from ${path.join(root, 'node_modules')}: run "npm install" there, or use Node.js 22.18 or newer.`,
    );
    process.exit(1);
  }
  const child = spawn(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  // The terminal sends Ctrl-C to both processes; this one waits for the CLI to finish instead.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`lindung: cannot run ${pinned}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    // A CLI killed by a signal exits as a shell reports it: 128 + the signal's number.
    process.exitCode = code ?? 128 + (constants.signals[signal] ?? 0);
  });
}
