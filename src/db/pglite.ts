import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { lockDataDir } from './data-dir-lock.ts';
import { asTx, type Db } from './db.ts';
import { ImageMemoryFS, isPlainTar } from './pglite-image.ts';
import { typeParsers } from './types.ts';

/** The extensions every Lindung database loads. */
const pgliteExtensions = { pg_trgm, fuzzystrmatch, unaccent, pgcrypto, btree_gist };

export interface PgliteOptions {
  /**
   * A data folder dumped earlier (`pgliteImage`) to start from instead of creating an empty
   * cluster: creating one runs initdb inside WebAssembly, seconds on a busy machine. Only for
   * a new (empty or absent) data folder.
   */
  readonly image?: Blob;
  /**
   * PostgreSQL's `shared_buffers` (PGlite's default, 128MB, when not given). A start lays out and
   * zeroes the whole pool inside WebAssembly: about a third of a start's CPU (0.5–0.8 s) on this 2-core
   * machine, which a test database of 16 MB on disk does not need (decision 0140).
   */
  readonly sharedBuffers?: string;
}

/**
 * The embedded database: PostgreSQL compiled to WebAssembly, kept in a data folder
 * (or in memory when `dataDir` is undefined, for tests). One connection; PGlite queues
 * concurrent transactions itself.
 */
export async function openPglite(dataDir: string | undefined, options: PgliteOptions = {}): Promise<Db> {
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => {};
  // An in-memory database from a plain image is filled by `ImageMemoryFS` (a fraction of PGlite's
  // own loader's CPU); a data folder on disk, or a gzipped image, by PGlite's loader.
  const image = options.image && !dataDir ? await options.image.arrayBuffer() : undefined;
  const imageFs = image && isPlainTar(image) ? new ImageMemoryFS(image) : undefined;
  const pglite = await PGlite.create(dataDir, {
    extensions: pgliteExtensions,
    parsers: typeParsers,
    ...(imageFs ? { fs: imageFs } : { loadDataDir: options.image }),
    startParams: options.sharedBuffers
      ? [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.sharedBuffers}`]
      : undefined,
  }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  return asDb(pglite, unlock);
}

/**
 * Builds an image: an in-memory database made ready by `prepare`, then dumped. It starts empty,
 * or as the image `from` (a later stage built on an earlier one, without its initdb and migrations).
 */
export async function pgliteImage(prepare: (db: Db) => Promise<unknown>, from?: Blob): Promise<Blob> {
  const pglite = await PGlite.create(undefined, {
    extensions: pgliteExtensions,
    parsers: typeParsers,
    loadDataDir: from,
  });
  try {
    await prepare(asDb(pglite, async () => {}));
    return await pglite.dumpDataDir('none');
  } finally {
    await pglite.close();
  }
}

function asDb(pglite: PGlite, unlock: () => Promise<void>): Db {
  const query = async <Row>(text: string, params?: readonly unknown[]) =>
    (await pglite.query<Row>(text, params as unknown[])).rows;
  return {
    kind: 'pglite',
    query,
    exec: async (script) => {
      await pglite.exec(script);
    },
    async transaction(work, options) {
      // What the work throws after its last statement (`commitWithNext`) is rethrown only once
      // the transaction has committed, as on server PostgreSQL.
      let afterCommit: { error: unknown } | undefined;
      const result = await pglite.transaction(async (transaction) => {
        if (options?.prelude) await transaction.exec(options.prelude);
        // In process there is no write to save: the opening simply runs first, and its failure
        // ends the transaction before the work starts — as on server PostgreSQL, where the work's
        // statements then never run.
        const opening = options?.opening;
        if (opening) {
          await transaction.query(opening.text, opening.params as unknown[]);
          opening.passed?.();
        }
        const statement = async <Row>(text: string, params?: readonly unknown[]) =>
          (await transaction.query<Row>(text, params as unknown[])).rows;
        let committing = false;
        try {
          return await work(
            asTx({
              query: statement,
              exec: async (script) => {
                await transaction.exec(script);
              },
              // In process there is no round trip to save: COMMIT follows when the work returns.
              queryAndCommit: async <Row>(text: string, params?: readonly unknown[]) => {
                const rows = await statement<Row>(text, params);
                committing = true;
                return rows;
              },
            }),
          );
        } catch (error) {
          if (!committing) throw error;
          afterCommit = { error };
          return undefined;
        }
      });
      if (afterCommit) throw afterCommit.error;
      return result as Awaited<ReturnType<typeof work>>;
    },
    close: async () => {
      await pglite.close();
      await unlock();
    },
  };
}
