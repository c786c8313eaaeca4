import { Alert, Anchor, Button, Card, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiProblem } from '../../api/client.ts';
import type { PersonMatch } from '../../api/types.ts';
import { fieldMessage, problemMessage, tellingFirst } from '../../app/forms.ts';
import { useFormat } from '../../app/session.tsx';
import { MatchFacts } from './MatchFacts.tsx';
import { NameReadingMarks, useNameText } from './NameWithReading.tsx';
import { firstLimit, maxLimit, type SearchField, searchFields } from './search-params.ts';

/** A refused search in the user's language: under the fields the API named, the rest above the results. */
export interface SearchProblems {
  fields: Partial<Record<SearchField, string>>;
  other?: string | undefined;
  /**
   * The field problems, for the status line's announcement; `other` is not repeated there, since
   * its alert is announced and shown by itself (a server problem is said once).
   */
  spoken: string;
  /** Refused by the page before asking (a field too long): the last answer is not shown under it. */
  typed?: true;
}

/**
 * Rules of the domain whose shared wording speaks of recording a person: a search says them its own
 * way (the year alone is typed under Year of birth, not "recorded").
 */
const searchWording: Readonly<Record<string, string>> = {
  date_day_or_month_zero: 'personSearch.birthDateDayOrMonthZero',
};

/** What the API refused in a search (`query.name` → the name field), translated by its code. */
export function useSearchProblems(error: unknown): SearchProblems {
  const { t } = useTranslation();
  if (!error) return { fields: {}, spoken: '' };
  const fields: SearchProblems['fields'] = {};
  let unplaced = !(error instanceof ApiProblem) || error.errors.length === 0;
  for (const problem of error instanceof ApiProblem ? tellingFirst(error.errors) : []) {
    const field = searchFields.find((name) => problem.field === `query.${name}`);
    if (!field) {
      unplaced = true;
      continue;
    }
    const ownWording = problem.code ? searchWording[problem.code] : undefined;
    fields[field] ??= ownWording ? t(ownWording) : fieldMessage(problem, t);
  }
  const other = unplaced ? problemMessage(error, t) : undefined;
  return { fields, other, spoken: Object.values(fields).join(' ') };
}

/** Where a person's page leads back to: this very search. */
export interface FromPersonSearch {
  personSearch: string;
}

/**
 * How the count of persons found reads: as many as asked means there may be more, so the count is
 * said to be the first ones (and at the API's most, how to bring the one looked for first), never
 * read by a screen reader as all there are.
 */
function foundText(count: number, limit: number): string {
  if (count < limit) return 'personSearch.found';
  return limit < maxLimit ? 'personSearch.foundFirst' : 'personSearch.foundMost';
}

/**
 * The state of a search and its persons, best first: what to type before searching, a refusal,
 * nobody found, or the persons with why they matched and a link to each one's page. The line
 * saying how many were found is a live region, so that a screen reader hears each answer.
 */
export function PersonSearchResults({
  matches,
  problems,
  askable,
  limit,
  onMore,
}: {
  matches: UseQueryResult<{ items: PersonMatch[] }>;
  problems: SearchProblems;
  askable: boolean;
  limit: number;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const nameText = useNameText();
  const format = useFormat();
  const location = useLocation();
  const refused = Boolean(matches.error) || problems.typed === true;
  const items = askable && !refused ? matches.data?.items : undefined;
  const loadingMore = matches.isPlaceholderData;
  // After "more", the keyboard goes on at the first person added.
  const list = useRef<HTMLDivElement>(null); // Mantine types the ordered list as a div.
  const focusFrom = useRef<number>(undefined);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === undefined || loadingMore || !items || items.length <= from) return;
    focusFrom.current = undefined;
    list.current?.querySelectorAll<HTMLAnchorElement>('a[data-person]')[from]?.focus();
  }, [items, loadingMore]);

  // A field too long is said even before anything could be asked (a first paste).
  const status = problems.typed
    ? problems.spoken
    : !askable
      ? t('personSearch.before')
      : refused
        ? problems.spoken
        : !items
          ? t('personSearch.searching')
          : items.length === 0
            ? t('personSearch.none')
            : t(foundText(items.length, limit), { count: format.number(items.length) });
  const found = items !== undefined && items.length > 0;
  // Fewer than asked means there are no more; the API gives at most maxLimit.
  const more = items !== undefined && items.length >= limit && limit < maxLimit;
  const allShown = found && items.length < limit && limit !== firstLimit;
  const from: FromPersonSearch = { personSearch: `/persons${location.search}` };
  return (
    <Stack gap="xs">
      <Text role="status" size="sm" c={found ? undefined : 'dimmed'}>
        {status}
      </Text>
      {askable && !items && !refused && <Loader size="sm" aria-hidden />}
      {problems.other && <Alert color="red">{problems.other}</Alert>}
      {found && (
        <Stack
          component="ol"
          ref={list}
          gap="xs"
          aria-label={t('personSearch.results')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {items.map((match) => {
            const first = match.nameReadings[0];
            return (
              <Card component="li" key={match.id} withBorder padding="sm">
                <div>
                  <Anchor component={Link} to={`/persons/${match.id}`} state={from} fw={600} data-person>
                    {first?.unicode ?? match.names[0]}
                  </Anchor>
                  {first && <NameReadingMarks reading={first} />}
                </div>
                {match.names.length > 1 && (
                  <Text size="xs">
                    {t('personSearch.alsoRecordedAs', {
                      names: match.nameReadings.slice(1).map(nameText).join(', '),
                    })}
                  </Text>
                )}
                <MatchFacts match={match} mergedText={t('personSearch.mergedInto')} />
              </Card>
            );
          })}
        </Stack>
      )}
      {more && (
        <Button
          variant="default"
          loading={loadingMore}
          onClick={() => {
            focusFrom.current = items.length;
            onMore();
          }}
        >
          {t('personSearch.more')}
        </Button>
      )}
      {allShown && (
        <Text size="xs" c="dimmed">
          {t('personSearch.allShown')}
        </Text>
      )}
    </Stack>
  );
}
