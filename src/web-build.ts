import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const webDir = path.join(root, 'web');
const distDir = path.join(webDir, 'dist');
const hashFile = path.join(distDir, '.source-hash');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.name !== 'dist' && entry.name !== 'node_modules')
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? sourceFiles(full) : [full];
    })
    .sort();
}

/**
 * One hash over the app's sources, the server's shared code the app imports (`src/shared`, such
 * as the lists of codes, decision 0091) and the lock file: the build is stale when it changes.
 */
export function webSourceHash(): string {
  const hash = createHash('sha256');
  const shared = sourceFiles(path.join(root, 'src', 'shared'));
  for (const file of [...sourceFiles(webDir), ...shared, path.join(root, 'package-lock.json')]) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Whether web/dist is missing or was built from other sources than the ones on disk. */
export function webBuildIsStale(): boolean {
  if (!existsSync(path.join(distDir, 'index.html')) || !existsSync(hashFile)) return true;
  return readFileSync(hashFile, 'utf8').trim() !== webSourceHash();
}

/**
 * Builds the web app with Vite, unless `ifStale` is set and the build matches its sources.
 * Returns whether it built.
 */
export async function buildWebApp(options: { ifStale?: boolean; quiet?: boolean } = {}): Promise<boolean> {
  if (options.ifStale && !webBuildIsStale()) return false;
  const hash = webSourceHash();
  const { build } = await import('vite');
  await build({
    configFile: path.join(webDir, 'vite.config.ts'),
    root: webDir,
    logLevel: options.quiet ? 'warn' : 'info',
  });
  writeFileSync(hashFile, `${hash}\n`);
  return true;
}
