import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Problem } from './problem.ts';

const refusals: Record<string, { status: number; title: string; code: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    title: 'Request header fields too large',
    code: 'headers_too_large',
    detail: 'The URL and headers together are longer than the server takes (16 KB): send a shorter query.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    title: 'Request timeout',
    code: 'request_timeout',
    detail: 'The request did not arrive in time.',
  },
};
const malformed = {
  status: 400,
  title: 'Bad request',
  code: 'request_malformed',
  detail: 'The request cannot be read as HTTP.',
};

/**
 * Answers a request node's HTTP parser refuses before any route or hook sees it — a URL and
 * headers over `maxHeaderSize` (431), a request that never finished (408), bytes that are not
 * HTTP (400) — in problem+json with a stable code like every other error, instead of fastify's
 * plain JSON (fastify's `clientErrorHandler`). There is no request: no id to keep, and the URL,
 * which may hold a searched name, is neither echoed nor logged.
 */
export function clientProblem(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection has nobody left to answer (as fastify's own handler does).
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const refusal = refusals[error.code ?? ''] ?? malformed;
  const problem: Problem = {
    type: `urn:lindung:problem:${refusal.code}`,
    title: refusal.title,
    status: refusal.status,
    detail: refusal.detail,
    instance: '/',
    code: refusal.code,
    requestId: randomUUID(),
  };
  this.log.debug({ code: refusal.code, requestId: problem.requestId }, 'request refused by the HTTP parser');
  if (socket.writable) {
    const body = JSON.stringify(problem);
    socket.write(
      `HTTP/1.1 ${refusal.status} ${refusal.title}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/problem+json\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
