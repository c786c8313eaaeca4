import { z } from 'zod';
import type { App, Services } from '../../http/types.ts';
import { AppError } from '../../shared/errors.ts';

const healthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']),
    version: z.string(),
  })
  .meta({ id: 'Health' });

/** For load balancers and monitors: answers only when the database answers. */
export function registerHealthRoutes(app: App, { db }: Services, version: string): void {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability',
        security: [],
        response: { 200: healthSchema },
      },
    },
    async () => {
      try {
        await db.query('select 1');
      } catch {
        throw new AppError('database_unavailable', 503, 'The database does not answer.');
      }
      return { status: 'ok' as const, database: db.kind, version };
    },
  );
}
