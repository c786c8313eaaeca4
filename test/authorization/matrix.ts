import type { Permission } from '../../src/policy/permissions.ts';

/**
 * The authorisation matrix's expectations: one entry per endpoint of the OpenAPI document
 * (`METHOD /path`). The suite fails when an endpoint has no entry, or an entry no endpoint.
 *
 * - `public`: no sign-in needed.
 * - `signed-in`: any signed-in user, about themselves or reference data (no victim data).
 * - `directory`: needs one of `needs`, reference data shared across agencies (shelters' capacity, options).
 * - `agency`: needs one of `needs`, and reaches only the owning agency's records.
 * - `referral`: as `agency`, and the receiving agency of an accepted referral sees a shared view.
 * - `country`: a coordination record of Malaysia (made by MAPO): every Malaysian agency reads it,
 *   another country's agencies do not find it (404); changes are the coordinating agency's. With
 *   `needs`, a Malaysian user also needs one of them (the dashboard is the coordinators'). With
 *   `hostedReads`, an agency hosted in Malaysia (an embassy) reads it too.
 *
 * `params` fills path parameters from the fixtures (kind of record); `owner` is the agency whose
 * record it is (JKM unless said); `query` is appended to the URL; `anyAgency` names the permissions
 * that reach every agency (the platform administrator's).
 */
export type Scope = 'public' | 'signed-in' | 'directory' | 'agency' | 'referral' | 'country';
export type FixtureKind =
  | 'person'
  | 'case'
  | 'screening'
  | 'consent'
  | 'referral'
  | 'carePlan'
  | 'attachment'
  | 'protectionOrder'
  | 'placement'
  | 'shelter'
  | 'bed'
  | 'healthScreening'
  | 'repatriation'
  | 'reintegrationPlan'
  | 'investigation'
  | 'charge'
  | 'restitutionOrder'
  | 'deadline'
  | 'notification'
  | 'task'
  | 'approval'
  | 'user'
  | 'agency'
  | 'token'
  | 'instrument'
  | 'instrumentVersion'
  | 'checklistVersion'
  | 'actionPlan'
  | 'committee'
  | 'meeting'
  | 'guideline'
  | 'guidelineVersion'
  | 'publicReport'
  | 'publicReportPicture'
  | 'progressCode'
  | 'helpContent'
  | 'trainingCourse'
  | 'trainingSession'
  | 'trainingCertificate'
  | 'partner'
  | 'campaign'
  /** A certificate's public verification code. */
  | 'certificateCode'
  /** A generated report (a CSV TIP table) asked for by JKM's case manager. */
  | 'report'
  /** MAPO's submitted report on its own activity of the plan. */
  | 'actionPlanReport'
  /** MAPO's draft report (another year), to submit. */
  | 'actionPlanDraft'
  /** A file of evidence on MAPO's draft report. */
  | 'actionPlanEvidence'
  /** An action item owned by MAPO, from a second, recorded meeting of the committee. */
  | 'actionItem'
  /** A pair of JKM persons (the victim and a second record of her) queued by the linkage model. */
  | 'linkageCandidate'
  /** JKM's merge of that pair: the second record resolves to the victim. */
  | 'personMerge'
  /** JKM's own retention period for victims' cases, set by its agency administrator. */
  | 'retentionPeriod'
  /** A notice to JKM, on the victim, that another agency erased a likely match of her. */
  | 'erasureNotice'
  /** JKM's hint on the victim, whom it recorded before KEMENSOS recorded a likely match: JKM holds it. */
  | 'linkageHint';

export interface MatrixEntry {
  readonly scope: Scope;
  readonly needs?: readonly Permission[];
  readonly params?: Readonly<Record<string, FixtureKind>>;
  readonly owner?: 'jkm' | 'pdrm' | 'jpw' | 'kemensos' | 'mapo';
  readonly query?: string;
  /** Permissions that reach every agency's records (the platform administrator's). */
  readonly anyAgency?: readonly Permission[];
  /** `country` records an agency hosted in Malaysia (an embassy) reads as well (the partner directory). */
  readonly hostedReads?: true;
  /** A `country` read that only the keeping agency (MAPO) answers, to those holding `needs` (the plan's dashboard). */
  readonly keeperOnly?: true;
}

const agency = (
  needs: Permission[],
  params?: Record<string, FixtureKind>,
  extra: Partial<MatrixEntry> = {},
) => ({ scope: 'agency', needs, ...(params && { params }), ...extra }) as MatrixEntry;
const signedIn: MatrixEntry = { scope: 'signed-in' };
const directory = (needs: Permission[], params?: Record<string, FixtureKind>) =>
  ({ scope: 'directory', needs, ...(params && { params }) }) as MatrixEntry;
const id = (kind: FixtureKind) => ({ id: kind });
const country = (kind: FixtureKind, needs?: Permission[]): MatrixEntry => ({
  scope: 'country',
  params: id(kind),
  ...(needs && { needs }),
});

export const matrix: Readonly<Record<string, MatrixEntry>> = {
  'GET /api/health': { scope: 'public' },
  'POST /api/auth/sign-in': { scope: 'public' },
  'POST /api/auth/sign-out': signedIn,
  'GET /api/me': signedIn,
  'PATCH /api/me': signedIn,
  'GET /api/me/draft-key': signedIn,
  'POST /api/auth/agency': signedIn,
  'POST /api/auth/password': signedIn,
  'POST /api/auth/two-factor/enrol': signedIn,
  'POST /api/auth/two-factor/confirm': signedIn,
  'GET /api/auth/tokens': signedIn,
  'POST /api/auth/tokens': signedIn,
  'DELETE /api/auth/tokens/{id}': { scope: 'signed-in', params: id('token') },
  'GET /api/agencies': signedIn,
  'POST /api/agencies': agency(['agency:manage']),
  'GET /api/agencies/{id}': { scope: 'signed-in', params: id('agency') },
  'PATCH /api/agencies/{id}': agency(['agency:manage', 'agency:update_own'], id('agency'), {
    anyAgency: ['agency:manage'],
  }),
  'GET /api/agencies/{id}/jurisdiction': { scope: 'signed-in', params: id('agency') },
  'PUT /api/agencies/{id}/jurisdiction': agency(['agency:manage'], id('agency'), {
    anyAgency: ['agency:manage'],
  }),
  'DELETE /api/agencies/{id}': agency(['agency:manage'], id('agency'), { anyAgency: ['agency:manage'] }),
  'GET /api/roles': signedIn,
  'GET /api/users': agency(['user:manage', 'user:manage_any']),
  'POST /api/users': agency(['user:manage', 'user:manage_any']),
  'GET /api/users/{id}': agency(['user:manage', 'user:manage_any'], id('user'), {
    anyAgency: ['user:manage_any'],
  }),
  'PATCH /api/users/{id}': agency(['user:manage', 'user:manage_any'], id('user'), {
    anyAgency: ['user:manage_any'],
  }),
  'DELETE /api/users/{id}': agency(['user:manage', 'user:manage_any'], id('user'), {
    anyAgency: ['user:manage_any'],
  }),
  'POST /api/users/{id}/reset-two-factor': agency(['user:manage', 'user:manage_any'], id('user'), {
    anyAgency: ['user:manage_any'],
  }),
  'GET /api/audit': agency(['audit:read', 'audit:read_any'], undefined, { anyAgency: ['audit:read_any'] }),
  'POST /api/audit/verification': agency(['audit:read_any'], undefined, { anyAgency: ['audit:read_any'] }),
  'GET /api/persons/matches': agency(['person:read'], undefined, { query: 'name=Siti%20Aminah' }),
  'POST /api/persons': agency(['person:write']),
  'GET /api/persons/{id}': agency(['person:read'], id('person')),
  'PUT /api/persons/{id}': agency(['person:write'], id('person')),
  'PUT /api/persons/{id}/contact': agency(['person:write'], id('person')),
  // Review of possible duplicates (decision 0029). A scan runs over the caller's own agency only (its
  // refusal without person:link is in linkage.routes.int.test.ts), like the signed-in writes about oneself.
  'POST /api/linkage/scans': signedIn,
  'GET /api/linkage/candidates': agency(['person:link']),
  'GET /api/linkage/hints': agency(['person:link']),
  // Only the agency holding the pair names itself to the other (decision 0050).
  'POST /api/linkage/hints/{id}/disclose': agency(['person:link'], id('linkageHint')),
  'GET /api/linkage/candidates/{id}': agency(['person:link'], id('linkageCandidate')),
  'POST /api/linkage/candidates/{id}/decision': agency(['person:link'], id('linkageCandidate')),
  'POST /api/linkage/candidates/{id}/merge': agency(['person:link'], id('linkageCandidate')),
  'GET /api/linkage/merges/{id}': agency(['person:read'], id('personMerge')),
  'POST /api/linkage/merges/{id}/undo': agency(['person:link'], id('personMerge')),
  'GET /api/linkage/persons/{id}': agency(['person:read'], id('person')),
  'GET /api/screening-instruments': signedIn,
  'GET /api/screening-instruments/{id}/{version}': {
    scope: 'signed-in',
    params: { id: 'instrument', version: 'instrumentVersion' },
  },
  'POST /api/persons/{personId}/identification-decisions': agency(['screening:conduct'], {
    personId: 'person',
  }),
  'GET /api/persons/{personId}/identification-decisions': agency(['person:read'], { personId: 'person' }),
  'POST /api/persons/{personId}/screenings': agency(['screening:conduct'], { personId: 'person' }),
  'GET /api/persons/{personId}/screenings': agency(['person:read'], { personId: 'person' }),
  'GET /api/screenings/{id}': agency(['person:read'], id('screening')),
  'PATCH /api/screenings/{id}': agency(['screening:conduct'], id('screening')),
  'POST /api/screenings/{id}/complete': agency(['screening:conduct'], id('screening')),
  'GET /api/cases': agency(['case:read']),
  'POST /api/cases': agency(['case:write']),
  'GET /api/cases/{id}': agency(['case:read'], id('case')),
  'PATCH /api/cases/{id}': agency(['case:write'], id('case')),
  'POST /api/cases/{id}/status': agency(['case:write'], id('case')),
  'POST /api/cases/{id}/erasure': agency(['case:write'], id('case')),
  'POST /api/persons/{id}/erasure': agency(['case:write'], id('person')),
  // Notices that another agency erased a likely match of one of the agency's persons (decision 0042).
  'GET /api/erasure-notices': agency(['case:write']),
  'POST /api/erasure-notices/{id}/acknowledge': agency(['case:write'], id('erasureNotice')),
  'GET /api/retention-periods': agency(['retention:manage', 'retention:manage_any'], undefined, {
    anyAgency: ['retention:manage_any'],
  }),
  'PUT /api/retention-periods': agency(['retention:manage', 'retention:manage_any'], undefined, {
    anyAgency: ['retention:manage_any'],
  }),
  'DELETE /api/retention-periods/{id}': agency(
    ['retention:manage', 'retention:manage_any'],
    id('retentionPeriod'),
    {
      anyAgency: ['retention:manage_any'],
    },
  ),
  'GET /api/cases/{id}/timeline': agency(['case:read'], id('case')),
  'GET /api/jurisdiction': signedIn,
  'GET /api/jurisdictions': signedIn,
  // Focal points (coordination:report) see their agency's action-plan report deadlines.
  'GET /api/deadlines': agency(['case:read', 'coordination:report']),
  'GET /api/deadlines/mine': agency(['case:read', 'coordination:report']),
  'GET /api/notifications': signedIn,
  'POST /api/notifications/{id}/read': { scope: 'signed-in', params: id('notification') },
  'POST /api/notifications/read-all': signedIn,
  'GET /api/cases/{id}/protection-orders': agency(['case:read'], id('case')),
  'POST /api/cases/{id}/protection-orders': agency(['case:write'], id('case')),
  'GET /api/protection-orders/{id}': agency(['case:read'], id('protectionOrder')),
  'POST /api/protection-orders/{id}/extend': agency(['case:write'], id('protectionOrder')),
  'POST /api/protection-orders/{id}/revoke': agency(['case:write'], id('protectionOrder')),
  'POST /api/persons/{personId}/consents': agency(['consent:record'], { personId: 'person' }),
  'GET /api/persons/{personId}/consents': agency(['person:read'], { personId: 'person' }),
  'POST /api/consents/{id}/withdraw': agency(['consent:record'], id('consent')),
  'POST /api/referrals/{id}/accept': {
    scope: 'referral',
    needs: ['referral:manage'],
    params: id('referral'),
  },
  'POST /api/referrals/{id}/decline': {
    scope: 'referral',
    needs: ['referral:manage'],
    params: id('referral'),
  },
  'POST /api/referrals/{id}/complete': {
    scope: 'referral',
    needs: ['referral:manage'],
    params: id('referral'),
  },
  'POST /api/referrals/{id}/cancel': agency(['referral:manage'], id('referral')),
  'GET /api/cases/{id}/disclosures': agency(['case:read'], id('case')),
  'GET /api/referrals': { scope: 'referral', needs: ['referral:manage', 'case:read'] },
  'POST /api/referrals': agency(['referral:manage']),
  'GET /api/referrals/{id}': {
    scope: 'referral',
    needs: ['referral:manage', 'case:read'],
    params: id('referral'),
  },
  'POST /api/referrals/{id}/re-referrals': {
    scope: 'referral',
    needs: ['referral:manage'],
    params: id('referral'),
  },
  'GET /api/tasks/mine': agency(['case:read']),
  'GET /api/cases/{id}/tasks': agency(['case:read'], id('case')),
  'POST /api/cases/{id}/tasks': agency(['case:write'], id('case')),
  'GET /api/tasks/{id}': agency(['case:read'], id('task')),
  'PATCH /api/tasks/{id}': agency(['case:write'], id('task')),
  'GET /api/cases/{id}/notes': agency(['case:read'], id('case')),
  'POST /api/cases/{id}/notes': agency(['case:write'], id('case')),
  'POST /api/cases/{id}/workers': agency(['case:assign'], id('case')),
  'DELETE /api/cases/{id}/workers/{userId}': agency(['case:assign'], { id: 'case', userId: 'user' }),
  'GET /api/cases/{id}/needs-assessments': agency(['case:read'], id('case')),
  'POST /api/cases/{id}/needs-assessments': agency(['case:write'], id('case')),
  'GET /api/cases/{id}/care-plan': agency(['case:read'], id('case')),
  'PUT /api/cases/{id}/care-plan': agency(['case:write'], id('case')),
  'GET /api/cases/{id}/care-plan/versions': agency(['case:read'], id('case')),
  'GET /api/cases/{id}/services': agency(['case:read'], id('case')),
  'POST /api/cases/{id}/services': agency(['case:write'], id('case')),
  'GET /api/shelters/options': signedIn,
  'GET /api/shelters/occupancy': directory(['case:read', 'shelter:manage', 'statistics:read']),
  'GET /api/shelters': directory(['case:read', 'shelter:manage', 'statistics:read']),
  'POST /api/shelters': agency(['shelter:manage']),
  'GET /api/shelters/{id}': directory(['case:read', 'shelter:manage', 'statistics:read'], id('shelter')),
  'PATCH /api/shelters/{id}': agency(['shelter:manage'], id('shelter'), { owner: 'jpw' }),
  'POST /api/shelters/{id}/beds': agency(['shelter:manage'], id('shelter'), { owner: 'jpw' }),
  'PATCH /api/shelters/{id}/beds/{bedId}': agency(
    ['shelter:manage'],
    { id: 'shelter', bedId: 'bed' },
    { owner: 'jpw' },
  ),
  'GET /api/shelters/{id}/placements': agency(['shelter:manage'], id('shelter'), { owner: 'jpw' }),
  'POST /api/placements': agency(['case:write', 'shelter:manage']),
  'GET /api/placements/{id}': agency(['case:read', 'shelter:manage'], id('placement')),
  'POST /api/placements/{id}/discharge': agency(['case:write', 'shelter:manage'], id('placement')),
  'POST /api/placements/{id}/transfer': agency(['case:write', 'shelter:manage'], id('placement')),
  'GET /api/cases/{id}/placements': agency(['case:read'], id('case')),
  'GET /api/approvals': agency(['approval:decide', 'case:read']),
  'GET /api/approvals/decided': agency(['approval:decide', 'case:read']),
  'POST /api/approvals/{id}/approve': agency(['approval:decide'], id('approval')),
  'POST /api/approvals/{id}/reject': agency(['approval:decide'], id('approval')),
  'POST /api/approvals/{id}/withdraw': agency(['case:write'], id('approval')),
  'GET /api/health-checklists': signedIn,
  'GET /api/health-checklists/{version}': { scope: 'signed-in', params: { version: 'checklistVersion' } },
  'POST /api/cases/{id}/health-screenings': agency(['health:record'], id('case')),
  'GET /api/cases/{id}/health-screenings': agency(['health:read'], id('case')),
  'GET /api/health-screenings/{id}': agency(['health:read'], id('healthScreening')),
  'POST /api/cases/{id}/repatriations': agency(['case:write'], id('case')),
  'GET /api/cases/{id}/repatriations': agency(['case:read'], id('case')),
  'GET /api/repatriations/incoming': agency(['case:read']),
  'GET /api/repatriations/{id}': agency(['case:read'], id('repatriation')),
  'POST /api/repatriations/{id}/departure': agency(['case:write'], id('repatriation')),
  'POST /api/repatriations/{id}/receipt': agency(['case:write'], id('repatriation')),
  'POST /api/repatriations/{id}/cancellation': agency(['case:write'], id('repatriation')),
  'GET /api/reintegration/options': signedIn,
  'POST /api/reintegration-plans': agency(['case:write']),
  'GET /api/reintegration-plans': agency(['case:read']),
  'GET /api/reintegration-plans/{id}': agency(['case:read'], id('reintegrationPlan'), { owner: 'kemensos' }),
  'POST /api/reintegration-plans/{id}/follow-ups': agency(['case:write'], id('reintegrationPlan'), {
    owner: 'kemensos',
  }),
  'POST /api/reintegration-plans/{id}/closure': agency(['case:write'], id('reintegrationPlan'), {
    owner: 'kemensos',
  }),
  'GET /api/reintegration/statistics': agency(['statistics:read', 'case:read'], undefined, {
    query: 'from=2020-01-01&to=2030-12-31',
  }),
  'POST /api/investigations': agency(['prosecution:manage']),
  'GET /api/investigations': agency(['prosecution:manage']),
  'GET /api/investigations/{id}': agency(['prosecution:manage'], id('investigation'), { owner: 'pdrm' }),
  'POST /api/investigations/{id}/victims': agency(['prosecution:manage'], id('investigation'), {
    owner: 'pdrm',
  }),
  'POST /api/investigations/{id}/suspects': agency(['prosecution:manage'], id('investigation'), {
    owner: 'pdrm',
  }),
  'POST /api/investigations/{id}/arrests': agency(['prosecution:manage'], id('investigation'), {
    owner: 'pdrm',
  }),
  'POST /api/investigations/{id}/charges': agency(['prosecution:manage'], id('investigation'), {
    owner: 'pdrm',
  }),
  'POST /api/investigations/{id}/hearings': agency(['prosecution:manage'], id('investigation'), {
    owner: 'pdrm',
  }),
  'POST /api/charges/{id}/outcomes': agency(['prosecution:manage'], id('charge'), { owner: 'pdrm' }),
  'POST /api/charges/{id}/restitution-orders': agency(['prosecution:manage'], id('charge'), {
    owner: 'pdrm',
  }),
  'POST /api/restitution-orders/{id}/payments': agency(['prosecution:manage'], id('restitutionOrder'), {
    owner: 'pdrm',
  }),
  'GET /api/prosecution/figures': agency(['statistics:read', 'prosecution:manage']),
  'GET /api/prosecution/options': directory(['prosecution:manage']),
  'POST /api/jobads/screen': { scope: 'public' },
  'POST /api/jobads/screen-bulk': agency(['prosecution:manage']),
  'POST /api/investigations/{id}/adverts': agency(['prosecution:manage'], id('investigation'), {
    owner: 'pdrm',
  }),
  'GET /api/investigations/{id}/adverts': agency(['prosecution:manage'], id('investigation'), {
    owner: 'pdrm',
  }),
  'POST /api/persons/{id}/photo': agency(['person:write'], id('person')),
  'GET /api/persons/{id}/photo': agency(['person:read'], id('person')),
  'POST /api/cases/{id}/attachments': agency(['case:write'], id('case')),
  'GET /api/cases/{id}/attachments': agency(['case:read'], id('case')),
  'GET /api/attachments/{id}/content': agency(['case:read'], id('attachment')),
  // Coordination: read by every agency of the record's country (row-level security keeps it there),
  // kept by the coordinating agency. No victim data. The fixtures make a plan, a committee with a
  // meeting and a guideline through the API as MAPO. A report is read by its agency's reporters and,
  // once submitted, by the coordinators: MAPO's own, so the agency scope with MAPO as owner.
  'GET /api/action-plans/options': signedIn,
  'GET /api/action-plans': signedIn,
  'POST /api/action-plans': agency(['coordination:manage']),
  'GET /api/action-plans/{id}': country('actionPlan'),
  'PUT /api/action-plans/{id}': country('actionPlan', ['coordination:manage']),
  'GET /api/action-plans/{id}/dashboard': {
    ...country('actionPlan', ['coordination:manage']),
    keeperOnly: true,
  },
  'GET /api/action-plans/{id}/reports': country('actionPlan'),
  'POST /api/action-plans/{id}/reports': country('actionPlan'),
  'GET /api/action-plan-reports/{id}': agency(
    ['coordination:report', 'coordination:manage'],
    id('actionPlanReport'),
    {
      owner: 'mapo',
    },
  ),
  'POST /api/action-plan-reports/{id}/submit': agency(['coordination:report'], id('actionPlanDraft'), {
    owner: 'mapo',
  }),
  'POST /api/action-plan-reports/{id}/review': agency(['coordination:manage'], id('actionPlanReport'), {
    owner: 'mapo',
  }),
  'GET /api/action-plan-reports/{id}/evidence': agency(
    ['coordination:report', 'coordination:manage'],
    id('actionPlanReport'),
    { owner: 'mapo' },
  ),
  'POST /api/action-plan-reports/{id}/evidence': agency(['coordination:report'], id('actionPlanDraft'), {
    owner: 'mapo',
  }),
  'GET /api/action-plan-evidence/{id}/content': agency(['coordination:report'], id('actionPlanEvidence'), {
    owner: 'mapo',
  }),
  'GET /api/committees/options': signedIn,
  'GET /api/committees': signedIn,
  'POST /api/committees': agency(['coordination:manage']),
  'GET /api/committees/{id}': country('committee'),
  'PUT /api/committees/{id}/members': country('committee', ['coordination:manage']),
  'GET /api/committees/{id}/meetings': country('committee'),
  'POST /api/committees/{id}/meetings': country('committee'),
  'GET /api/meetings/{id}': country('meeting'),
  'POST /api/meetings/{id}/record': country('meeting'),
  'PATCH /api/action-items/{id}': country('actionItem'),
  'GET /api/guidelines/options': signedIn,
  'GET /api/guidelines': signedIn,
  'GET /api/guidelines/pending': signedIn,
  'POST /api/guidelines': agency(['coordination:manage']),
  'GET /api/guidelines/{id}': country('guideline'),
  'POST /api/guidelines/{id}/versions': country('guideline'),
  'POST /api/guideline-versions/{id}/acknowledge': country('guidelineVersion'),
  // Training: courses and sessions read by the country; the running agency's trainers change them;
  // participants and certificates reach the running agency, the participant and their agency.
  'GET /api/training/options': signedIn,
  'GET /api/training-courses': signedIn,
  'GET /api/training-manuals': signedIn,
  // A trainer of any agency issues an edition for their own agency's country (the attempt's body is a
  // valid edition: those without training:manage must be refused).
  'POST /api/training-manuals': agency(['training:manage']),
  'POST /api/training-courses': agency(['training:manage']),
  'GET /api/training-courses/{id}': country('trainingCourse'),
  'POST /api/training-courses/{id}/sessions': country('trainingCourse'),
  'GET /api/training-sessions/{id}': country('trainingSession'),
  'POST /api/training-sessions/{id}/registrations': country('trainingSession'),
  'POST /api/training-sessions/{id}/attendance': country('trainingSession'),
  'POST /api/training-sessions/{id}/certificates': country('trainingSession'),
  'GET /api/training-certificates/{id}/pdf': { scope: 'signed-in', params: id('trainingCertificate') },
  'GET /api/training/history': signedIn,
  'GET /api/training/report': {
    scope: 'directory',
    needs: ['training:manage', 'statistics:read'],
    query: 'from=2020-01-01&to=2030-12-31',
  },
  'GET /api/public/certificates/{code}': { scope: 'public', params: { code: 'certificateCode' } },
  // Partner network: the country's directory; the keeping agency's coordinators change it.
  'GET /api/partners/options': signedIn,
  'GET /api/partners': signedIn,
  'GET /api/partners/referral-targets': { scope: 'signed-in', query: 'service=shelter' },
  'POST /api/partners': agency(['coordination:manage']),
  'GET /api/partners/{id}': { ...country('partner'), hostedReads: true },
  'PATCH /api/partners/{id}': country('partner'),
  'POST /api/partners/{id}/mous': country('partner'),
  // Campaigns: the country's; the running agency's coordinators add events and materials.
  'GET /api/campaigns': signedIn,
  'POST /api/campaigns': agency(['coordination:manage']),
  'GET /api/campaigns/{id}': country('campaign'),
  'POST /api/campaigns/{id}/events': country('campaign'),
  'POST /api/campaigns/{id}/materials': country('campaign'),
  // Statistics: counts only; the agency's own to case readers, the country's to statistics:read.
  'GET /api/statistics/labels': directory(['statistics:read', 'case:read']),
  'GET /api/statistics/dashboard': agency(['statistics:read', 'case:read']),
  'GET /api/statistics/victims': agency(['statistics:read', 'case:read']),
  // Public portal (issue 10): anonymous forms, the receiving agency's triage queue (reports about
  // Malaysia go to its police, PDRM), case progress codes of JKM's case, the help pages' editing.
  'POST /api/public/challenges': { scope: 'public' },
  'POST /api/public/reports': { scope: 'public' },
  'POST /api/public/reports/status': { scope: 'public' },
  'POST /api/public/reports/answers': { scope: 'public' },
  'POST /api/public/case-progress': { scope: 'public' },
  'GET /api/public/help': { scope: 'public' },
  'GET /api/public/regions': { scope: 'public', query: 'country=MY' },
  'GET /api/public-reports': agency(['public_report:triage'], undefined, { owner: 'pdrm' }),
  'GET /api/public-reports/{id}': agency(['public_report:triage'], id('publicReport'), { owner: 'pdrm' }),
  'GET /api/public-reports/{id}/pictures/{pictureId}': agency(
    ['public_report:triage'],
    { id: 'publicReport', pictureId: 'publicReportPicture' },
    { owner: 'pdrm' },
  ),
  'POST /api/public-reports/{id}/questions': agency(['public_report:triage'], id('publicReport'), {
    owner: 'pdrm',
  }),
  'POST /api/public-reports/{id}/close': agency(['public_report:triage'], id('publicReport'), {
    owner: 'pdrm',
  }),
  'POST /api/public-reports/{id}/reroute': agency(['public_report:triage'], id('publicReport'), {
    owner: 'pdrm',
  }),
  'POST /api/public-reports/{id}/investigation': agency(['public_report:triage'], id('publicReport'), {
    owner: 'pdrm',
  }),
  'POST /api/public-reports/{id}/convert': agency(['public_report:triage'], id('publicReport'), {
    owner: 'pdrm',
  }),
  'GET /api/cases/{id}/progress': agency(['case:read'], id('case')),
  'PUT /api/cases/{id}/progress': agency(['case:write'], id('case')),
  'POST /api/cases/{id}/progress-codes': agency(['case:write'], id('case')),
  'POST /api/progress-codes/{id}/revoke': agency(['case:write'], id('progressCode')),
  'GET /api/help-content': directory(['coordination:manage']),
  'POST /api/help-content': directory(['coordination:manage']),
  'PUT /api/help-content/{id}': country('helpContent', ['coordination:manage']),
  'GET /api/statistics/tip': agency(['statistics:read', 'case:read']),
  // Open data: anonymised microdata of the country for statistics:read.
  'GET /api/opendata/microdata': agency(['statistics:read']),
  'GET /api/opendata/microdata.csv': agency(['statistics:read']),
  // HTCDS: the agency's own cases out (case:read and person:read), and into it (case:write and person:write).
  'GET /api/opendata/htcds': agency(['case:read']),
  'POST /api/opendata/htcds': agency(['case:write']),
  // Reports: generated by jobs, seen and downloaded by the asking agency's statistics or case readers.
  'POST /api/reports': agency(['statistics:read', 'case:read']),
  'GET /api/reports': agency(['statistics:read', 'case:read']),
  'GET /api/reports/{id}': agency(['statistics:read', 'case:read'], id('report')),
  'GET /api/reports/{id}/file': agency(['statistics:read', 'case:read'], id('report')),
};
