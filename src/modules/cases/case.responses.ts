import { compiledResponse } from '../../http/compiled-response.ts';
import { caseSchema } from './case.schema.ts';

/**
 * The case's answer (open, read, change, status, workers added or removed), answered by the
 * compiled serializer (decision 0136). The mark is `caseSchema`'s identity, so every route that
 * answers a case uses this name, to say so.
 */
export const caseResponse = compiledResponse(caseSchema);
