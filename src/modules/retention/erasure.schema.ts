import { z } from 'zod';
import { trimmedText } from '../../shared/trimmed-text.ts';

export const requestErasureSchema = z
  .strictObject({
    reason: trimmedText(1, 1000).describe(
      'Why the person asked to be erased (kept encrypted with the request until it is decided)',
    ),
  })
  .meta({ id: 'RequestErasure' });
export type RequestErasure = z.infer<typeof requestErasureSchema>;
