import { z } from 'zod';

export const requestErasureSchema = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .min(1)
      .max(1000)
      .describe('Why the person asked to be erased (kept encrypted with the request until it is decided)'),
  })
  .meta({ id: 'RequestErasure' });
export type RequestErasure = z.infer<typeof requestErasureSchema>;
