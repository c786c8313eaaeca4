/** An approval request as `GET /api/approvals` answers it (src/modules/approvals/approval.routes.ts). */
export interface Approval {
  id: string;
  kind: 'case_closure' | 'care_plan' | 'referral_out' | 'erasure';
  caseId: string;
  /** The case's reference, as the agency knows it. */
  caseReference: string | null;
  change: Record<string, unknown>;
  requestedBy: string;
  /** The requester's display name; null once they no longer belong to the agency. */
  requestedByName: string | null;
  requestedAt: string;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  comment: string | null;
}

/** The agency's pending requests: the Approvals page and the home page's count share this query. */
export const pendingApprovalsKey = ['approvals', 'pending'] as const;
export const pendingApprovalsUrl = '/api/approvals?status=pending';
