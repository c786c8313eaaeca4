import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { pgliteImageFile, unpackPgliteImage } from '../../test/support/databases.ts';
import { ImageMemoryFS, isPlainTar } from './pglite-image.ts';

interface EmscriptenFS {
  readdir(path: string): string[];
  stat(path: string): { mode: number; mtime: Date };
  isDir(mode: number): boolean;
  readFile(path: string): Uint8Array;
}

/** What `ImageMemoryFS` left in PGlite's data folder before PostgreSQL started, by path. */
class DataFolderSeen extends ImageMemoryFS {
  readonly seen = new Map<string, { folder: boolean; bytes?: Uint8Array; modified: number }>();

  override async initialSyncFs(): Promise<void> {
    await super.initialSyncFs();
    const FS = (this.pg as unknown as { Module: { FS: EmscriptenFS } }).Module.FS;
    const walk = (folder: string) => {
      for (const name of FS.readdir(`/pglite/data${folder}`)) {
        if (name === '.' || name === '..') continue;
        const entry = `${folder}/${name}`;
        const { mode, mtime } = FS.stat(`/pglite/data${entry}`);
        const folderHere = FS.isDir(mode);
        this.seen.set(entry, {
          folder: folderHere,
          ...(folderHere ? {} : { bytes: FS.readFile(`/pglite/data${entry}`).slice() }),
          modified: Math.floor(mtime.getTime() / 1000),
        });
        if (folderHere) walk(entry);
      }
    };
    walk('');
  }
}

/** The same folder as `tar` unpacks it on disk, by path. */
async function unpackedByTar(
  dir: string,
): Promise<Map<string, { folder: boolean; bytes?: Uint8Array; modified: number }>> {
  const found = new Map<string, { folder: boolean; bytes?: Uint8Array; modified: number }>();
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const file = path.join(dir, name);
    const info = await stat(file);
    found.set(`/${name}`, {
      folder: info.isDirectory(),
      ...(info.isDirectory() ? {} : { bytes: new Uint8Array(await readFile(file)) }),
      modified: Math.floor(info.mtimeMs / 1000),
    });
  }
  return found;
}

describe('an in-memory PGlite database filled from an image', () => {
  it('holds every folder and file of the image, byte for byte and dated as in it, and starts on it', async () => {
    const imageFile = await pgliteImageFile('migrated');
    const bytes = await readFile(imageFile);
    const image = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    assert.ok(isPlainTar(image));
    const dir = await mkdtemp(path.join(tmpdir(), 'lindung-image-'));
    try {
      await unpackPgliteImage(dir, 'migrated');
      const expected = await unpackedByTar(dir);
      const fs = new DataFolderSeen(image);
      const pglite = await PGlite.create({ fs });
      try {
        assert.ok(expected.size > 500, `${expected.size} entries unpacked by tar`);
        assert.deepEqual([...fs.seen.keys()].sort(), [...expected.keys()].sort());
        for (const [entry, want] of expected) assert.deepEqual(fs.seen.get(entry), want, entry);
        const [row] = (await pglite.query<{ n: number }>('select count(*)::int as n from schema_migration'))
          .rows;
        assert.ok((row?.n ?? 0) > 100, 'the migrated database answers');
      } finally {
        await pglite.close();
      }
      // The image is the databases' shared bytes: a database writes to its own copy only.
      assert.deepEqual(new Uint8Array(image), new Uint8Array(bytes));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('tells a plain tar from a gzipped one, which PGlite loads itself', () => {
    const gzipped = new Uint8Array(1024);
    gzipped.set([0x1f, 0x8b]);
    assert.equal(isPlainTar(gzipped.buffer), false);
  });
});
