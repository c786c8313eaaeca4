import { createServer } from 'node:net';

/**
 * Whether another process already listens on `host:port`: checked with a listener opened and
 * closed at once, before the platform opens its database, so that a taken port is said in a
 * second rather than after the migrations. Another error (no such address, a port
 * below 1024 without the right) is left to the real `listen`, which reports it.
 */
export function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

/** Whether a `listen` failed because the port was taken meanwhile (after `portInUse` said free). */
export function isPortInUseError(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}

/** What a new user reads when the port is taken: which one, and the README's way to choose another. */
export function portInUseMessage(host: string, port: number): string {
  return (
    `Lindung did not start: ${host}:${port} is already in use (by another Lindung, or another program). ` +
    'Stop that one, or start on another port: PORT=3100 npm start'
  );
}
