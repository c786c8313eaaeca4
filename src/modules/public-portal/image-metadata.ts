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
 */
export type StrippedImage = { readonly mediaType: 'image/jpeg' | 'image/png'; readonly bytes: Buffer };

export class UnsupportedImageError extends Error {}

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

export function stripImageMetadata(bytes: Buffer): StrippedImage {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { mediaType: 'image/jpeg', bytes: stripJpeg(bytes) };
  }
  if (bytes.subarray(0, 8).equals(pngSignature)) return { mediaType: 'image/png', bytes: stripPng(bytes) };
  throw new UnsupportedImageError('only JPEG and PNG pictures are accepted');
}

function stripJpeg(bytes: Buffer): Buffer {
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let offset = 2;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) throw new UnsupportedImageError('the JPEG file is damaged');
    const marker = bytes[offset + 1] as number;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xda) {
      // Start of scan: the compressed picture follows to the end; keep it whole.
      kept.push(bytes.subarray(offset));
      break;
    }
    if (offset + 4 > bytes.length) throw new UnsupportedImageError('the JPEG file is damaged');
    const length = bytes.readUInt16BE(offset + 2);
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) throw new UnsupportedImageError('the JPEG file is damaged');
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
    if (end > bytes.length) throw new UnsupportedImageError('the PNG file is damaged');
    if (pngKept.has(type)) kept.push(bytes.subarray(offset, end));
    offset = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(kept);
}
