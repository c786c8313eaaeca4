import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, query } from '../../api/client.ts';
import type { Person, PersonMatch } from '../../api/types.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { CountryField } from '../../components/CountrySelect.tsx';
import { birthDateParam } from './birth-date.ts';
import { MatchFacts } from './MatchFacts.tsx';
import { NamesWithReadings } from './NameWithReading.tsx';
import { SexAndNationalityFields, type SexAndNationalityValues } from './PersonFields.tsx';

/** The person chosen or recorded, as the next step names them. */
export interface Chosen {
  id: string;
  name: string;
}

interface SearchValues {
  name: string;
  documentNumber: string;
  birthDate: string;
  birthYear: string;
  nationality: string;
}

/** The search a set of form values asks, trimmed: what results are shown for. */
function searchOf(values: SearchValues) {
  return {
    name: values.name.trim(),
    documentNumber: values.documentNumber.trim(),
    birthDate: values.birthDate.trim() && birthDateParam(values.birthDate),
    birthYear: values.birthYear.trim(),
    nationality: values.nationality,
  };
}

/**
 * Look for the person first, so that nobody is recorded twice: the persons found, with why they
 * matched, and only then the way to record a new one (`onNew`, with the name typed). Opening a
 * case and the screening wizard both start here; `chooseText` names the choosing button.
 */
export function FindPerson({
  onChosen,
  onNew,
  chooseText,
}: {
  onChosen: (person: Chosen) => void;
  onNew: (name: string) => void;
  chooseText?: string;
}) {
  const { t } = useTranslation();
  // The results with the search they answer: shown only while the form still asks that search,
  // so that a changed or refused search never leaves another search's persons to choose from.
  const [found, setFound] = useState<{ items: PersonMatch[]; search: string }>();
  const form = useForm<SearchValues>({
    defaultValues: { name: '', documentNumber: '', birthDate: '', birthYear: '', nationality: '' },
  });
  const current = JSON.stringify(searchOf(form.watch()));
  const matches = found?.search === current ? found.items : undefined;
  // Answers can come back out of order while typing: only the latest one is shown.
  const latest = useRef(0);
  const lookUp = async (values: SearchValues) => {
    const asked = ++latest.current;
    const search = searchOf(values);
    try {
      const answer = await api<{ items: PersonMatch[] }>('GET', `/api/persons/matches${query(search)}`);
      if (asked === latest.current) setFound({ items: answer.items, search: JSON.stringify(search) });
    } catch (error) {
      if (asked === latest.current) setFound(undefined);
      throw error;
    }
  };
  // Search as you type: a name of two letters or more is looked up once typing pauses.
  const typedName = form.watch('name');
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the name starts a look-up
  useEffect(() => {
    const name = typedName.trim();
    if (name.length < 2) return;
    const timer = setTimeout(() => {
      lookUp(form.getValues()).catch(() => {
        // A failed look-up while typing is shown when the form is sent.
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [typedName]);
  const { problem, onSubmit: search } = useApiForm(form, {
    fields: ['name', 'documentNumber', 'birthDate', 'birthYear', 'nationality'],
    apiFields: {
      'query.name': 'name',
      'query.documentNumber': 'documentNumber',
      'query.birthDate': 'birthDate',
      'query.birthYear': 'birthYear',
      'query.nationality': 'nationality',
    },
    send: async (values) => {
      await lookUp(values);
    },
  });
  return (
    <Stack>
      <form onSubmit={search} noValidate>
        <Stack>
          <Text>{t('openCase.searchIntro')}</Text>
          {problem && <Alert color="red">{problem}</Alert>}
          <TextInput
            label={t('person.name')}
            error={form.formState.errors.name?.message}
            {...form.register('name')}
          />
          <TextInput
            label={t('person.documentNumber')}
            error={form.formState.errors.documentNumber?.message}
            {...form.register('documentNumber')}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('openCase.birthDate')}
              placeholder={t('birthDate.placeholder')}
              inputMode="numeric"
              error={form.formState.errors.birthDate?.message}
              {...form.register('birthDate')}
            />
            <TextInput
              inputMode="numeric"
              label={t('openCase.birthYear')}
              description={t('openCase.birthYearHelp')}
              maxLength={4}
              error={form.formState.errors.birthYear?.message}
              {...form.register('birthYear')}
            />
            <CountryField
              control={form.control}
              name="nationality"
              label={t('person.nationality')}
              description={t('person.nationalityHelp')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('openCase.search')}
            </Button>
          </Group>
        </Stack>
      </form>
      {matches && (
        <Card withBorder component="section" aria-label={t('openCase.matches')}>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('openCase.matches')}
            </Title>
            {matches.length === 0 && <Text c="dimmed">{t('openCase.noMatches')}</Text>}
            {matches.map((match) => (
              <Group key={match.id} justify="space-between">
                <div>
                  <Text>
                    <NamesWithReadings readings={match.nameReadings} separator=" / " />
                  </Text>
                  <MatchFacts match={match} mergedText={t('openCase.mergedInto')} />
                </div>
                <Group gap="xs">
                  <Button component={Link} to={`/persons/${match.id}`} variant="subtle">
                    {t('personPage.open')}
                  </Button>
                  <Button
                    variant="light"
                    onClick={() =>
                      onChosen({
                        id: match.id,
                        name: match.nameReadings[0]?.unicode ?? match.names[0] ?? '',
                      })
                    }
                  >
                    {chooseText ?? t('openCase.usePerson')}
                  </Button>
                </Group>
              </Group>
            ))}
            <Button variant="default" onClick={() => onNew(form.getValues('name'))}>
              {t('openCase.newPerson')}
            </Button>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

interface PersonValues extends SexAndNationalityValues {
  fullName: string;
}

/** Record a new person (the least that is needed; the person's page holds the rest). */
function NewPerson({ name, onCreated }: { name: string; onCreated: (person: Chosen) => void }) {
  const { t } = useTranslation();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<PersonValues>({ defaultValues: { fullName: name, sex: 'unknown', nationality: '' } });
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['fullName', 'sex', 'nationality'],
    apiFields: {
      'names.0.fullName': 'fullName',
      names: 'fullName',
    },
    send: async (values) => {
      const person = await api<Person>(
        'POST',
        '/api/persons',
        {
          names: [{ fullName: values.fullName }],
          sex: values.sex,
          ...(values.nationality && { nationality: values.nationality }),
        },
        { 'idempotency-key': idempotencyKey },
      );
      onCreated({ id: person.id, name: person.names[0]?.fullName ?? values.fullName });
    },
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {problem && <Alert color="red">{problem}</Alert>}
        <TextInput
          label={t('person.fullName')}
          error={form.formState.errors.fullName?.message}
          {...form.register('fullName')}
        />
        <SexAndNationalityFields form={form} />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('openCase.recordPerson')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Choosing the person a case is for: look them up (by name as you type, or by document number;
 * a date or year of birth and a nationality rank the persons found),
 * or record a new one under the name typed. Opening a case and turning a public report into one
 * both start here. `intro` is shown above the search only.
 */
export function ChoosePerson({ onChosen, intro }: { onChosen: (person: Chosen) => void; intro?: ReactNode }) {
  const [newName, setNewName] = useState<string>();
  return newName === undefined ? (
    <>
      {intro}
      <FindPerson onChosen={onChosen} onNew={setNewName} />
    </>
  ) : (
    <NewPerson name={newName} onCreated={onChosen} />
  );
}
