import { MemoryFS } from '@electric-sql/pglite';

/** Where PGlite keeps its data folder in its in-memory file system (its `PGDATA`). */
const dataFolder = '/pglite/data';

/** A folder or a file of an image: its path in the data folder, and a file's bytes in the image. */
interface ImageEntry {
  readonly path: string;
  readonly folder: boolean;
  readonly start: number;
  readonly end: number;
  /** Seconds since the epoch, as the image records it. */
  readonly modified: number;
}

/*
 * PGlite's own loader (`loadDataDir`) unpacks an image at every start: it parses the tar, asks the
 * file system whether every parent folder of each of its ~1,000 files exists, and copies each file
 * out on its own — about half of a test database's start (~200 ms of CPU of ~400 here, and the
 * garbage it leaves). An image of the test suite is opened some 300 times a run, always from the
 * same bytes (decision 0201).
 */
const parsed = new WeakMap<ArrayBuffer, readonly ImageEntry[]>();

/**
 * An in-memory data folder filled from an image (a plain tar, as `dumpDataDir('none')` makes it)
 * before PostgreSQL starts: one copy of the image for the database's own files, each file a part of
 * it that the file system owns, and the image's entries parsed once per image. PGlite then finds a
 * data folder and starts on it, as after its own loader.
 */
export class ImageMemoryFS extends MemoryFS {
  readonly #image: ArrayBuffer;

  constructor(image: ArrayBuffer) {
    super();
    this.#image = image;
  }

  override async initialSyncFs(): Promise<void> {
    const FS = (this.pg as unknown as { Module: { FS: EmscriptenFS } }).Module.FS;
    // The database writes to its files in place: they are a copy, never the shared image.
    const bytes = new Uint8Array(this.#image.slice(0));
    FS.mkdirTree(dataFolder);
    const entries = entriesOf(this.#image);
    for (const entry of entries) {
      const path = dataFolder + entry.path;
      if (entry.folder) FS.mkdir(path);
      else FS.writeFile(path, bytes.subarray(entry.start, entry.end), { canOwn: true });
    }
    // Dated as in the image, as `tar` leaves them (a folder's date after what was made in it).
    for (const entry of entries)
      FS.utime(dataFolder + entry.path, entry.modified * 1000, entry.modified * 1000);
  }
}

/** Whether the bytes are a plain tar that `ImageMemoryFS` reads (not gzipped). */
export function isPlainTar(image: ArrayBuffer): boolean {
  return image.byteLength >= 512 && new TextDecoder().decode(new Uint8Array(image, 257, 5)) === 'ustar';
}

interface EmscriptenFS {
  mkdirTree(path: string): void;
  mkdir(path: string): void;
  writeFile(path: string, data: Uint8Array, options: { canOwn: boolean }): void;
  utime(path: string, accessed: number, modified: number): void;
}

function entriesOf(image: ArrayBuffer): readonly ImageEntry[] {
  let entries = parsed.get(image);
  if (!entries) {
    entries = parseTar(new Uint8Array(image));
    parsed.set(image, entries);
  }
  return entries;
}

/**
 * The folders and regular files of a ustar archive, in its order (a folder before what it holds).
 * Our own few lines rather than a tar library: what is wanted is each file's place in the one
 * buffer, to hand the file system a view of it — tar-stream and the like give each file as a stream
 * or a copy of its own, the cost this loader exists to avoid.
 */
function parseTar(tar: Uint8Array): ImageEntry[] {
  const text = (start: number, length: number) => {
    const field = tar.subarray(start, start + length);
    const end = field.indexOf(0);
    return new TextDecoder().decode(end === -1 ? field : field.subarray(0, end));
  };
  const octal = (start: number, length: number) => Number.parseInt(text(start, length).trim() || '0', 8);
  const entries: ImageEntry[] = [];
  for (let offset = 0; offset + 512 <= tar.length && tar[offset] !== 0; ) {
    const name = text(offset, 100);
    const prefix = text(offset + 345, 155);
    const path = `${prefix ? `${prefix}/` : ''}${name}`.replace(/\/+$/, '');
    const size = octal(offset + 124, 12);
    const type = String.fromCharCode(tar[offset + 156] ?? 0);
    const start = offset + 512;
    const entry = { path: path.startsWith('/') ? path : `/${path}`, start, end: start + size };
    if (type === '5') entries.push({ ...entry, folder: true, modified: octal(offset + 136, 12) });
    else if (type === '0' || type === '\0')
      entries.push({ ...entry, folder: false, modified: octal(offset + 136, 12) });
    else
      throw new Error(
        `a PGlite image holds only folders and files, not a tar entry of type ${type}: ${path}`,
      );
    offset = start + Math.ceil(size / 512) * 512;
  }
  return entries;
}
