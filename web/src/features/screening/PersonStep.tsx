import { Alert, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, query } from '../../api/client.ts';
import type { PersonMatch } from '../../api/types.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import type { LocalDraft, NewPerson, ScreeningSummary } from './types.ts';

const sexes = ['unknown', 'female', 'male', 'other'] as const;

/** A chosen person's screenings still in draft on the server, to resume instead of starting anew. */
function ServerDrafts({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const drafts = useQuery({
    queryKey: ['screenings', personId],
    queryFn: () => api<{ items: ScreeningSummary[] }>('GET', `/api/persons/${personId}/screenings`),
    enabled: navigator.onLine,
  });
  const open = drafts.data?.items.filter((screening) => screening.status === 'draft') ?? [];
  if (open.length === 0) return null;
  return (
    <Alert color="blue" title={t('screening.person.draftsOnServer')}>
      <Stack gap="xs">
        {open.map((screening) => (
          <Group key={screening.id} justify="space-between">
            <Text size="sm">{t('screening.person.draftFrom', { date: screening.screenedOn })}</Text>
            <Button component={Link} to={`/screenings/${screening.id}`} size="xs" variant="light">
              {t('screening.resume')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}

/** Step 1: find the person (search first, so nobody is recorded twice), or record a new one. */
export function PersonStep({
  draft,
  online,
  onChange,
}: {
  draft: LocalDraft;
  online: boolean;
  onChange: (person: LocalDraft['person']) => void;
}) {
  const { t } = useTranslation();
  const [matches, setMatches] = useState<PersonMatch[]>();
  const [recording, setRecording] = useState(!online && !draft.person.id);
  const search = useForm<{ name: string }>({ defaultValues: { name: '' } });
  const person = useForm<NewPerson>({
    defaultValues: draft.person.newPerson ?? { fullName: '', sex: 'unknown', nationality: '' },
  });

  const { problem, onSubmit: find } = useApiForm(search, {
    fields: ['name'],
    apiFields: { 'query.name': 'name' },
    send: async (values) => {
      const answer = await api<{ items: PersonMatch[] }>(
        'GET',
        `/api/persons/matches${query({ name: values.name.trim() })}`,
      );
      setMatches(answer.items);
    },
  });

  const record = person.handleSubmit((values) => {
    if (!values.fullName.trim()) {
      person.setError('fullName', { message: t('screening.person.nameRequired') });
      return;
    }
    onChange({
      name: values.fullName.trim(),
      newPerson: { ...values, fullName: values.fullName.trim() },
      idempotencyKey: draft.person.idempotencyKey,
    });
  });

  if (draft.person.name) {
    return (
      <Stack>
        <Text>{t('screening.person.chosen', { name: draft.person.name })}</Text>
        {!draft.person.id && <Text size="sm">{t('screening.person.newNotYetSent')}</Text>}
        {draft.person.id && online && !draft.screeningId && <ServerDrafts personId={draft.person.id} />}
        {!draft.screeningId && (
          <Group>
            <Button
              variant="default"
              // Another person is another request: a new key, so it is never taken for a retry.
              onClick={() => onChange({ name: '', idempotencyKey: crypto.randomUUID() })}
            >
              {t('screening.person.change')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

  if (recording) {
    return (
      <form onSubmit={record} noValidate>
        <Stack>
          {!online && <Alert color="yellow">{t('screening.offline.newPersonOnly')}</Alert>}
          <TextInput
            label={t('screening.person.fullName')}
            error={person.formState.errors.fullName?.message}
            {...person.register('fullName')}
          />
          <NativeSelect
            label={t('screening.person.sex')}
            data={sexes.map((sex) => ({ value: sex, label: t(`screening.person.sexes.${sex}`) }))}
            {...person.register('sex')}
          />
          <TextInput
            label={t('screening.person.nationality')}
            description={t('screening.person.nationalityHelp')}
            maxLength={2}
            {...person.register('nationality')}
          />
          <Group>
            <Button type="submit">{t('screening.person.record')}</Button>
            {online && (
              <Button variant="default" onClick={() => setRecording(false)}>
                {t('screening.person.backToSearch')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    );
  }

  return (
    <Stack>
      <form onSubmit={find} noValidate>
        <Stack>
          <Text>{t('screening.person.searchIntro')}</Text>
          {problem && <Alert color="red">{problem}</Alert>}
          <TextInput
            label={t('screening.person.name')}
            error={search.formState.errors.name?.message}
            {...search.register('name')}
          />
          <Group>
            <Button type="submit" loading={search.formState.isSubmitting}>
              {t('screening.person.search')}
            </Button>
          </Group>
        </Stack>
      </form>
      {matches && (
        <Card withBorder component="section" aria-label={t('screening.person.matches')}>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('screening.person.matches')}
            </Title>
            {matches.length === 0 && <Text c="dimmed">{t('screening.person.noMatches')}</Text>}
            {matches.map((match) => (
              <Group key={match.id} justify="space-between">
                <Text>{match.names.join(' / ')}</Text>
                <Button
                  variant="light"
                  onClick={() =>
                    onChange({
                      id: match.id,
                      name: match.names[0] ?? '',
                      idempotencyKey: draft.person.idempotencyKey,
                    })
                  }
                >
                  {t('screening.person.choose')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Card>
      )}
      <Group>
        <Button
          variant="default"
          onClick={() => {
            person.setValue('fullName', search.getValues('name'));
            setRecording(true);
          }}
        >
          {t('screening.person.recordNew')}
        </Button>
      </Group>
    </Stack>
  );
}
