import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { identificationDecisionValueSchema } from '../src/modules/screening/identification-decision.schema.ts';
import type { ScreeningOutcome } from '../src/modules/screening/index.ts';
import { caseEventKinds } from '../src/shared/case-event-kinds.ts';
import { timelineKindKey, timelineOutcomeKey } from '../web/src/features/cases/timeline-labels.ts';

/*
 * Every kind of event the server writes on a case's timeline (caseEventKinds) has a label in
 * every language of the web app, rather than the generic "Change to the case"; and a screening's
 * outcome and an identification decision read in words too.
 */
const localesDir = fileURLToPath(new URL('../web/src/i18n/locales/', import.meta.url));
const locales = ['en', 'ms', 'id', 'vi'] as const;

/** Whether a language's catalogue and its feature files (e.g. vi.timeline.json) name a key. */
function catalogueOf(locale: string): (key: string) => boolean {
  const trees = readdirSync(localesDir)
    .filter((file) => file === `${locale}.json` || (file.startsWith(`${locale}.`) && file.endsWith('.json')))
    .map((file) => JSON.parse(readFileSync(`${localesDir}${file}`, 'utf8')) as Record<string, unknown>);
  return (key) =>
    trees.some((tree) => {
      const text = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
      return typeof text === 'string' && text.trim() !== '';
    });
}

const outcomes: ScreeningOutcome[] = ['presumed_victim', 'not_presumed'];

describe('the case timeline’s labels', () => {
  for (const locale of locales) {
    const has = catalogueOf(locale);

    it(`should label every kind of event the server writes, in ${locale}`, () => {
      assert.deepEqual(
        caseEventKinds.filter((kind) => !has(timelineKindKey(kind))),
        [],
      );
    });

    it(`should say how a screening and an identification decision came out, in ${locale}`, () => {
      const keys = [
        ...outcomes.map((outcome) =>
          timelineOutcomeKey({ kind: 'screening.completed', detail: { outcome } }),
        ),
        ...identificationDecisionValueSchema.options.map((decision) =>
          timelineOutcomeKey({ kind: 'identification_decision.recorded', detail: { decision } }),
        ),
      ];
      assert.deepEqual(
        keys.filter((key) => key === null || !has(key)),
        [],
      );
    });
  }

  it('should name no outcome for other events', () => {
    assert.equal(timelineOutcomeKey({ kind: 'case.opened', detail: {} }), null);
  });
});
