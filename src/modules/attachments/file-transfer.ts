import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldProblem, ValidationError } from '../../shared/errors.ts';

/**
 * The limits of the multipart parser for an upload: the one file, and room to see one part more
 * by its name, so that readUploadedFile can refuse it rather than the parser drop it unseen.
 */
export const uploadPartLimits = { files: 2, fields: 1, parts: 2 } as const;

/**
 * The file sent as multipart/form-data in the field "file", and nothing else: any other part (a
 * second file, a field, a file under another name), before the file or after it, is refused by its
 * name rather than dropped, so that the sender never believes something was kept that was not
 * (issue 11). No upload takes fields, so a field is a part more wherever it stands; a field before
 * the file is not a missing file.
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
  let found: { upload: { fileName: string; content: Buffer } | undefined; extra: string[]; ended: boolean };
  try {
    found = await readParts(request);
  } catch (error) {
    // The multipart parser throws a bare Error on a body cut short ("Unexpected end of multipart
    // data"): that is the client's mistake, not ours (found by the fuzzer). Limits keep their 413.
    if (error instanceof AppError || (error as { statusCode?: number }).statusCode) throw error;
    throw new ValidationError(
      [{ code: 'file_incomplete', field: 'file', message: 'is not a complete multipart/form-data body' }],
      'The upload is incomplete.',
    );
  }
  const { upload, extra, ended } = found;
  const problems = extra.map(
    (name): FieldProblem => ({
      code: 'file_part_extra',
      field: name.slice(0, 100),
      message: 'is a part more than the one file this upload takes',
    }),
  );
  // Missing only when the body ended without it: two other parts stop the reading before its end.
  if (!upload && ended) problems.push({ code: 'file_missing', field: 'file', message: 'is missing' });
  if (!upload) throw new ValidationError(problems);
  if (problems.length > 0) throw new ValidationError(problems, 'Send one file only, in the field "file".');
  return upload;
}

/**
 * Reads two parts at most, as many as the parser's limits let through: the file wherever it
 * stands among them, and the names of the others. It stops at the first part more once the file
 * is read (the upload is refused whatever follows).
 */
async function readParts(request: FastifyRequest) {
  const parts = request.parts();
  let upload: { fileName: string; content: Buffer } | undefined;
  const extra: string[] = [];
  for (let seen = 0; seen < uploadPartLimits.parts; seen++) {
    const next = await parts.next();
    if (next.done) return { upload, extra, ended: true };
    const part = next.value;
    if (part.type === 'file' && part.fieldname === 'file' && !upload) {
      upload = { fileName: part.filename, content: await part.toBuffer() };
      continue;
    }
    extra.push(part.fieldname);
    if (upload) break;
    // A file under another name is passed over unread, so that the parser reaches the next part.
    if (part.type === 'file') part.file.resume();
  }
  return { upload, extra, ended: false };
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
