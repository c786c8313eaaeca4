import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import i18next from 'i18next';
import { cellCsv, cellText, periodTooLong } from '../web/src/features/statistics/format.ts';
import enStatistics from '../web/src/i18n/locales/en.statistics.json' with { type: 'json' };
import enGaps from '../web/src/i18n/locales/en.statsgaps.json' with { type: 'json' };
import idStatistics from '../web/src/i18n/locales/id.statistics.json' with { type: 'json' };
import idGaps from '../web/src/i18n/locales/id.statsgaps.json' with { type: 'json' };
import msStatistics from '../web/src/i18n/locales/ms.statistics.json' with { type: 'json' };
import msGaps from '../web/src/i18n/locales/ms.statsgaps.json' with { type: 'json' };
import viStatistics from '../web/src/i18n/locales/vi.statistics.json' with { type: 'json' };
import viGaps from '../web/src/i18n/locales/vi.statsgaps.json' with { type: 'json' };

const catalogues = {
  en: [enStatistics, enGaps],
  ms: [msStatistics, msGaps],
  id: [idStatistics, idGaps],
  vi: [viStatistics, viGaps],
} as const;

async function translator(locale: keyof typeof catalogues) {
  const instance = i18next.createInstance();
  await instance.init({ lng: locale, resources: {}, interpolation: { escapeValue: false } });
  // As web/src/i18n/statistics-locales.ts and statsgaps-locales.ts merge them (deep, not overwriting).
  for (const texts of catalogues[locale])
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  return instance.t;
}

describe('hidden cells on the statistics page', () => {
  const small = { value: null, suppressed: true };
  const protecting = { value: null, suppressed: true, complementary: true } as const;
  const number = (value: number) => String(value);

  for (const locale of ['en', 'ms', 'id', 'vi'] as const) {
    it(`should say in ${locale} that a cell hidden to protect another is not a small number`, async () => {
      const t = await translator(locale);
      const [statistics, gaps] = catalogues[locale];
      const fewer = statistics.statistics.suppressed.replace('{{threshold}}', '5');
      assert.equal(cellText(small, 5, number, t), fewer);
      assert.equal(cellText(protecting, 5, number, t), gaps.statistics.hiddenToProtect);
      assert.notEqual(cellText(protecting, 5, number, t), fewer);
      assert.equal(cellCsv(protecting, 5, t), gaps.statistics.hiddenToProtect);
      assert.equal(cellCsv(small, 5, t), fewer);
      assert.equal(cellText({ value: 1234, suppressed: false }, 5, number, t), '1234');
    });
  }

  it('should know the longest period the server allows', () => {
    assert.equal(periodTooLong('2006-01-01', '2025-12-31'), false);
    assert.equal(periodTooLong('2006-01-01', '2026-01-01'), true);
  });
});
