import type { FastifyReply } from 'fastify';

/**
 * The Content-Disposition of a report's file: an attachment under its name, both as a plain ASCII
 * `filename` (for clients that read only that; anything outside letters, digits, `.`, `_` and `-`
 * becomes `_`) and as the exact UTF-8 `filename*` of RFC 6266.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc8187(fileName)}`;
}

/** Percent-encodes as RFC 8187 wants: `encodeURIComponent` leaves `'()*` as they are. */
function rfc8187(value: string): string {
  return encodeURIComponent(value.toWellFormed()).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Sends a generated report under its real type (application/pdf, text/csv; charset=utf-8, the XLSX
 * type), unlike an uploaded attachment, which goes out as an opaque octet stream because nobody
 * knows what it holds: the platform wrote this file itself. It still downloads rather than opens
 * as a page of the site, and in a sandbox.
 */
export function sendReportFile(
  reply: FastifyReply,
  file: { fileName: string; mediaType: string; content: Buffer },
): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header('x-content-type-options', 'nosniff')
    .send(file.content);
}
