import { runCli } from './run-cli.ts';

// The CLI's entry point (bin/lindung.mjs loads it): the only file of the CLI with side effects.

// Output piped into a reader that stops early (`lindung openapi | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
