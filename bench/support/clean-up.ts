import { cleanEnvironment, type RunningChild, spawnNode, stopChild } from './processes.ts';

/**
 * What a load benchmark made — servers, databases, folders — removed when it ends, fails, or is
 * interrupted with Ctrl-C: on Ctrl-C the load generator running then is stopped, every clean-up
 * registered is run (the latest first), and the process exits 130.
 */
export interface BenchCleanUp {
  /** Runs `work`, then `cleanup` — also when interrupted with Ctrl-C meanwhile. */
  withCleanup<T>(cleanup: () => Promise<void>, work: () => Promise<T>): Promise<T>;
  /** Runs the load generator with `args` in its own process, stopped on Ctrl-C; its exit code. */
  runLoad(args: readonly string[]): Promise<{ child: RunningChild; code: number | null }>;
  /** Removes everything left; the end of a run. */
  cleanUp(): Promise<void>;
  /** Says why the run failed, once everything is removed, and exits 1. */
  fail(error: unknown): Promise<never>;
}

export function cleanUpOnInterrupt(): BenchCleanUp {
  const cleanups: (() => Promise<void>)[] = [];
  let loadChild: RunningChild | undefined;
  /** Set on Ctrl-C: everything is being stopped and removed, after which the process exits. */
  let interruption: Promise<void> | undefined;

  async function cleanUp(): Promise<void> {
    if (loadChild) await stopChild(loadChild.process);
    while (cleanups.length > 0)
      await cleanups
        .pop()?.()
        .catch(() => {});
  }

  process.once('SIGINT', () => {
    console.log('\ninterrupted: stopping and removing what the benchmark made…');
    interruption = cleanUp().then(() => process.exit(130));
  });

  return {
    async withCleanup(cleanup, work) {
      cleanups.push(cleanup);
      try {
        return await work();
      } finally {
        // Unless an interruption has taken it over already.
        const index = cleanups.indexOf(cleanup);
        if (index >= 0) {
          cleanups.splice(index, 1);
          await cleanup();
        }
      }
    },
    async runLoad(args) {
      const child = spawnNode([...args], cleanEnvironment({}));
      loadChild = child;
      const code = await new Promise<number | null>((resolve) => child.process.once('exit', resolve));
      loadChild = undefined;
      return { child, code };
    },
    cleanUp,
    async fail(error) {
      if (interruption) await interruption;
      console.error(`\n${(error as Error).stack}`);
      await cleanUp();
      process.exit(1);
    },
  };
}
