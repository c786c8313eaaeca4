import { createRequire } from 'node:module';

/*
 * Loaded into each shard of `npm test` (test/run.ts: `--expose-internals --test-global-setup=` this
 * file; decision 0198). `node:test` keeps an async hook with `init` and `destroy` enabled for the
 * whole run: every promise the tests, the server and PGlite make is given to it when made and again
 * when collected, so that the runner can tell which test an async resource belongs to. That cost the
 * authorisation matrix's PGlite half a quarter of its CPU (its requests are promise after promise).
 *
 * The runner needs the map for two things. (1) `it`, `describe`, `before`… find their parent suite by
 * the async resource they are called in; they are called in a suite's body, which runs in the
 * suite's own scope, so the suite itself must be in the map: it is put there when it is made, by
 * the runner's own `init`, enabled around the making of each test and suite (`createSubtest`) only.
 * (2) An exception thrown, or a rejection left unhandled, outside every test's promise chain (in a
 * timer or an event callback) is blamed on the test that started the chain. That is what is given
 * up: such an error still fails the run (the runner reports it at the top level, "a resource
 * generated asynchronous activity", and the process exits 1) but does not name its test. To find
 * the test, run with `LINDUNG_TEST_ASYNC_HOOK=full` (test/run.ts then leaves the runner's hook on),
 * or run the file on its own with `node --test`.
 *
 * Node's internals are read by name and checked: if they are not as expected (another Node), the
 * runner's own hook is left as it is and a line says so.
 */

const require = createRequire(import.meta.url);

interface AsyncHook {
  enable(): AsyncHook;
  disable(): AsyncHook;
}

export function globalSetup(): void {
  const { createHook } = require('node:async_hooks') as typeof import('node:async_hooks');
  let internals: {
    hooks: (AsyncHook & Record<symbol, unknown>)[];
    initSymbol: symbol;
    Test: { prototype: { createSubtest(...args: unknown[]): unknown } };
  };
  try {
    const asyncHooks = require('internal/async_hooks');
    internals = {
      hooks: asyncHooks.getHookArrays()[0],
      initSymbol: asyncHooks.symbols.init_symbol,
      Test: require('internal/test_runner/test').Test,
    };
  } catch {
    process.stderr.write('# the test runner keeps its async hook: run node with --expose-internals\n');
    return;
  }
  const runnerHook = internals.hooks.find((hook) =>
    String(hook[internals.initSymbol]).includes('instanceof Test'),
  );
  const createSubtest = internals.Test.prototype.createSubtest;
  if (!runnerHook || typeof createSubtest !== 'function') {
    process.stderr.write("# the test runner keeps its async hook: not found in this Node's internals\n");
    return;
  }
  const registerTest = createHook({
    init: runnerHook[internals.initSymbol] as (...args: unknown[]) => void,
  }) as AsyncHook;
  runnerHook.disable();
  internals.Test.prototype.createSubtest = function (this: unknown, ...args: unknown[]) {
    registerTest.enable();
    try {
      return createSubtest.apply(this, args);
    } finally {
      registerTest.disable();
    }
  };
}
