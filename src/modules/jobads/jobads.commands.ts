import type { z } from 'zod';
import { recordAudit, recordRead } from '../../audit/audit.ts';
import { decryptField, encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { parseCsv } from '../../shared/csv.ts';
import { type FieldProblem, ValidationError } from '../../shared/errors.ts';
import type { InvestigationRow } from '../prosecution/index.ts';
import { jobadsLabels } from './jobads.labels.ts';
import { insertInvestigationAdvert, listInvestigationAdverts } from './jobads.repo.ts';
import {
  type advertScreeningSchema,
  looksBinary,
  maxAdvertLength,
  maxCsvRows,
  type SaveAdvert,
} from './jobads.schema.ts';
import { type ReaderLanguage, screenAdvert } from './screening/screen.ts';

/** One advert's screening as the API presents it: the risk with its label and advice. */
export function presentScreening(
  text: string,
  reader: ReaderLanguage,
): z.infer<typeof advertScreeningSchema> {
  const screening = screenAdvert(text, reader);
  return {
    ...screening,
    findings: [...screening.findings],
    riskLabel: jobadsLabels.risk[screening.risk][reader],
    advice: jobadsLabels.advice[screening.risk][reader],
  };
}

/**
 * A binary upload rather than a CSV: control characters in its first line (where the header is),
 * or in more than 1 % of it. A stray one in a row is that row's problem, not the file's.
 */
function looksBinaryFile(csv: string): boolean {
  const firstLine = csv.slice(0, Math.max(0, csv.search(/[\r\n]/u)) || csv.length);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  const controls = csv.match(/[\u0000-\u0008\u000b\u000e-\u001f]/gu)?.length ?? 0;
  return looksBinary(firstLine) || controls > csv.length / 100;
}

/** What is wrong with one advert's text, if anything (the same rules as the single screen). */
function textProblem(text: string): Pick<FieldProblem, 'code' | 'message'> | undefined {
  if (text.trim().length === 0) return { code: 'advert_empty', message: 'is empty' };
  if (text.length > maxAdvertLength)
    return { code: 'advert_too_long', message: `is longer than ${maxAdvertLength} characters` };
  if (looksBinary(text)) return { code: 'csv_not_text', message: 'is not text (binary content)' };
  return undefined;
}

/**
 * Screens the adverts of a CSV (header row with a `text` column, optional `reference`): each good
 * row is screened, each bad one reported with its row number (the header is row 1) and nothing
 * else stops. The file as a whole is refused when it cannot be read or has no `text` column. The
 * adverts are not stored; the audit log records who screened how many, and the outcome counts.
 */
export async function screenAdvertsInBulk(props: {
  tx: Tx;
  actor: Actor;
  requestId: string;
  csv: string;
  reader: ReaderLanguage;
}) {
  if (looksBinaryFile(props.csv))
    throw new ValidationError([
      { code: 'csv_not_text', field: 'csv', message: 'is not text (binary content)' },
    ]);
  const { rows, openQuoteAtRow } = parseCsv(props.csv);
  if (openQuoteAtRow !== undefined) {
    throw new ValidationError([
      {
        code: 'csv_quote_unclosed',
        field: 'csv',
        message: `has a quote opened on row ${openQuoteAtRow} and never closed`,
      },
    ]);
  }
  const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const textColumn = header.findIndex((name) => name === 'text' || name === 'advert');
  const referenceColumn = header.findIndex((name) => name === 'reference' || name === 'id');
  if (textColumn < 0) {
    throw new ValidationError([
      { code: 'csv_no_text_column', field: 'csv', message: 'has no "text" column in its header row' },
    ]);
  }
  const data = rows.slice(1);
  if (data.length > maxCsvRows) {
    throw new ValidationError([
      {
        code: 'csv_too_many_rows',
        field: 'csv',
        message: `has ${data.length} rows; at most ${maxCsvRows} at once`,
      },
    ]);
  }
  const screened: {
    row: number;
    reference: string | null;
    screening: z.infer<typeof advertScreeningSchema>;
  }[] = [];
  const problems: (FieldProblem & { row: number })[] = [];
  for (const [index, fields] of data.entries()) {
    const row = index + 2;
    if (fields.every((field) => field.trim() === '')) continue;
    const text = fields[textColumn] ?? '';
    const problem = textProblem(text);
    if (problem) {
      problems.push({ row, field: 'text', ...problem });
      continue;
    }
    const reference = referenceColumn >= 0 ? (fields[referenceColumn]?.trim().slice(0, 200) ?? null) : null;
    screened.push({ row, reference: reference || null, screening: presentScreening(text, props.reader) });
  }
  const count = (risk: string) => screened.filter((s) => s.screening.risk === risk).length;
  const summary = {
    rows: screened.length + problems.length,
    low: count('low'),
    medium: count('medium'),
    high: count('high'),
  };
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'job_advert.bulk_screen',
    requestId: props.requestId,
    detail: { ...summary, problems: problems.length },
  });
  return { screened, problems, summary };
}

const textContext = 'investigation_advert.advert_text';
const sourceContext = 'investigation_advert.source';

/**
 * Saves an advert to an investigation as evidence: screens it again (so the stored outcome is the
 * server's, with the rules' and model's versions), encrypts its text and source, and audits the
 * save with the risk and the flags (never the text).
 */
export async function saveAdvertToInvestigation(props: {
  tx: Tx;
  actor: Actor;
  keyring: Keyring;
  requestId: string;
  investigation: InvestigationRow;
  advert: SaveAdvert;
}) {
  const screening = screenAdvert(props.advert.text);
  const row = await insertInvestigationAdvert(props.tx, {
    investigation_id: props.investigation.id,
    agency_id: props.investigation.agency_id,
    advert_text: encryptField(props.keyring, textContext, props.advert.text),
    source: props.advert.source ? encryptField(props.keyring, sourceContext, props.advert.source) : null,
    language: screening.language,
    risk: screening.risk,
    score: screening.score,
    flags: screening.findings.map((finding) => finding.id),
    rules_version: screening.rulesVersion,
    model_version: screening.modelVersion,
    saved_by: props.actor.userId,
  });
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'investigation_advert.create',
    subject: { type: 'investigation_advert', id: row.id },
    requestId: props.requestId,
    detail: { investigationId: props.investigation.id, risk: row.risk, flags: row.flags },
  });
  return presentSavedAdvert(row, props.keyring);
}

/** The adverts saved to an investigation, decrypted; the read is audited. */
export async function readInvestigationAdverts(props: {
  tx: Tx;
  actor: Actor;
  keyring: Keyring;
  requestId: string;
  investigation: InvestigationRow;
}) {
  const rows = await listInvestigationAdverts(props.tx, props.investigation.id);
  await recordRead(props.tx, {
    actor: props.actor,
    subject: { type: 'investigation_advert', id: props.investigation.id },
    requestId: props.requestId,
    detail: { investigationId: props.investigation.id, adverts: rows.length },
  });
  return rows.map((row) => presentSavedAdvert(row, props.keyring));
}

function presentSavedAdvert(
  row: Awaited<ReturnType<typeof listInvestigationAdverts>>[number],
  keyring: Keyring,
) {
  return {
    id: row.id,
    investigationId: row.investigation_id,
    text: decryptField(keyring, textContext, row.advert_text),
    source: row.source === null ? null : decryptField(keyring, sourceContext, row.source),
    language: row.language,
    risk: row.risk,
    score: Number(row.score),
    flags: row.flags,
    rulesVersion: row.rules_version,
    modelVersion: row.model_version,
    savedBy: row.saved_by,
    savedAt: new Date(row.created_at).toISOString(),
  };
}
