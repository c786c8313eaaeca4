import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { png } from '../attachments/upload.factory.ts';
import { stripImageMetadata, UndecodableImageError, UnsupportedImageError } from './image-metadata.ts';
import {
  brokenPng,
  jpegSegment,
  jpegWithGps,
  pngChunk,
  pngWith,
  smallJpeg,
} from './public-portal.factory.ts';

const undecodable = (error: unknown) =>
  error instanceof UndecodableImageError && error.code === 'picture_undecodable';

describe('stripping metadata from pictures', () => {
  it('drops EXIF, XMP, IPTC, comments and a trailer from a JPEG and keeps the picture', async () => {
    const jpeg = Buffer.concat([
      smallJpeg.subarray(0, 2),
      jpegSegment(0xe1, 'Exif\0\0GPS 3.1390 101.6869'),
      jpegSegment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Camera</x:xmpmeta>'),
      jpegSegment(0xed, 'Photoshop 3.0 IPTC'),
      jpegSegment(0xfe, 'taken by Siti'),
      smallJpeg.subarray(2),
      Buffer.from('trailer with Siti', 'latin1'),
    ]);
    const { mediaType, bytes } = await stripImageMetadata(jpeg);
    assert.equal(mediaType, 'image/jpeg');
    const text = bytes.toString('latin1');
    for (const gone of ['GPS', 'xmpmeta', 'IPTC', 'Siti']) assert.ok(!text.includes(gone), gone);
    assert.ok(bytes.equals(smallJpeg), 'what is left is the picture as it was without its metadata');
    assert.ok(!(await stripImageMetadata(jpegWithGps)).bytes.toString('latin1').includes('GPS'));
  });

  it('drops text, EXIF and time chunks from a PNG and keeps the image chunks', async () => {
    const withMetadata = pngWith(
      pngChunk('tEXt', 'Author\0Siti'),
      pngChunk('eXIf', 'GPS'),
      pngChunk('tIME', '2026'),
      pngChunk('iTXt', 'XML:com.adobe.xmp\0xmpmeta'),
    );
    const { mediaType, bytes } = await stripImageMetadata(withMetadata);
    assert.equal(mediaType, 'image/png');
    assert.ok(bytes.equals(pngWith()));
    assert.ok(
      (await stripImageMetadata(png)).bytes.equals(png),
      'a real PNG without metadata is kept as it is',
    );
  });

  it('refuses PDFs, other files and damaged JPEGs', async () => {
    await assert.rejects(stripImageMetadata(Buffer.from('%PDF-1.7\n/Author (Siti)')), UnsupportedImageError);
    await assert.rejects(stripImageMetadata(Buffer.from('<script>alert(1)</script>')), UnsupportedImageError);
    await assert.rejects(
      stripImageMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 1])),
      undecodable,
    );
  });

  it('refuses a PNG whose pixels cannot be decoded, though its signature and checksums are right', async () => {
    await assert.rejects(stripImageMetadata(brokenPng), undecodable);
    // Compressed data that inflates, but to fewer bytes than a 1×1 picture's row.
    await assert.rejects(stripImageMetadata(pngWith().subarray(0, 33)), undecodable, 'cut after the header');
    const short = Buffer.concat([
      pngWith().subarray(0, 33),
      pngChunk('IDAT', deflateSync(Buffer.from([0, 1]))),
      pngChunk('IEND', ''),
    ]);
    await assert.rejects(stripImageMetadata(short), undecodable, 'too few pixels');
    const badFilter = Buffer.concat([
      pngWith().subarray(0, 33),
      pngChunk('IDAT', deflateSync(Buffer.from([9, 1, 2, 3, 4]))),
      pngChunk('IEND', ''),
    ]);
    await assert.rejects(stripImageMetadata(badFilter), undecodable, 'an unknown row filter');
    const corrupt = Buffer.from(png);
    corrupt[corrupt.length - 20] = (corrupt[corrupt.length - 20] as number) ^ 0xff;
    await assert.rejects(stripImageMetadata(corrupt), undecodable, 'a checksum that does not match');
  });

  it('refuses a JPEG cut short or without its frame header', async () => {
    await assert.rejects(stripImageMetadata(smallJpeg.subarray(0, smallJpeg.length - 2)), undecodable);
    await assert.rejects(stripImageMetadata(smallJpeg.subarray(0, 200)), undecodable);
    const sof = smallJpeg.indexOf(Buffer.from([0xff, 0xc0]));
    const noFrame = Buffer.concat([smallJpeg.subarray(0, sof), smallJpeg.subarray(sof + 2 + 17)]);
    await assert.rejects(stripImageMetadata(noFrame), undecodable);
  });
});
