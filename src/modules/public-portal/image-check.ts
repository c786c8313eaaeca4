import { crc32, createInflate } from 'node:zlib';
import { UndecodableImageError } from './image-errors.ts';

/**
 * Whether a picture can be shown: a file whose first bytes say PNG or JPEG but whose content is
 * damaged would be kept, and the triage officer would get a broken picture. Checked without an
 * image library (none that avoids native binaries decodes both): a PNG is decoded as far as its
 * pixels' rows (every chunk's checksum, the header's values, the compressed data inflated to
 * exactly the size the header promises, each row's filter); a JPEG's structure is walked from
 * start to end (frame header, tables, scans, end marker).
 *
 * A PNG's pixels are inflated as a stream, off the event loop, and looked at a piece at a time: a
 * picture within the size limit may still inflate to 128 MiB, which inflated at once would hold
 * the memory and the server's one thread while it ran.
 */

/** A picture of more than this many bytes of raw pixels is refused before it is inflated (a "zip bomb"). */
const maxRawBytes = 128 * 1024 * 1024;

/** PNG colour types and the bit depths each allows, with the samples per pixel. */
const pngColourTypes = new Map<number, { depths: number[]; samples: number }>([
  [0, { depths: [1, 2, 4, 8, 16], samples: 1 }],
  [2, { depths: [8, 16], samples: 3 }],
  [3, { depths: [1, 2, 4, 8], samples: 1 }],
  [4, { depths: [8, 16], samples: 2 }],
  [6, { depths: [8, 16], samples: 4 }],
]);

/** Adam7's passes: start column, start row, column step, row step. */
const adam7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

const damaged = (why: string) => new UndecodableImageError(`the PNG picture cannot be read: ${why}`);

/**
 * The widest and tallest picture taken, in pixels: a phone's photo is some 4,000 to 8,000 pixels
 * a side. The header's values (up to 2^32 - 1 each) are refused above this before anything is
 * sized from them.
 */
export const maxPngSide = 20_000;

/**
 * The passes the inflated data holds, in order: each a number of rows of the same size (the
 * filter byte not included). One pass for a plain PNG, up to seven (Adam7) for an interlaced one.
 * At most seven entries, whatever the header says: nothing here grows with the height.
 */
function pngPasses(
  width: number,
  height: number,
  bitsPerPixel: number,
  interlaced: boolean,
): { rows: number; rowBytes: number }[] {
  const rowBytes = (columns: number) => Math.ceil((columns * bitsPerPixel) / 8);
  if (!interlaced) return [{ rows: height, rowBytes: rowBytes(width) }];
  return adam7.flatMap(([x0, y0, dx, dy]) => {
    const columns = Math.ceil((width - x0) / dx);
    const rows = Math.ceil((height - y0) / dy);
    return columns > 0 && rows > 0 ? [{ rows, rowBytes: rowBytes(columns) }] : [];
  });
}

/** Throws unless `bytes` (a PNG, signature included) decodes to the pixels its header promises. */
export async function assertPngDecodable(bytes: Buffer): Promise<void> {
  let offset = 8;
  let header:
    | { width: number; height: number; depth: number; colour: number; interlaced: boolean }
    | undefined;
  let palette = false;
  let ended = false;
  const data: Buffer[] = [];
  while (offset + 12 <= bytes.length && !ended) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) throw damaged('it is cut short');
    if (crc32(bytes.subarray(offset + 4, end - 4)) !== bytes.readUInt32BE(end - 4)) {
      throw damaged(`the ${type} part is corrupt`);
    }
    const body = bytes.subarray(offset + 8, end - 4);
    if (!header && type !== 'IHDR') throw damaged('it has no header');
    if (type === 'IHDR') {
      if (header || length !== 13) throw damaged('its header is invalid');
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body[8] as number,
        colour: body[9] as number,
        interlaced: body[12] === 1,
      };
      const colour = pngColourTypes.get(header.colour);
      if (
        !colour?.depths.includes(header.depth) ||
        body[10] !== 0 ||
        body[11] !== 0 ||
        (body[12] as number) > 1
      )
        throw damaged('its header is invalid');
      if (header.width === 0 || header.height === 0) throw damaged('it has no pixels');
      if (header.width > maxPngSide || header.height > maxPngSide) throw damaged('it has too many pixels');
    }
    if (type === 'PLTE') palette = true;
    if (type === 'IDAT') data.push(body);
    if (type === 'IEND') ended = true;
    offset = end;
  }
  if (!header || !ended) throw damaged('it is cut short');
  if (header.colour === 3 && !palette) throw damaged('its palette is missing');
  if (data.length === 0) throw damaged('it has no pixels');
  const bitsPerPixel = header.depth * (pngColourTypes.get(header.colour)?.samples ?? 1);
  const passes = pngPasses(header.width, header.height, bitsPerPixel, header.interlaced);
  // Sized arithmetically (each row and its filter byte), and refused before anything is allocated.
  const expected = passes.reduce((sum, pass) => sum + pass.rows * (pass.rowBytes + 1), 0);
  if (expected > maxRawBytes) throw damaged('it has too many pixels');
  await assertRowsInflate(Buffer.concat(data), passes, expected);
}

/** Each filter byte's place in the inflated data: one at the start of every row of every pass. */
function* filterBytePlaces(passes: readonly { rows: number; rowBytes: number }[]): Generator<number> {
  let at = 0;
  for (const pass of passes) {
    for (let row = 0; row < pass.rows; row += 1) {
      yield at;
      at += pass.rowBytes + 1;
    }
  }
}

/** Throws unless `compressed` inflates to exactly `expected` bytes whose every row has a known filter. */
async function assertRowsInflate(
  compressed: Buffer,
  passes: readonly { rows: number; rowBytes: number }[],
  expected: number,
): Promise<void> {
  const filters = filterBytePlaces(passes);
  let filter = filters.next();
  let inflated = 0;
  const inflater = createInflate();
  inflater.end(compressed);
  try {
    for await (const piece of inflater as AsyncIterable<Buffer>) {
      if (inflated + piece.length > expected) throw damaged('its pixels do not match its size');
      while (!filter.done && filter.value < inflated + piece.length) {
        if ((piece[filter.value - inflated] as number) > 4) throw damaged('its pixels are corrupt');
        filter = filters.next();
      }
      inflated += piece.length;
    }
  } catch (error) {
    if (error instanceof UndecodableImageError) throw error;
    throw damaged('its pixels are corrupt');
  } finally {
    inflater.destroy();
  }
  if (inflated !== expected) throw damaged('its pixels do not match its size');
}

/** Start-of-frame markers (baseline, extended, progressive, lossless; Huffman and arithmetic). */
const jpegFrames = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

const damagedJpeg = (why: string) => new UndecodableImageError(`the JPEG picture cannot be read: ${why}`);

/**
 * Throws unless `bytes` (a JPEG) holds a frame header with a size, its quantisation and Huffman
 * (or arithmetic-coding) tables, at least one scan, and the end marker after the scans.
 */
export function assertJpegDecodable(bytes: Buffer): void {
  let offset = 2;
  let frame = false;
  let quantisation = false;
  let coding = false;
  let scans = 0;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) throw damagedJpeg('it is corrupt');
    const marker = bytes[offset + 1];
    if (marker === undefined) break;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd9) {
      if (!frame || scans === 0) throw damagedJpeg('it has no picture');
      return;
    }
    if (offset + 4 > bytes.length) break;
    const length = bytes.readUInt16BE(offset + 2);
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) break;
    if (jpegFrames.has(marker)) {
      // Precision, height, width and the number of components come first: 6 bytes after the length.
      if (length < 8) throw damagedJpeg('its frame header is invalid');
      const height = bytes.readUInt16BE(offset + 5);
      const width = bytes.readUInt16BE(offset + 7);
      const components = bytes[offset + 9] as number;
      if (length < 8 + 3 * components || width === 0 || height === 0 || components < 1 || components > 4)
        throw damagedJpeg('its frame header is invalid');
      frame = true;
      coding ||= marker >= 0xc9; // arithmetic coding: its tables have defaults
    }
    if (marker === 0xdb) quantisation = true;
    if (marker === 0xc4) coding = true;
    offset = end;
    if (marker === 0xda) {
      if (!frame || !quantisation || !coding) throw damagedJpeg('its tables are missing');
      scans += 1;
      // The compressed data runs to the next marker that is neither a stuffed 0xFF nor a restart.
      while (offset < bytes.length - 1) {
        const next = bytes[offset + 1] as number;
        if (bytes[offset] === 0xff && next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) break;
        offset += 1;
      }
    }
  }
  throw damagedJpeg('it is cut short');
}
