import { recordAudit } from '../../audit/audit.ts';
import { decryptField, encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import { type PackCode, regionProblem, regionsOf } from '../../jurisdictions/index.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, NotFoundError, RuleViolationError, ValidationError } from '../../shared/errors.ts';
import { findAgency, triageAgencyTypes } from '../agencies/index.ts';
import { openCase } from '../cases/index.ts';
import { type OpenInvestigation, openInvestigationFromReport } from '../prosecution/index.ts';
import type { StrippedImage } from './image-metadata.ts';
import {
  lockReport,
  type MessageRow,
  messagesOf,
  moveReport,
  notifyReceivingAgency,
  type ReportRow,
  reportClosed,
  routeReport,
  routingsOf,
  setReportStatus,
} from './public-report.repo.ts';
import type { NewPublicReport } from './public-report.schema.ts';
import { pictureContext } from './report-pictures.ts';
import { hashSecret, newSecret, newTrackingCode, secretMatches } from './secrets.ts';

const seal = (keyring: Keyring, column: string, value: string | undefined | null) =>
  value === undefined || value === null ? null : encryptField(keyring, `public_report.${column}`, value);
const open = (keyring: Keyring, column: string, value: string | null) =>
  value === null ? null : decryptField(keyring, `public_report.${column}`, value);
const messageContext = 'public_report_message.body';

/**
 * Takes a report from the public (as the database owner: nobody is signed in): keeps its pictures
 * (stripped and checked by `decodePictures`), routes the report to the agency responsible for the place, keeps the text
 * encrypted and the secret hashed, notifies that agency's triage staff (by the report's id only),
 * and audits the receipt for that agency. The secret is returned once and never again.
 */
export async function submitReport(props: {
  tx: Tx;
  keyring: Keyring;
  report: NewPublicReport;
  /** The report's pictures as `decodePictures` made them. */
  pictures: readonly StrippedImage[];
  requestId: string;
}): Promise<{ trackingCode: string; secret: string; status: 'received' }> {
  const { tx, keyring, report, pictures } = props;
  const regionRefused =
    report.regionCode === undefined
      ? undefined
      : regionProblem(report.country, report.regionCode, 'regionCode');
  if (regionRefused) throw new ValidationError([regionRefused]);
  let agencyId: string;
  try {
    agencyId = await routeReport(tx, report.country, report.regionCode ?? null);
  } catch (error) {
    if (error instanceof RuleViolationError) {
      throw new ValidationError([
        {
          code: 'country_not_served',
          field: 'country',
          message: 'no agency receives reports about this country yet',
        },
      ]);
    }
    throw error;
  }
  const secret = newSecret();
  const trackingCode = newTrackingCode();
  const [row] = await tx.query<{ id: string }>(
    `insert into public_report (tracking_code, secret_hash, agency_id, country, region, language, what, place,
       happened, who, contact, region_code)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
    [
      trackingCode,
      hashSecret(secret),
      agencyId,
      report.country,
      report.region ?? null,
      report.language,
      seal(keyring, 'what', report.what),
      seal(keyring, 'place', report.where),
      seal(keyring, 'happened', report.when),
      seal(keyring, 'who', report.who),
      seal(keyring, 'contact', report.contact),
      report.regionCode ?? null,
    ],
  );
  const id = row?.id as string;
  for (const picture of pictures) {
    await tx.query(
      `insert into public_report_attachment (report_id, agency_id, media_type, size_bytes, content)
       values ($1, $2, $3, $4, $5)`,
      [
        id,
        agencyId,
        picture.mediaType,
        picture.bytes.length,
        encryptField(keyring, pictureContext, picture.bytes.toString('base64')),
      ],
    );
  }
  await notifyReceivingAgency(tx, id);
  await recordAudit(tx, {
    actorUserId: null,
    agencyId,
    action: 'public_report.receive',
    subject: { type: 'public_report', id },
    requestId: props.requestId,
    detail: {
      country: report.country,
      regionCode: report.regionCode ?? null,
      language: report.language,
      pictures: pictures.length,
      contact: !!report.contact,
    },
  });
  return { trackingCode, secret, status: 'received' };
}

/** The report a tracking code and secret open, or undefined: wrong secret and unknown code alike. */
export function reportForReporter(report: ReportRow | undefined, secret: string): ReportRow | undefined {
  const index = secretMatches(secret, report ? [report.secret_hash] : []);
  return index === 0 ? report : undefined;
}

export function presentMessages(keyring: Keyring, messages: readonly MessageRow[]) {
  return messages.map((m) => ({
    direction: m.direction,
    body: decryptField(keyring, messageContext, m.body),
    at: new Date(m.created_at).toISOString(),
  }));
}

/** The reporter answers the agency's questions; the report goes back to the agency for review. */
export async function answerAsReporter(props: {
  tx: Tx;
  keyring: Keyring;
  report: ReportRow;
  answer: string;
  requestId: string;
}): Promise<void> {
  const { tx, keyring, report } = props;
  const agencyId = await lockOpen(tx, report);
  await tx.query(
    `insert into public_report_message (report_id, agency_id, direction, body) values ($1, $2, 'answer', $3)`,
    [report.id, agencyId, encryptField(keyring, messageContext, props.answer)],
  );
  await setReportStatus(tx, report.id, { status: 'in_review' });
  await recordAudit(tx, {
    actorUserId: null,
    agencyId,
    action: 'public_report.answer',
    subject: { type: 'public_report', id: report.id },
    requestId: props.requestId,
  });
}

interface StaffProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

const audit = (props: StaffProps, action: string, reportId: string, detail = {}) =>
  recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action,
    subject: { type: 'public_report', id: reportId },
    requestId: props.requestId,
    detail,
  });

/**
 * Locks the report for a change and returns the agency that holds it now. A report sent on to
 * another agency since it was read is a conflict (the caller's agency no longer sees it); one
 * closed or converted meanwhile takes no more changes.
 */
async function lockOpen(tx: Tx, report: ReportRow): Promise<string> {
  const locked = await lockReport(tx, report.id);
  if (!locked) {
    throw new ConflictError('report_moved', 'The report was sent on to another agency meanwhile.');
  }
  if (locked.status === 'closed' || locked.status === 'converted') throw reportClosed();
  return locked.agency_id;
}

/** The report in full for the agency's triage, decrypted; the read is audited. */
export async function readForTriage(props: StaffProps & { report: ReportRow; pictureIds: string[] }) {
  const { tx, keyring, report } = props;
  const messages = presentMessages(keyring, await messagesOf(tx, report.id));
  await audit(props, 'public_report.read', report.id);
  return {
    ...listItem(report),
    what: open(keyring, 'what', report.what) as string,
    where: open(keyring, 'place', report.place) as string,
    when: open(keyring, 'happened', report.happened),
    who: open(keyring, 'who', report.who),
    contact: open(keyring, 'contact', report.contact),
    closedReason: report.closed_reason,
    caseId: report.case_id,
    investigationId: report.investigation_id,
    messages,
    pictureIds: props.pictureIds,
    routings: (await routingsOf(tx, report.id)).map((m) => ({
      fromAgencyId: m.from_agency_id,
      fromAgency: m.from_agency,
      toAgencyId: m.to_agency_id,
      toAgency: m.to_agency,
      reason: m.reason,
      at: new Date(m.routed_at).toISOString(),
    })),
  };
}

/** What a converted report became (a case or an investigation), or null while it is not converted. */
export function takenUpAs(report: ReportRow): 'case' | 'investigation' | null {
  if (report.status !== 'converted') return null;
  return report.investigation_id === null ? 'case' : 'investigation';
}

/** The state's or province's own name for its ISO 3166-2 code (proper names are not translated). */
function regionNameOf(country: string, code: string | null): string | null {
  if (code === null) return null;
  return regionsOf(country).find((region) => region.code === code)?.name ?? null;
}

export function listItem(report: ReportRow) {
  return {
    id: report.id,
    trackingCode: report.tracking_code,
    status: report.status,
    takenUpAs: takenUpAs(report),
    country: report.country,
    region: report.region,
    regionCode: report.region_code,
    regionName: regionNameOf(report.country, report.region_code),
    language: report.language,
    receivedAt: new Date(report.received_at).toISOString(),
    pictures: report.pictures,
    hasContact: report.contact !== null,
  };
}

/** Asks the reporter a follow-up question, which they read with their code and secret. */
export async function askQuestion(
  props: StaffProps & { report: ReportRow; question: string },
): Promise<void> {
  const { tx, actor, keyring, report } = props;
  const agencyId = await lockOpen(tx, report);
  await tx.query(
    `insert into public_report_message (report_id, agency_id, direction, body, author_user_id)
     values ($1, $2, 'question', $3, $4)`,
    [report.id, agencyId, encryptField(keyring, messageContext, props.question), actor.userId],
  );
  await setReportStatus(tx, report.id, { status: 'awaiting_reporter' });
  await audit(props, 'public_report.ask', report.id);
}

/** Closes a report without a case, for one of the stated reasons. */
export async function closeReport(props: StaffProps & { report: ReportRow; reason: string }): Promise<void> {
  await lockOpen(props.tx, props.report);
  await setReportStatus(props.tx, props.report.id, { status: 'closed', closedReason: props.reason });
  await audit(props, 'public_report.close', props.report.id, { reason: props.reason });
}

/**
 * Hands a report the agency does not answer for to another active agency of the place's country:
 * the report moves with its conversation and pictures, the receiving agency finds it in its queue
 * with the reason (its triage staff are notified, by ids only), and this agency no longer sees it.
 * Audited for the sending agency; the move itself stays on record for both (public_report_routing).
 */
export async function rerouteReport(
  props: StaffProps & { report: ReportRow; agencyId: string; reason: string },
): Promise<void> {
  const { tx, report } = props;
  const holder = await lockOpen(tx, report);
  const receiver = await findAgency(tx, props.agencyId);
  if (
    !receiver?.active ||
    !triageAgencyTypes.includes(receiver.type as never) ||
    receiver.country !== report.country ||
    receiver.id === holder
  ) {
    throw new ValidationError([
      {
        code: 'agency_not_public_authority',
        field: 'agencyId',
        message: `is not another active public authority of ${report.country}`,
      },
    ]);
  }
  await audit(props, 'public_report.reroute', report.id, { toAgencyId: receiver.id });
  await moveReport(tx, report.id, receiver.id, props.reason);
}

/**
 * Turns a report into a victim case of the agency (an investigation is opened with
 * convertToInvestigation, the prosecution module's own), with the cases module's own command: the case's summary is the report's text, kept encrypted there too.
 */
export async function convertReport(
  props: StaffProps & {
    report: ReportRow;
    type: 'victim_case';
    personId: string;
    jurisdiction: PackCode;
  },
): Promise<string> {
  const { tx, keyring, report } = props;
  await lockOpen(tx, report);
  const summary = [
    `Public report ${report.tracking_code}`,
    open(keyring, 'what', report.what),
    open(keyring, 'place', report.place),
    open(keyring, 'happened', report.happened),
    open(keyring, 'who', report.who),
  ]
    .filter(Boolean)
    .join('\n\n')
    .slice(0, 10_000);
  const opened = await openCase({
    tx,
    actor: props.actor,
    keyring,
    requestId: props.requestId,
    jurisdiction: props.jurisdiction,
    open: { type: props.type, personId: props.personId, personRole: 'presumed_victim', summary },
  });
  await setReportStatus(tx, report.id, { status: 'converted', caseId: opened.id });
  await audit(props, 'public_report.convert', report.id, { caseId: opened.id, type: props.type });
  return opened.id;
}

/**
 * Turns a report into an investigation of the agency (the prosecution module's own command): the
 * investigation keeps the report's what, where and when and its tracking code, the report names
 * the investigation. The reporter's status page says only that the report was taken up.
 */
export async function convertToInvestigation(
  props: StaffProps & { report: ReportRow; investigation: OpenInvestigation; jurisdiction: PackCode },
): Promise<string> {
  const { tx, keyring, report } = props;
  await lockOpen(tx, report);
  const opened = await openInvestigationFromReport({
    ...props,
    report: {
      id: report.id,
      trackingCode: report.tracking_code,
      what: open(keyring, 'what', report.what) as string,
      where: open(keyring, 'place', report.place) as string,
      when: open(keyring, 'happened', report.happened),
      who: open(keyring, 'who', report.who),
      receivedAt: new Date(report.received_at),
    },
  });
  await setReportStatus(tx, report.id, { status: 'converted', investigationId: opened.id });
  await audit(props, 'public_report.convert', report.id, {
    investigationId: opened.id,
    type: 'investigation',
  });
  return opened.id;
}

export function notFoundForReporter(): NotFoundError {
  return new NotFoundError('public_report');
}
