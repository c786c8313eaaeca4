import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ValidationError } from '../../shared/errors.ts';

/**
 * The limits of the multipart parser for an upload: the one file, and room to see one part more
 * by its name, so that readUploadedFile can refuse it rather than the parser drop it unseen.
 */
export const uploadPartLimits = { files: 2, fields: 1, parts: 2 } as const;

/**
 * The file sent as multipart/form-data in the field "file", and nothing else: a second part (a
 * second file, a field) is refused by its name rather than dropped, so that the sender never
 * believes a file was kept that was not (issue 11).
 */
export async function readUploadedFile(
  request: FastifyRequest,
): Promise<{ fileName: string; content: Buffer }> {
  if (!request.isMultipart()) {
    throw new AppError(
      'unsupported_media_type',
      415,
      'Send the file as multipart/form-data in a field named "file".',
    );
  }
  try {
    const parts = request.parts();
    const first = await parts.next();
    const part = first.done ? undefined : first.value;
    if (part?.type !== 'file' || part.fieldname !== 'file')
      throw new ValidationError([{ code: 'file_missing', field: 'file', message: 'is missing' }]);
    const upload = { fileName: part.filename, content: await part.toBuffer() };
    const extra = await parts.next();
    if (!extra.done) throw extraPart(extra.value.fieldname);
    return upload;
  } catch (error) {
    // The multipart parser throws a bare Error on a body cut short ("Unexpected end of multipart
    // data"): that is the client's mistake, not ours (found by the fuzzer). Limits keep their 413.
    if (error instanceof AppError || (error as { statusCode?: number }).statusCode) throw error;
    throw new ValidationError(
      [{ code: 'file_incomplete', field: 'file', message: 'is not a complete multipart/form-data body' }],
      'The upload is incomplete.',
    );
  }
}

function extraPart(name: string): ValidationError {
  const field = name.slice(0, 100);
  return new ValidationError(
    [{ code: 'file_part_extra', field, message: 'is a part more than the one file this upload takes' }],
    'Send one file only, in the field "file".',
  );
}

/**
 * Sends a stored file as an opaque download in a sandbox: a file can never run as a page of this
 * site, whatever it holds. Its real type goes in a header of its own for clients that display it.
 */
export function sendAsDownload(
  reply: FastifyReply,
  file: { fileName: string; mediaType: string; content: Buffer },
): FastifyReply {
  return reply
    .header('content-type', 'application/octet-stream')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header('x-content-type-options', 'nosniff')
    .header('x-lindung-media-type', file.mediaType)
    .send(file.content);
}
