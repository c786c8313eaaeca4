import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { it } from 'node:test';

/**
 * A string trimmed and then bounded below by hand says a value of spaces as "too small" or "at least
 * n characters" (and lets the object's own checks run on it) where `trimmedText` says it once as
 * blank. These are the trimmed strings that are no text a person writes, each with why it stays.
 */
const notTyped: Record<string, string> = {
  'src/jurisdictions/pack.ts en':
    "a jurisdiction pack's label, written in the repository, checked by its tests",
  'src/jurisdictions/pack.ts ms':
    "a jurisdiction pack's label, written in the repository, checked by its tests",
  'src/jurisdictions/pack.ts id':
    "a jurisdiction pack's label, written in the repository, checked by its tests",
  'src/jurisdictions/pack.ts vi':
    "a jurisdiction pack's label, written in the repository, checked by its tests",
  'src/modules/screening/instrument.schema.ts text':
    "a shipped screening instrument's question, written in the repository (decision 0005)",
  'src/modules/auth/auth.schema.ts recoveryCode': 'a recovery code the platform issued',
  'src/modules/audit-log/audit-log.schema.ts subjectId': "a record's id, to filter the audit log",
  'src/modules/public-portal/public-report.schema.ts trackingCode':
    "a report's tracking code, issued by the portal",
  'src/modules/public-portal/public-report.schema.ts secret': "a report's secret, issued by the portal",
  'src/modules/public-portal/case-progress.ts caseReference': "a case's reference, given to the family",
  'src/modules/public-portal/case-progress.ts secret': 'a progress code issued by a case worker',
};

/** `z.string().trim().min(`, written on one line or across several. */
const trimmedThenBounded = /z\s*\.string\(\)\s*\.trim\(\)\s*\.min\(/g;

/** Each such string in a source file, by the field or constant it is given to (`reason:`, `text =`). */
function trimmedStrings(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(trimmedThenBounded)].map((match) => {
    const name = source.slice(0, match.index).match(/(\w+)\s*[:=][^:=]*$/)?.[1] ?? '(unnamed)';
    return `${file} ${name}`;
  });
}

it('should bound every text a person types with trimmedText, so that spaces alone are said once as blank', () => {
  const found = globSync('src/**/*.ts')
    .filter((file) => !file.endsWith('.test.ts'))
    .flatMap(trimmedStrings);
  assert.deepEqual(found.filter((use) => !(use in notTyped)).sort(), []);
  // An exception that no longer exists is taken off the list.
  assert.deepEqual(
    Object.keys(notTyped).filter((use) => !found.includes(use)),
    [],
  );
});
