import { fileTypeFromBuffer } from 'file-type';
import { ValidationError } from '../../shared/errors.ts';

/** Largest attachment accepted, in bytes. */
export const maxAttachmentBytes = 20 * 1024 * 1024;

/**
 * The kinds of file a case may hold: scanned documents and photos. Anything else (scripts, HTML,
 * archives, executables) is refused, whatever its name or claimed type says.
 */
export const allowedMediaTypes: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);

/** The type found from the content's first bytes; refused unless it is on the list. */
export async function sniffMediaType(content: Buffer): Promise<string> {
  const found = await fileTypeFromBuffer(content);
  if (!found || !allowedMediaTypes.has(found.mime)) {
    throw new ValidationError([
      {
        code: 'file_kind_not_accepted',
        field: 'file',
        message: `is not an accepted kind of file (${found?.mime ?? 'unknown'}); send a PDF, an image or a Word document`,
      },
    ]);
  }
  return found.mime;
}
