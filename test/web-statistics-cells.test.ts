import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import i18next from 'i18next';
import { cellCsv, cellText, periodTooLong } from '../web/src/features/statistics/format.ts';
import enStatistics from '../web/src/i18n/locales/en.statistics.json' with { type: 'json' };
import idStatistics from '../web/src/i18n/locales/id.statistics.json' with { type: 'json' };
import msStatistics from '../web/src/i18n/locales/ms.statistics.json' with { type: 'json' };
import viStatistics from '../web/src/i18n/locales/vi.statistics.json' with { type: 'json' };

const catalogues = { en: enStatistics, ms: msStatistics, id: idStatistics, vi: viStatistics } as const;

async function translator(locale: keyof typeof catalogues) {
  const instance = i18next.createInstance();
  await instance.init({ lng: locale, resources: {}, interpolation: { escapeValue: false } });
  instance.addResourceBundle(locale, 'translation', catalogues[locale], true, false);
  return instance.t;
}

describe('hidden cells on the statistics page', () => {
  const hidden = { value: null, suppressed: true };
  const number = (value: number) => String(value);

  for (const locale of ['en', 'ms', 'id', 'vi'] as const) {
    it(`should say in ${locale} that a hidden cell may be small or hidden to protect a small one, never which`, async () => {
      const t = await translator(locale);
      const label = catalogues[locale].statistics.suppressed.replace('{{threshold}}', '5');
      assert.equal(cellText(hidden, 5, number, t), label);
      assert.equal(cellCsv(hidden, 5, t), label);
      // A CSV cell without a comma or quote needs no quoting: the download stays one column per figure.
      assert.doesNotMatch(label, /[,"]/);
      assert.equal(cellText({ value: 1234, suppressed: false }, 5, number, t), '1234');
    });
  }

  it('should know the longest period the server allows', () => {
    assert.equal(periodTooLong('2006-01-01', '2025-12-31'), false);
    assert.equal(periodTooLong('2006-01-01', '2026-01-01'), true);
  });
});
