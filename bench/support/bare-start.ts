/**
 * The start-up baseline that bench/startup.ts times next to the platform: Node 24 starting a
 * TypeScript file, optionally opening PGlite (no extensions, no migrations) in a folder, then
 * answering GET /api/health with 200. What the platform takes beyond this is its own cost.
 *
 * Usage: node bench/support/bare-start.ts <port> [pglite data folder]
 */
import { createServer } from 'node:http';

const [port, dataDir] = process.argv.slice(2);

let database: { query(sql: string): Promise<unknown>; close(): Promise<void> } | undefined;
if (dataDir) {
  // Imported only when asked for, so that the Node-only baseline does not pay for loading it.
  const { PGlite } = await import('@electric-sql/pglite');
  database = await PGlite.create(dataDir);
  await database.query('select 1');
}

const server = createServer((request, response) => {
  const answer = () => {
    response.writeHead(request.url === '/api/health' ? 200 : 404, { 'content-type': 'application/json' });
    response.end('{"status":"ok"}');
  };
  if (database) {
    database.query('select 1').then(answer, () => {
      response.writeHead(503).end();
    });
  } else {
    answer();
  }
});
server.listen(Number(port), '127.0.0.1');

process.once('SIGTERM', () => {
  server.close();
  void (database?.close() ?? Promise.resolve()).then(() => process.exit(0));
});
