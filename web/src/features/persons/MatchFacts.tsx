import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonMatch } from '../../api/types.ts';
import { useCountryName } from '../victim-path/labels.ts';
import { useBirthText } from './birth-text.ts';
import { matchReasonText } from './match-reason-text.ts';

/** Why a person matched a search, in the reader's language ("1 of 2 words of the name match, as written"). */
export function useMatchReasons() {
  const { t } = useTranslation();
  return (match: PersonMatch) =>
    (match.reasons ?? [])
      .map((reason) => {
        const { key, values } = matchReasonText(reason);
        return t(key, values);
      })
      .join(', ');
}

/**
 * What a search shows of a person found, below their name: sex, birth and nationality, the record
 * it was merged into (decision 0029), whether it was found through a record merged into it (0145)
 * and why it matched. `mergedText` says the link to the
 * merged-into record in the caller's words.
 */
export function MatchFacts({ match, mergedText }: { match: PersonMatch; mergedText: string }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const birthText = useBirthText();
  const reasons = useMatchReasons()(match);
  return (
    <>
      <Text size="xs" c="dimmed">
        {t(`person.sex.${match.sex}`)}
        {match.birth.precision !== 'unknown'
          ? ` · ${t('personSearch.born', { birth: birthText(match.birth) })}`
          : ''}
        {match.nationality ? ` · ${countryName(match.nationality)}` : ''}
      </Text>
      {match.mergedInto && (
        <Text size="xs">
          <Anchor component={Link} to={`/persons/${match.mergedInto}`} inherit>
            {mergedText}
          </Anchor>
        </Text>
      )}
      {match.foundThroughMerged && <Text size="xs">{t('personSearch.foundThroughMerged')}</Text>}
      {reasons && (
        <Text size="xs" c="dimmed">
          {t('openCase.matchedOn')}: {reasons}
        </Text>
      )}
    </>
  );
}
