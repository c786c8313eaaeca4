import { ApiProblem, csrfTokenNow } from '../../api/client.ts';

/** The API's limit (src/modules/attachments/attachment.types.ts): checked here first, to say it before sending. */
export const maxAttachmentBytes = 20 * 1024 * 1024;

/** The kinds of file a case may hold, as the API accepts them (it checks the content too). */
export const acceptedMediaTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

/** Why a file is refused before it is sent, or undefined when it may go. */
export function refusal(file: File): 'tooLarge' | 'wrongType' | undefined {
  if (file.size > maxAttachmentBytes) return 'tooLarge';
  if (file.type && !(acceptedMediaTypes as readonly string[]).includes(file.type)) return 'wrongType';
  return undefined;
}

/**
 * Sends one file as multipart (field `file`), reporting progress from 0 to 1; resolves with the
 * API's answer, rejects with an ApiProblem like every other call. XMLHttpRequest, because fetch
 * reports no upload progress.
 */
export function uploadFile<T>(url: string, file: File, onProgress: (share: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('accept', 'application/json');
    const csrf = csrfTokenNow();
    if (csrf) request.setRequestHeader('x-csrf-token', csrf);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(new ApiProblem(request.status, (body ?? {}) as Record<string, never>));
    };
    request.onerror = () => reject(new ApiProblem(0, {}));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
