/** One field the API found wrong, as in its problem+json `errors`. */
export interface FieldProblem {
  field: string;
  message: string;
  /** The zod issue code of a schema check (`too_small`…) or a domain rule's code (`date_in_future`…), for saying it in the user's language. */
  code?: string;
  limit?: number;
  origin?: string;
  format?: string;
}

/** An RFC 9457 problem answered by the API, thrown by every call that did not succeed. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldProblem[];
  /** Rules set aside only when acknowledged (code `warnings_unacknowledged`). */
  readonly warnings: { code: string; message: string }[];
  constructor(
    status: number,
    body: Partial<{
      code: string;
      detail: string;
      errors: FieldProblem[];
      warnings: { code: string; message: string }[];
    }>,
  ) {
    super(body.detail ?? `HTTP ${status}`);
    this.status = status;
    this.code = body.code ?? (status === 0 ? 'network_error' : 'unknown');
    this.detail = body.detail ?? '';
    this.errors = body.errors ?? [];
    this.warnings = body.warnings ?? [];
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: ((problem: ApiProblem) => void) | undefined;

/** The session's CSRF token, sent on every change (the API refuses changes without it). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The session's CSRF token, for requests not made with `api` (uploads with progress). */
export function csrfTokenNow(): string | null {
  return csrfToken;
}

/** Called when a request answers 401 (the session expired or was ended elsewhere). */
export function whenUnauthenticated(handler: (problem: ApiProblem) => void): void {
  onUnauthenticated = handler;
}

/** Calls the API with JSON; resolves with the body (undefined on 204), rejects with an ApiProblem. */
export async function api<T>(
  method: string,
  url: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiProblem(0, {});
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const problem = new ApiProblem(response.status, (parsed ?? {}) as Record<string, never>);
    if (response.status === 401 && !url.startsWith('/api/auth/sign-in')) onUnauthenticated?.(problem);
    throw problem;
  }
  return parsed as T;
}

/** A query string from the set values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
