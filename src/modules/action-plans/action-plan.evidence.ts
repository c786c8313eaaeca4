import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/audit.ts';
import { decryptField, encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import {
  cleanFileName,
  loadAttachment,
  sha256Of,
  sniffMediaType,
  storeAttachment,
} from '../attachments/index.ts';
import type { ReportRow } from './action-plan.repo.ts';

/*
 * Evidence on a progress report: files kept by the attachments module's store (encrypted, checked
 * by SHA-256 on every download) under rows of `action_plan_report_evidence` (migration 0085).
 */

export const evidenceNameContext = 'action_plan_report_evidence.file_name';

export interface EvidenceRow {
  id: string;
  report_id: string;
  agency_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  created_at: Date;
}

interface EvidenceProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly attachmentsDir: string;
  readonly requestId: string;
}

const columns =
  'id, report_id, agency_id, file_name, media_type, size_bytes, sha256, uploaded_by, created_at';

export function listEvidence(tx: Tx, reportId: string): Promise<EvidenceRow[]> {
  return tx.query<EvidenceRow>(
    `select ${columns} from action_plan_report_evidence where report_id = $1 order by created_at, id`,
    [reportId],
  );
}

export async function requireEvidence(tx: Tx, id: string): Promise<EvidenceRow> {
  const [row] = await tx.query<EvidenceRow>(
    `select ${columns} from action_plan_report_evidence where id = $1`,
    [id],
  );
  if (!row) throw new NotFoundError('evidence');
  return row;
}

/** The file name as uploaded, decrypted for the people who may read the report. */
export const evidenceFileName = (keyring: Keyring, row: EvidenceRow) =>
  decryptField(keyring, evidenceNameContext, row.file_name);

/**
 * Attaches a file as evidence to the agency's own report while it is a draft or returned (a
 * submitted report is what the coordinator reviews, so it no longer changes). The file's type is
 * found from its content; the file is stored before its row, so a committed row has its file.
 */
export async function addEvidence(
  props: EvidenceProps & { report: ReportRow; fileName: string; content: Buffer },
): Promise<EvidenceRow> {
  const { tx, actor, keyring, report, content } = props;
  if (report.state !== 'draft' && report.state !== 'returned') {
    throw new ConflictError(
      'report_not_editable',
      'Evidence can be added while the report is a draft or returned for changes.',
    );
  }
  if (content.length === 0)
    throw new ValidationError([{ code: 'file_empty', field: 'file', message: 'is empty' }]);
  const mediaType = await sniffMediaType(content);
  const id = randomUUID();
  await storeAttachment(props.attachmentsDir, keyring, { agencyId: actor.agencyId, id, content });
  const [row] = await tx.query<EvidenceRow>(
    `insert into action_plan_report_evidence
       (id, report_id, agency_id, file_name, media_type, size_bytes, sha256, uploaded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${columns}`,
    [
      id,
      report.id,
      actor.agencyId,
      encryptField(keyring, evidenceNameContext, cleanFileName(props.fileName)),
      mediaType,
      content.length,
      sha256Of(content),
      actor.userId,
    ],
  );
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'action_plan.add_evidence',
    subject: { type: 'action_plan_report_evidence', id },
    requestId: props.requestId,
    detail: { reportId: report.id, mediaType, sizeBytes: content.length },
  });
  return row as EvidenceRow;
}

/** Reads an evidence file for download, checked against its hash; the download is audited. */
export async function downloadEvidence(
  props: EvidenceProps & { row: EvidenceRow },
): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
  const { tx, actor, keyring, row } = props;
  const content = await loadAttachment(props.attachmentsDir, keyring, {
    agencyId: row.agency_id,
    id: row.id,
    sha256: row.sha256,
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'action_plan.download_evidence',
    subject: { type: 'action_plan_report_evidence', id: row.id },
    requestId: props.requestId,
    detail: { reportId: row.report_id },
  });
  return { fileName: evidenceFileName(keyring, row), mediaType: row.media_type, content };
}
