/**
 * Every column that holds values encrypted with `encryptField`, so that a key rotation can
 * re-encrypt them all. A module that adds an encrypted column adds it here. The context is
 * `<table>.<column>`, the same string the module passes to `encryptField`.
 */
export interface EncryptedColumn {
  readonly table: string;
  readonly column: string;
  readonly primaryKey: string;
  /** A column holding `blindIndex(context, normalized plaintext)`, recomputed on rotation. */
  readonly blindIndex?: { readonly column: string; readonly normalize: (plaintext: string) => string };
}

/**
 * Identity document numbers compare without case, spaces or punctuation, in whichever digits they
 * were typed: "A 1234-567" = "a1234567", full-width "Ａ１２３" = "A123", Thai "๑๒๓" = "123". Letters
 * of other scripts (a Myanmar NRC's township) are kept, so that two numbers differing only there
 * do not compare equal.
 */
export function normalizeDocumentNumber(number: string): string {
  return Array.from(number.normalize('NFKC').toUpperCase(), asciiDigit)
    .join('')
    .replace(/[^\p{L}\p{M}0-9]/gu, '');
}

const decimalDigit = /\p{Nd}/u;

/**
 * A decimal digit of any script as 0–9: Unicode encodes each script's digits as a run from zero to
 * nine in order, so a digit's value is its distance from the start of its run.
 */
function asciiDigit(character: string): string {
  if (!decimalDigit.test(character)) return character;
  const codePoint = character.codePointAt(0) as number;
  let zero = codePoint;
  while (decimalDigit.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String((codePoint - zero) % 10);
}

export const encryptedColumns: readonly EncryptedColumn[] = [
  { table: 'app_user', column: 'totp_secret', primaryKey: 'id' },
  { table: 'person', column: 'contact', primaryKey: 'id' },
  { table: 'person', column: 'address', primaryKey: 'id' },
  { table: 'case_file', column: 'summary', primaryKey: 'id' },
  { table: 'case_note', column: 'body', primaryKey: 'id' },
  { table: 'case_attachment', column: 'file_name', primaryKey: 'id' },
  { table: 'action_plan_report_evidence', column: 'file_name', primaryKey: 'id' },
  {
    table: 'identity_document',
    column: 'number',
    primaryKey: 'id',
    blindIndex: { column: 'number_index', normalize: normalizeDocumentNumber },
  },
  { table: 'screening', column: 'observations', primaryKey: 'id' },
  { table: 'identification_decision', column: 'basis', primaryKey: 'id' },
  { table: 'needs_assessment', column: 'notes', primaryKey: 'id' },
  { table: 'care_plan', column: 'goals', primaryKey: 'id' },
  { table: 'service_delivery', column: 'description', primaryKey: 'id' },
  { table: 'approval_request', column: 'sealed_change', primaryKey: 'id' },
  { table: 'shelter', column: 'address', primaryKey: 'id' },
  { table: 'health_screening', column: 'findings', primaryKey: 'id' },
  { table: 'repatriation', column: 'travel_documents', primaryKey: 'id' },
  { table: 'repatriation', column: 'escort', primaryKey: 'id' },
  { table: 'repatriation', column: 'route', primaryKey: 'id' },
  { table: 'repatriation', column: 'cancel_reason', primaryKey: 'id' },
  { table: 'reintegration_plan', column: 'goals', primaryKey: 'id' },
  { table: 'reintegration_plan', column: 'closure_note', primaryKey: 'id' },
  { table: 'reintegration_follow_up', column: 'notes', primaryKey: 'id' },
  { table: 'arrest', column: 'place', primaryKey: 'id' },
  { table: 'protection_order', column: 'revocation_reason', primaryKey: 'id' },
  { table: 'public_report', column: 'what', primaryKey: 'id' },
  { table: 'public_report', column: 'place', primaryKey: 'id' },
  { table: 'public_report', column: 'happened', primaryKey: 'id' },
  { table: 'public_report', column: 'who', primaryKey: 'id' },
  { table: 'public_report', column: 'contact', primaryKey: 'id' },
  { table: 'public_report_message', column: 'body', primaryKey: 'id' },
  { table: 'public_report_attachment', column: 'content', primaryKey: 'id' },
  { table: 'case_progress_summary', column: 'stage', primaryKey: 'case_id' },
  { table: 'case_progress_summary', column: 'next_step', primaryKey: 'case_id' },
  { table: 'case_progress_summary', column: 'contact_point', primaryKey: 'case_id' },
  { table: 'investigation_advert', column: 'advert_text', primaryKey: 'id' },
  { table: 'investigation_public_report', column: 'what', primaryKey: 'investigation_id' },
  { table: 'investigation_public_report', column: 'place', primaryKey: 'investigation_id' },
  { table: 'investigation_public_report', column: 'happened', primaryKey: 'investigation_id' },
  { table: 'investigation_public_report', column: 'who', primaryKey: 'investigation_id' },
  { table: 'investigation_advert', column: 'source', primaryKey: 'id' },
];

export function contextOf(column: EncryptedColumn): string {
  return `${column.table}.${column.column}`;
}
