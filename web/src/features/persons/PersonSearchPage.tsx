import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/page-title.ts';
import { CountrySelect } from '../../components/CountrySelect.tsx';
import { PersonSearchResults, useSearchProblems } from './PersonSearchResults.tsx';
import {
  birthDateProblemShown,
  birthDateTyped,
  emptySearch,
  fieldsTooLong,
  inputMaxLength,
  isAskable,
  limitFromParams,
  nextLimit,
  type PersonSearch,
  paramsOfSearch,
  type SearchField,
  searchFromParams,
  searchMaxLengths,
  typingPause,
} from './search-params.ts';
import { usePersonMatches } from './use-person-matches.ts';

/** Whether a search goes to the API: nothing the page itself refuses (too long, no such day). */
function sendable(search: PersonSearch): boolean {
  return fieldsTooLong(search).length === 0 && birthDateTyped(search.birthDate) === undefined;
}

/**
 * Persons: search the agency's persons as you type (issue 8), by any form of a name, a document
 * number, a date or year of birth and a nationality. The search lives in the address once typing
 * pauses (replaced, not pushed: the back button leaves the page rather than replaying keystrokes),
 * so that reloading, sharing the address and coming back from a person's page show it again.
 */
export default function PersonSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('personSearch.title'));
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState<PersonSearch>(() => searchFromParams(params));
  const [paused] = useDebouncedValue(typed, typingPause);
  // The date of birth as it was when the search was last sent by hand (Enter, the button).
  const [submittedDate, setSubmittedDate] = useState<string>();
  const asked = paramsOfSearch(searchFromParams(params)).toString();
  // The address this page last wrote: any other change of it (a link, back, forward) is a search
  // of its own, put into the fields.
  const written = useRef(asked);
  const write = (search: PersonSearch, limit?: number) => {
    const next = paramsOfSearch(search, limit);
    const nextSearch = paramsOfSearch(search).toString();
    written.current = nextSearch;
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a pause in typing writes the address
  useEffect(() => {
    if (sendable(paused) && paramsOfSearch(paused).toString() !== asked) write(paused);
  }, [paused]);
  useEffect(() => {
    if (asked !== written.current) {
      written.current = asked;
      setTyped(searchFromParams(new URLSearchParams(asked)));
    }
  }, [asked]);

  const matches = usePersonMatches(params);
  const askedProblems = useSearchProblems(matches.error);
  // A field longer than the API takes (decision 0145), or a date of birth the calendar lacks, is
  // said under it, and nothing is sent.
  const typedText: Partial<Record<SearchField, string>> = Object.fromEntries(
    fieldsTooLong(typed).map((name) => [
      name,
      t('personSearch.tooLong', { max: searchMaxLengths[name], length: typed[name].trim().length }),
    ]),
  );
  const birthDateProblem = birthDateProblemShown(typed.birthDate, paused.birthDate, submittedDate);
  if (birthDateProblem)
    typedText.birthDate ??= t(`personSearch.${birthDateProblem}`, { format: t('birthDate.placeholder') });
  const problems =
    Object.keys(typedText).length > 0
      ? { fields: typedText, spoken: Object.values(typedText).join(' '), typed: true as const }
      : askedProblems;
  const set = (field: SearchField) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setTyped((search) => ({ ...search, [field]: value }));
  };
  const searchNow = (event: FormEvent) => {
    event.preventDefault();
    setSubmittedDate(typed.birthDate);
    if (sendable(typed)) write(typed);
  };
  const clear = () => {
    setTyped(emptySearch);
    write(emptySearch);
  };
  const field = (name: SearchField, extra: { help?: string; placeholder?: string } = {}) => (
    <TextInput
      label={t(`personSearch.${name}`)}
      description={extra.help}
      placeholder={extra.placeholder}
      maxLength={inputMaxLength(name)}
      value={typed[name]}
      onChange={set(name)}
      error={problems.fields[name]}
      autoComplete="off"
    />
  );

  return (
    <Stack>
      <Title order={1}>{t('personSearch.title')}</Title>
      <Text size="sm">{t('personSearch.intro')}</Text>
      <Card
        withBorder
        component="form"
        role="search"
        aria-label={t('personSearch.form')}
        onSubmit={searchNow}
      >
        <Stack>
          {field('name', { help: t('personSearch.nameHelp') })}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {field('documentNumber', { help: t('personSearch.documentNumberHelp') })}
            {field('birthDate', {
              help: t('personSearch.birthDateHelp'),
              placeholder: t('birthDate.placeholder'),
            })}
            {field('birthYear', { help: t('personSearch.birthYearHelp') })}
            <CountrySelect
              label={t('personSearch.nationality')}
              description={t('personSearch.nationalityHelp')}
              value={typed.nationality || null}
              onChange={(code) => setTyped((search) => ({ ...search, nationality: code ?? '' }))}
              error={problems.fields.nationality}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit">{t('openCase.search')}</Button>
            <Button variant="default" onClick={clear}>
              {t('personSearch.clear')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <PersonSearchResults
        matches={matches}
        problems={problems}
        askable={isAskable(searchFromParams(params))}
        limit={limitFromParams(params)}
        onMore={() => write(searchFromParams(params), nextLimit(limitFromParams(params)))}
      />
    </Stack>
  );
}
