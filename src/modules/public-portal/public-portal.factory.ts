import { crc32, deflateSync } from 'node:zlib';
import type { App } from '../../http/types.ts';
import { solveChallenge } from './proof-of-work.ts';

/** A solved proof of work from the app under test (its difficulty is low in tests). */
export async function proofOfWork(app: App): Promise<{ challenge: string; nonce: string }> {
  const response = await app.inject({ method: 'POST', url: '/api/public/challenges' });
  const { challenge, bits } = response.json() as { challenge: string; bits: number };
  return { challenge, nonce: solveChallenge(challenge, bits) };
}

/** A report about a place in Malaysia, as a member of the public sends it. */
export async function reportBody(app: App, extra: Record<string, unknown> = {}) {
  return {
    what: 'Workers locked in a dormitory behind the factory, passports kept by the supervisor.',
    where: 'Jalan Industri 4, Klang',
    when: 'Last week, at night',
    country: 'MY',
    region: 'Selangor',
    language: 'ms',
    proofOfWork: await proofOfWork(app),
    ...extra,
  };
}

/** A real 2×2 JPEG (as Chromium's canvas writes it, its colour profile left out): it decodes. */
export const smallJpeg = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAwb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCAANXP/9k=',
  'base64',
);

/** A JPEG segment (`marker`, then its length and body). */
export function jpegSegment(marker: number, body: string): Buffer {
  const payload = Buffer.from(body, 'latin1');
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** `smallJpeg` as a phone writes it: EXIF with a GPS position after the start, a trailer after the end. */
export const jpegWithGps = Buffer.concat([
  smallJpeg.subarray(0, 2),
  jpegSegment(0xe1, 'Exif\0\0GPS 3.1390 101.6869'),
  smallJpeg.subarray(2),
  Buffer.from('SEFT trailer GPS 3.1390', 'latin1'),
]);

/** A PNG chunk, its checksum right: what is wrong with a damaged PNG made of these is inside. */
export function pngChunk(type: string, data: Buffer | string): Buffer {
  const body = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A 1×1 RGBA header. */
const pngHeader = pngChunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));

/** A PNG by every sign on its outside (signature, header, checksums) whose pixels are not compressed data. */
export const brokenPng = Buffer.concat([
  pngSignature,
  pngHeader,
  pngChunk('IDAT', 'these bytes are not zlib data at all'),
  pngChunk('IEND', ''),
]);

/** A 1×1 PNG from parts, `extra` chunks (metadata) before its pixels. */
export function pngWith(...extra: Buffer[]): Buffer {
  return Buffer.concat([
    pngSignature,
    pngHeader,
    ...extra,
    pngChunk('IDAT', deflateSync(Buffer.from([0, 200, 0, 50, 255]))),
    pngChunk('IEND', ''),
  ]);
}
