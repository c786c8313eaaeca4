import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { png } from '../attachments/upload.factory.ts';
import { maxPngSide } from './image-check.ts';
import { stripImageMetadata, UndecodableImageError, UnsupportedImageError } from './image-metadata.ts';
import { pngChunk, pngWith, smallJpeg } from './public-portal.factory.ts';

const undecodable = (error: unknown) =>
  error instanceof UndecodableImageError && error.code === 'picture_undecodable';
/** Refused from the header's values, before anything is sized or inflated from them. */
const tooManyPixels = (error: unknown) =>
  undecodable(error) && /too many pixels/.test((error as Error).message);

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG whose header says `width` × `height` (8-bit, `colour`), with `pixels` deflated as its data. */
function pngOf(
  width: number,
  height: number,
  pixels: Buffer,
  options: { colour?: number; interlaced?: boolean } = {},
) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = options.colour ?? 0;
  header[12] = options.interlaced ? 1 : 0;
  return Buffer.concat([
    pngSignature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', ''),
  ]);
}

/** A small deterministic generator (xorshift), so a failing case can be run again. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % below;
  };
}

/** Throws unless `bytes` is either kept or refused with the typed picture errors (never a RangeError, never a crash). */
async function onlyTypedErrors(bytes: Buffer, what: string) {
  try {
    await stripImageMetadata(bytes);
  } catch (error) {
    assert.ok(
      error instanceof UnsupportedImageError,
      `${what}: ${(error as Error)?.name}: ${(error as Error)?.message}`,
    );
  }
}

describe('checking that a picture decodes, on forged and cut files', () => {
  it('refuses a PNG whose header claims a huge height before sizing anything from it', async () => {
    // 65 bytes: one column of 4,294,967,295 rows used to build an array of that length (heap exhausted).
    const tallest = pngOf(1, 0xffff_ffff, Buffer.from([0, 0]));
    await assert.rejects(stripImageMetadata(tallest), undecodable);
    // 20 million rows used to block the server for seconds.
    const tall = pngOf(1, 20_000_000, Buffer.from([0, 0]));
    await assert.rejects(stripImageMetadata(tall), tooManyPixels);
    const interlaced = pngOf(1, 0xffff_ffff, Buffer.from([0, 0]), { interlaced: true });
    await assert.rejects(stripImageMetadata(interlaced), tooManyPixels);
    const wide = pngOf(0xffff_ffff, 1, Buffer.from([0, 0]));
    await assert.rejects(stripImageMetadata(wide), undecodable);
    // Both sides within the limit, but more raw pixels than a picture may inflate to.
    const large = pngOf(maxPngSide, maxPngSide, Buffer.from([0, 0]), { colour: 6, interlaced: true });
    await assert.rejects(stripImageMetadata(large), tooManyPixels);
  });

  it('takes a picture as wide as the limit, and refuses one a pixel wider', async () => {
    const row = (width: number) => Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 128)]);
    assert.equal((await stripImageMetadata(pngOf(maxPngSide, 1, row(maxPngSide)))).mediaType, 'image/png');
    await assert.rejects(stripImageMetadata(pngOf(maxPngSide + 1, 1, row(maxPngSide + 1))), undecodable);
  });

  it('inflates no more than the header promises (a decompression bomb)', async () => {
    const bomb = pngOf(1, 1, Buffer.alloc(16 * 1024 * 1024));
    assert.ok(bomb.length < 50_000, 'small on the wire');
    await assert.rejects(stripImageMetadata(bomb), undecodable);
  });

  it('checks every row as the pixels inflate, rows lying across the pieces they inflate in', async () => {
    // 5,000 grey pixels a row: the rows fall across the inflater's 16 KiB pieces at every offset.
    const rows = (lastFilter: number) =>
      Buffer.concat(
        Array.from({ length: 400 }, (_, row) =>
          Buffer.concat([Buffer.from([row === 399 ? lastFilter : row % 5]), Buffer.alloc(5000, row)]),
        ),
      );
    assert.equal((await stripImageMetadata(pngOf(5000, 400, rows(4)))).mediaType, 'image/png');
    await assert.rejects(stripImageMetadata(pngOf(5000, 400, rows(5))), undecodable, 'the last row');
    await assert.rejects(stripImageMetadata(pngOf(5000, 399, rows(0))), undecodable, 'a row more');
  });

  it("checks each row's filter in every pass of an interlaced PNG", async () => {
    // 3×3 grey, Adam7: passes 1, 4, 5, 6 (two rows) and 7 hold 1, 1, 2, 1, 1 and 3 pixels a row.
    const rows = [1, 1, 2, 1, 1, 3];
    const pixels = (filters: number[]) =>
      Buffer.concat(rows.map((size, index) => Buffer.from([filters[index] ?? 0, ...Array(size).fill(7)])));
    const interlaced = { interlaced: true };
    assert.equal(
      (await stripImageMetadata(pngOf(3, 3, pixels([0, 1, 2, 3, 4, 0]), interlaced))).mediaType,
      'image/png',
    );
    await assert.rejects(
      stripImageMetadata(pngOf(3, 3, pixels([0, 0, 0, 0, 0, 5]), interlaced)),
      undecodable,
    );
    await assert.rejects(
      stripImageMetadata(pngOf(3, 3, pixels([0, 0, 0, 0, 0, 0]).subarray(1), interlaced)),
      undecodable,
      'a byte short',
    );
  });

  it('refuses a JPEG frame header cut short (its length says 2) as undecodable, not a server error', async () => {
    await assert.rejects(stripImageMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x02])), undecodable);
    for (let length = 2; length < 8; length += 1) {
      const frame = Buffer.concat([
        Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, length]),
        Buffer.alloc(length - 2, 1),
        Buffer.from([0xff, 0xd9]),
      ]);
      await assert.rejects(stripImageMetadata(frame), undecodable, `a frame header of ${length} bytes`);
    }
  });

  it('throws nothing but the typed picture errors on any cut or damaged JPEG or PNG', async () => {
    const pictures = { jpeg: smallJpeg, png, pngWith: pngWith(pngChunk('tEXt', 'Comment\0hello')) };
    for (const [name, picture] of Object.entries(pictures)) {
      for (let length = 0; length <= picture.length; length += 1) {
        await onlyTypedErrors(picture.subarray(0, length), `${name} cut to ${length} bytes`);
      }
      const next = random(0x5eed + picture.length);
      for (let round = 0; round < 3000; round += 1) {
        const damaged = Buffer.from(picture.subarray(0, 1 + next(picture.length)));
        for (let changes = 1 + next(4); changes > 0; changes -= 1) {
          // The signature is kept (else it is merely not a picture); any byte after it may change.
          const at = 3 + next(Math.max(1, damaged.length - 3));
          if (at < damaged.length) damaged[at] = next(256);
        }
        await onlyTypedErrors(damaged, `${name} round ${round}`);
      }
    }
  });

  it("throws nothing but the typed picture errors when a JPEG segment's length or a PNG header's values lie", async () => {
    // Every segment of the JPEG given every short length (what a forger edits first).
    for (let at = 2; at < smallJpeg.length - 3; at += 1) {
      if (smallJpeg[at] !== 0xff || smallJpeg[at + 1] === 0 || smallJpeg[at + 1] === 0xff) continue;
      for (const length of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0xffff]) {
        const forged = Buffer.from(smallJpeg);
        forged.writeUInt16BE(length, at + 2);
        await onlyTypedErrors(forged, `JPEG marker ${smallJpeg[at + 1]} at ${at} with length ${length}`);
        const cut = forged.subarray(0, at + 2 + length);
        await onlyTypedErrors(
          cut,
          `JPEG marker ${smallJpeg[at + 1]} at ${at} with length ${length}, cut after it`,
        );
      }
    }
    // The PNG header's width, height, depth, colour and interlacing, its checksum made right.
    const next = random(0x1d47);
    const sides = [0, 1, 2, 3, 7, 8, 9, maxPngSide, maxPngSide + 1, 0x7fff_ffff, 0xffff_ffff];
    for (let round = 0; round < 500; round += 1) {
      const header = Buffer.alloc(13);
      header.writeUInt32BE(sides[next(sides.length)] as number, 0);
      header.writeUInt32BE(round % 2 === 0 ? (sides[next(sides.length)] as number) : next(0xffff_ffff), 4);
      header[8] = [1, 2, 4, 8, 16][next(5)] as number;
      header[9] = [0, 2, 3, 4, 6][next(5)] as number;
      header[12] = next(2);
      const forged = Buffer.concat([
        pngSignature,
        pngChunk('IHDR', header),
        pngChunk('PLTE', Buffer.alloc(3)),
        pngChunk('IDAT', deflateSync(Buffer.alloc(next(64)))),
        pngChunk('IEND', ''),
      ]);
      await onlyTypedErrors(forged, `PNG header ${header.toString('hex')}`);
    }
  });
});
