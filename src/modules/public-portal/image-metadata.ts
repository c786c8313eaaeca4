/**
 * Removes what a picture says about its maker before a report keeps it: the camera, the time and,
 * above all, the GPS position that phones write into photos.
 *
 * Done here rather than by re-encoding with an image library: the usual one (sharp) installs
 * native binaries, which this project does not take. JPEG and PNG keep their metadata in
 * separate, well-delimited parts (JPEG APPn/COM segments, PNG ancillary chunks), so dropping
 * those parts removes it while the pixels stay untouched. Other formats are refused, PDF included:
 * a PDF carries metadata in its document information, XMP streams, annotations and embedded files,
 * and nothing short of a full PDF rewriter removes it all reliably.
 *
 * What is kept is the stripped picture, checked to decode (image-check.ts): a damaged file is
 * refused, never kept as it came.
 */
import { assertJpegDecodable, assertPngDecodable } from './image-check.ts';
import { UndecodableImageError, UnsupportedImageError } from './image-errors.ts';

export { UndecodableImageError, UnsupportedImageError };
export type StrippedImage = { readonly mediaType: 'image/jpeg' | 'image/png'; readonly bytes: Buffer };

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG chunks that draw the picture (critical, plus colour and transparency); all others are dropped. */
const pngKept = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'pHYs',
]);

/**
 * The stripped picture, checked to decode. Throws `UnsupportedImageError` (or its
 * `UndecodableImageError`) and nothing else: a read past the end of a forged or cut file that a
 * bounds check missed is a picture that cannot be read, never a server error.
 */
export async function stripImageMetadata(bytes: Buffer): Promise<StrippedImage> {
  try {
    return await stripChecked(bytes);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new UndecodableImageError('the picture cannot be read: it is cut short or corrupt');
    }
    throw error;
  }
}

async function stripChecked(bytes: Buffer): Promise<StrippedImage> {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    const stripped = stripJpeg(bytes);
    assertJpegDecodable(stripped);
    return { mediaType: 'image/jpeg', bytes: stripped };
  }
  if (bytes.subarray(0, 8).equals(pngSignature)) {
    const stripped = stripPng(bytes);
    await assertPngDecodable(stripped);
    return { mediaType: 'image/png', bytes: stripped };
  }
  throw new UnsupportedImageError('only JPEG and PNG pictures are accepted');
}

const damagedJpeg = () => new UndecodableImageError('the JPEG picture cannot be read: it is corrupt');

/**
 * Keeps the segments a decoder needs and every scan's compressed data, to the end marker: metadata
 * segments between scans go too, and whatever follows the end marker (phones append their own
 * trailers, with metadata, after it) is dropped.
 */
function stripJpeg(bytes: Buffer): Buffer {
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let offset = 2;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) throw damagedJpeg();
    const marker = bytes[offset + 1] as number;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      kept.push(bytes.subarray(offset, offset + 2));
      break;
    }
    if (offset + 4 > bytes.length) throw damagedJpeg();
    const length = bytes.readUInt16BE(offset + 2);
    let end = offset + 2 + length;
    if (length < 2 || end > bytes.length) throw damagedJpeg();
    if (marker === 0xda) {
      // Start of scan: its compressed data runs to the next marker other than a stuffed 0xFF or a restart.
      while (end < bytes.length - 1) {
        const next = bytes[end + 1] as number;
        if (bytes[end] === 0xff && next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) break;
        end += 1;
      }
      if (end >= bytes.length - 1) end = bytes.length;
    }
    // APP0 (JFIF) and APP14 (Adobe colour transform) are needed to decode; APP1 (EXIF, XMP), APP13
    // (IPTC), the other APPn and COM (comments) are metadata.
    const metadata = (marker >= 0xe1 && marker <= 0xef && marker !== 0xee) || marker === 0xfe;
    if (!metadata) kept.push(bytes.subarray(offset, end));
    offset = end;
  }
  return Buffer.concat(kept);
}

function stripPng(bytes: Buffer): Buffer {
  const kept: Buffer[] = [pngSignature];
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length)
      throw new UndecodableImageError('the PNG picture cannot be read: it is cut short');
    if (pngKept.has(type)) kept.push(bytes.subarray(offset, end));
    offset = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(kept);
}
