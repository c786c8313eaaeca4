import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createInstance } from 'i18next';
import { fieldRuleCodes } from '../src/shared/field-rules.ts';
import { ApiProblem } from '../web/src/api/client.ts';
import { fieldMessage, problemMessage } from '../web/src/app/forms.ts';

/*
 * Every problem code the server can answer has a message in the web app, so the user reads the
 * rule they ran into in their own language instead of the API's English `detail`. The codes are
 * found in the server's source, where its typed errors are thrown; `<record>_not_found` codes
 * share one message (`problems.not_found`, see web/src/app/forms.ts). test/web-i18n.test.ts checks
 * that ms, id and vi have every English key.
 */
const root = fileURLToPath(new URL('../', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.') ? [full] : [];
  });
}

/** Where the server gives a problem its code: typed errors, 4xx `AppError`s, and known unique constraints. */
const throwSites = [
  /new (?:RuleViolationError|ConflictError|ForbiddenError|UnauthenticatedError|TooManyRequestsError)\(\s*'([a-z_]+)'/g,
  /(?:super|new AppError)\(\s*'([a-z_]+)',\s*4\d\d/g,
  /code: '([a-z_]+)',\s*field(?::\s*[^,{}]+)?,\s*message:/g,
];

function serverCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const site of throwSites) {
      for (const match of text.matchAll(site)) codes.set(match[1] as string, path.relative(root, file));
    }
  }
  return codes;
}

function englishProblems(): Set<string> {
  const folder = path.join(root, 'web/src/i18n/locales');
  const keys = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => /^en(\.[a-z0-9-]+)?\.json$/.test(name))) {
    const problems = (JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as { problems?: object })
      .problems;
    for (const [key, value] of Object.entries(problems ?? {})) if (typeof value === 'string') keys.add(key);
  }
  return keys;
}

describe('the problems the server can answer', () => {
  it('should find the codes where the server throws them', () => {
    const codes = serverCodes();
    for (const code of [
      'consent_not_in_force',
      'care_plan_changed',
      'email_taken',
      'screening_changed',
      // Rules of the domain on one field (problem+json `errors`), with a code since issue 6's gaps.
      'person_not_recorded',
      'consent_not_of_case_person',
      'decision_before_screening',
      'bed_not_of_shelter',
      'date_in_future',
    ]) {
      assert.ok(codes.has(code), `${code} is not found: the search no longer matches how errors are thrown`);
    }
  });

  it('should have a message in the web app for every code', () => {
    const translated = englishProblems();
    assert.ok(translated.has('not_found'));
    const missing = [...serverCodes()]
      .filter(([code]) => !translated.has(code) && !code.endsWith('_not_found'))
      .map(([code, file]) => `${code} (${file})`);
    assert.deepEqual(missing, []);
  });
});

/**
 * A field problem written as an object literal without a `code` (`{ field: 'x', message: '…' }`):
 * the web app could only show its English message. Files where the message is a schema library's
 * own (an uploaded instrument or HTCDS document, the command line) are not rules of the domain.
 */
const uncodedFieldProblem =
  /\{\s*(?:row,\s*)?field(?::\s*(?:`[^`]*`|'[^']*'|[^,{}]+?))?,\s*message\b(?:`[^`]*`|[^{}`])*\}/gs;
const schemaMessageFiles = ['instrument.validation.ts', 'htcds-schema.ts'];

describe("the domain's rules on one field", () => {
  it('should have an English message for every field rule code', () => {
    const translated = englishProblems();
    assert.deepEqual(
      fieldRuleCodes.filter((code) => !translated.has(code)),
      [],
    );
  });

  it('should give every field problem of the server a code', () => {
    const uncoded = sourceFiles(path.join(root, 'src'))
      .filter((file) => !schemaMessageFiles.includes(path.basename(file)))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return [...text.matchAll(uncodedFieldProblem)]
          .filter((match) => !match[0].includes('code:'))
          .map((match) => `${path.relative(root, file)}: ${match[0].replace(/\s+/g, ' ')}`);
      });
    assert.deepEqual(uncoded, []);
  });

  it('should use every code of the list somewhere in the server', () => {
    const source = sourceFiles(path.join(root, 'src'))
      .filter((file) => !file.endsWith('field-rules.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    assert.deepEqual(
      fieldRuleCodes.filter((code) => !source.includes(`'${code}'`)),
      [],
    );
  });
});

describe("a rule's problem in the user's language", () => {
  const catalogue = (file: string) =>
    JSON.parse(readFileSync(path.join(root, `web/src/i18n/locales/${file}.json`), 'utf8'));

  it('should say a rule by its code in Malay rather than the English detail, any record not found alike, and an unknown code generically', async () => {
    const instance = createInstance();
    await instance.init({
      lng: 'ms',
      resources: { ms: { translation: catalogue('ms') } },
      interpolation: { escapeValue: false },
    });
    instance.addResourceBundle('ms', 'translation', catalogue('ms.admin'), true, false);
    const rule = new ApiProblem(422, {
      code: 'consent_not_in_force',
      detail: "The person's consent is withdrawn: the referral can only be declined.",
    });
    assert.equal(problemMessage(rule, instance.t), catalogue('ms.admin').problems.consent_not_in_force);
    const missing = new ApiProblem(404, { code: 'shelter_not_found', detail: 'The shelter was not found.' });
    assert.equal(problemMessage(missing, instance.t), catalogue('ms.admin').problems.not_found);
    const unknown = new ApiProblem(422, { code: 'a_code_from_a_newer_server', detail: 'In English.' });
    assert.equal(
      problemMessage(unknown, instance.t),
      catalogue('ms').problems.unknown,
      'never the English detail',
    );
    instance.addResourceBundle('ms', 'translation', catalogue('ms.request-limits'), true, false);
    const tooLong = new ApiProblem(431, {
      code: 'headers_too_large',
      detail: 'The URL and headers together are longer than the server takes (16 KB): send a shorter query.',
    });
    assert.equal(
      problemMessage(tooLong, instance.t),
      catalogue('ms.request-limits').problems.headers_too_large,
    );
  });

  it("should say a domain rule's field problem by its code in Malay, and an uncoded one behind the prefix", async () => {
    const instance = createInstance();
    await instance.init({
      lng: 'ms',
      resources: { ms: { translation: catalogue('ms') } },
      interpolation: { escapeValue: false },
    });
    instance.addResourceBundle('ms', 'translation', catalogue('ms.fieldrules'), true, false);
    const rule = { code: 'date_in_future', field: 'screenedOn', message: 'is in the future' };
    assert.equal(fieldMessage(rule, instance.t), catalogue('ms.fieldrules').problems.date_in_future);
    const uncoded = { field: 'capacity', message: 'breaks a rule that has no code yet' };
    assert.equal(
      fieldMessage(uncoded, instance.t),
      instance.t('problems.field', { message: 'breaks a rule that has no code yet' }),
    );
  });
});
