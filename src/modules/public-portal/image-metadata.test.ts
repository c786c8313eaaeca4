import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crc32 } from 'node:zlib';
import { stripImageMetadata, UnsupportedImageError } from './image-metadata.ts';

const segment = (marker: number, body: string) => {
  const payload = Buffer.from(body, 'latin1');
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
};
const chunk = (type: string, body: string) => {
  const data = Buffer.from(body, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
};

describe('stripping metadata from pictures', () => {
  it('drops EXIF, XMP, IPTC and comments from a JPEG and keeps the picture', () => {
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8]),
      segment(0xe0, 'JFIF\0'),
      segment(0xe1, 'Exif\0\0GPS 3.1390 101.6869'),
      segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Camera</x:xmpmeta>'),
      segment(0xed, 'Photoshop 3.0 IPTC'),
      segment(0xfe, 'taken by Siti'),
      segment(0xdb, 'quantisation'),
      Buffer.from([0xff, 0xda, 0, 4, 1, 2, 0xaa, 0xbb, 0xff, 0xd9]),
    ]);
    const { mediaType, bytes } = stripImageMetadata(jpeg);
    assert.equal(mediaType, 'image/jpeg');
    const text = bytes.toString('latin1');
    for (const gone of ['GPS', 'xmpmeta', 'IPTC', 'Siti']) assert.ok(!text.includes(gone), gone);
    assert.ok(text.includes('JFIF') && text.includes('quantisation'));
    assert.ok(bytes.subarray(-10).equals(Buffer.from([0xff, 0xda, 0, 4, 1, 2, 0xaa, 0xbb, 0xff, 0xd9])));
  });

  it('drops text, EXIF and time chunks from a PNG and keeps the image chunks', () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', '0123456789abc'),
      chunk('tEXt', 'Author\0Siti'),
      chunk('eXIf', 'GPS'),
      chunk('tIME', '2026'),
      chunk('iTXt', 'XML:com.adobe.xmp\0xmpmeta'),
      chunk('IDAT', 'pixels'),
      chunk('IEND', ''),
    ]);
    const { mediaType, bytes } = stripImageMetadata(png);
    assert.equal(mediaType, 'image/png');
    const text = bytes.toString('latin1');
    for (const gone of ['Siti', 'GPS', 'tIME', 'xmpmeta']) assert.ok(!text.includes(gone), gone);
    assert.ok(text.includes('IHDR') && text.includes('pixels') && text.includes('IEND'));
  });

  it('refuses PDFs, other files and damaged JPEGs', () => {
    assert.throws(() => stripImageMetadata(Buffer.from('%PDF-1.7\n/Author (Siti)')), UnsupportedImageError);
    assert.throws(() => stripImageMetadata(Buffer.from('<script>alert(1)</script>')), UnsupportedImageError);
    assert.throws(
      () => stripImageMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 1])),
      UnsupportedImageError,
    );
  });
});
