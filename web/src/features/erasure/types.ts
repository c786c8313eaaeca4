/** A notice that another agency erased a likely match of one of the agency's persons (GET /api/erasure-notices). */
export interface ErasureNotice {
  id: string;
  personId: string;
  probability: number;
  cause: 'request' | 'retention';
  noticedAt: string;
  handled: boolean;
  acknowledgedAt: string | null;
}

export const erasureNoticesKey = ['erasure-notices'] as const;
