/** Test factory for uploads: a tiny real PNG and a multipart body carrying a file. Not part of the module. */

/** A tiny but real PNG (1×1 pixel). */
export const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A PDF's first bytes: enough for its type to be found from its content. */
export const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** One part of a multipart body: a file when it has a file name, else a plain field. */
export interface UploadPart {
  readonly name: string;
  readonly fileName?: string;
  readonly content: Buffer;
  readonly contentType?: string;
}

/** A multipart body of several parts, as a hand-written request could send them. */
export function multipartParts(parts: readonly UploadPart[]) {
  const boundary = '----lindungtest';
  const body = Buffer.concat([
    ...parts.flatMap((part) => [
      Buffer.from(
        part.fileName === undefined
          ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`
          : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\nContent-Type: ${part.contentType ?? 'image/png'}\r\n\r\n`,
      ),
      part.content,
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

export function multipart(fileName: string, content: Buffer, contentType = 'image/png') {
  return multipartParts([{ name: 'file', fileName, content, contentType }]);
}
