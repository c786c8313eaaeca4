import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { it } from 'node:test';

/*
 * A cycle of imports runs one of its modules before another it uses has run: a schema built at a
 * module's top level from an imported schema then throws "Cannot access … before initialization",
 * but only in a program that happens to load the cycle from that side (a bench script that imported
 * the persons module first did, while the server, loading the modules in another order, worked).
 * So none is allowed. `import type` is erased before running and is no edge; `import { type X }`
 * still loads its module and is one.
 */

const sourceRoot = 'src';

/**
 * An import or re-export of a relative file, at the start of a line; `type` right after the keyword
 * marks one erased before running. (The project's TypeScript, 7, has no JavaScript API to parse with.)
 */
const importStatement = /^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?'(\.[^']+)'/gm;

/** The files a source file loads when it runs: its relative imports and re-exports, not type-only. */
function loadedImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(importStatement)]
    .filter(([, typeOnly]) => typeOnly === undefined)
    .map(([, , specifier]) => join(dirname(file), specifier as string));
}

/** One cycle through the graph, as the files in order back to the first, or undefined. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const finished = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (file: string): string[] | undefined => {
    if (onPath.has(file)) return [...path.slice(path.indexOf(file)), file];
    if (finished.has(file)) return undefined;
    path.push(file);
    onPath.add(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(file);
    finished.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

it('the platform’s source files import one another without a cycle', () => {
  const files = globSync(`${sourceRoot}/**/*.ts`).filter((file) => !file.includes('.test.'));
  assert.ok(files.length > 100, `found the source files (${files.length})`);
  const known = new Set(files);
  const graph = new Map(files.map((file) => [file, loadedImports(file).filter((next) => known.has(next))]));
  const cycle = findCycle(graph);
  assert.equal(cycle?.map((file) => relative(sourceRoot, file)).join(' → '), undefined);
});

it('finds a cycle when there is one (the check can fail)', () => {
  const graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts']],
  ]);
  assert.deepEqual(findCycle(graph), ['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  assert.equal(findCycle(new Map([['a.ts', ['b.ts']]])), undefined);
});
