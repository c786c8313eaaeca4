import { Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameReading } from '../../api/types.ts';

/**
 * A name as a page shows it (decision 0083): a Burmese name recorded in Zawgyi in its Unicode form,
 * marked as converted (Zawgyi text in a Unicode font is garbled; the record keeps what was given),
 * and the Latin reading of a name in another script beside it, the spelling the search finds it by.
 */
export function NameWithReading({ reading }: { reading: NameReading }) {
  return (
    <span data-name-reading>
      <span data-name-shown>{reading.unicode ?? reading.name}</span>
      <NameReadingMarks reading={reading} />
    </span>
  );
}

/** What is said beside a name shown: converted from Zawgyi, and its Latin reading. */
export function NameReadingMarks({ reading }: { reading: NameReading }) {
  const { t } = useTranslation();
  return (
    <>
      {reading.unicode && (
        <Text span size="xs" c="dimmed" title={t('nameReading.fromZawgyiHint')} data-from-zawgyi>
          {' '}
          ({t('nameReading.fromZawgyi')})
        </Text>
      )}
      {reading.latin && (
        <Text span size="xs" c="dimmed" data-latin-reading>
          {' '}
          ({t('nameReading.latin', { reading: reading.latin })})
        </Text>
      )}
    </>
  );
}

/** Several names, each with its readings, between separators. */
export function NamesWithReadings({
  readings,
  separator,
}: {
  readings: readonly NameReading[];
  separator: string;
}) {
  return readings.map((reading, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a person's names are listed in their recorded order and may repeat.
    <Fragment key={index}>
      {index > 0 && separator}
      <NameWithReading reading={reading} />
    </Fragment>
  ));
}

/** The same as plain text, for a name inside a sentence ("Also recorded as …"). */
export function useNameText(): (reading: NameReading) => string {
  const { t } = useTranslation();
  return (reading) =>
    [
      reading.unicode ?? reading.name,
      reading.unicode ? ` (${t('nameReading.fromZawgyi')})` : '',
      reading.latin ? ` (${t('nameReading.latin', { reading: reading.latin })})` : '',
    ].join('');
}
