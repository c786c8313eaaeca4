import { decryptField, encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { openInvestigation } from './investigation.commands.ts';
import type { InvestigationRow } from './investigation.repo.ts';
import type { OpenInvestigation } from './investigation.schema.ts';
import { insertOrigin, type OriginRow } from './investigation-origin.repo.ts';
import { prosecutionFields } from './prosecution.fields.ts';
import { auditChange, type ProsecutionProps } from './prosecution-command.ts';

/** A report by the public as the public portal hands it over: its words in plain text. */
export interface ReportForInvestigation {
  readonly id: string;
  readonly trackingCode: string;
  readonly what: string;
  readonly where: string;
  readonly when: string | null;
  /** Who is involved, in the reporter's words. */
  readonly who: string | null;
  readonly receivedAt: Date;
}

/**
 * Opens an investigation of the actor's agency from a report by the public, with the same rules
 * as any other (an investigating agency, its own file number, offences of its pack), and keeps
 * what the reporter said happened, where, when and who was involved beside it (encrypted), with the report's
 * tracking code, so investigators read the report from the investigation.
 */
export async function openInvestigationFromReport(
  props: ProsecutionProps & { investigation: OpenInvestigation; report: ReportForInvestigation },
): Promise<InvestigationRow> {
  const { tx, actor, keyring, report } = props;
  const opened = await openInvestigation(props);
  await insertOrigin(tx, {
    investigationId: opened.id,
    agencyId: actor.agencyId,
    reportId: report.id,
    trackingCode: report.trackingCode,
    what: encryptField(keyring, prosecutionFields.reportWhat, report.what),
    place: encryptField(keyring, prosecutionFields.reportPlace, report.where),
    happened:
      report.when === null ? null : encryptField(keyring, prosecutionFields.reportHappened, report.when),
    who: report.who === null ? null : encryptField(keyring, prosecutionFields.reportWho, report.who),
    reportedAt: report.receivedAt,
    createdBy: actor.userId,
  });
  await auditChange(
    props,
    'investigation.from_public_report',
    { type: 'investigation', id: opened.id },
    { publicReportId: report.id },
  );
  return opened;
}

/** The report an investigation came from, decrypted, as the investigation shows it. */
export function presentOrigin(row: OriginRow, keyring: Keyring) {
  return {
    publicReportId: row.public_report_id,
    trackingCode: row.tracking_code,
    what: decryptField(keyring, prosecutionFields.reportWhat, row.what),
    where: decryptField(keyring, prosecutionFields.reportPlace, row.place),
    when:
      row.happened === null ? null : decryptField(keyring, prosecutionFields.reportHappened, row.happened),
    who: row.who === null ? null : decryptField(keyring, prosecutionFields.reportWho, row.who),
    reportedAt: new Date(row.reported_at).toISOString(),
  };
}
