import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { FindPerson } from '../persons/ChoosePerson.tsx';
import { SexAndNationalityFields } from '../persons/PersonFields.tsx';
import type { LocalDraft, NewPerson, ScreeningSummary } from './types.ts';

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

/**
 * Step 1: find the person as opening a case does (by name as typed, document number, birth and
 * nationality, with why each person matched), so that nobody is recorded twice; only then record
 * a new one. Offline, searching is impossible: the person is recorded, and sent with the screening.
 */
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
  const [recording, setRecording] = useState(!online && !draft.person.id);
  const person = useForm<NewPerson>({
    defaultValues: draft.person.newPerson ?? { fullName: '', sex: 'unknown', nationality: '' },
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

  if (recording || !online) {
    return (
      <form onSubmit={record} noValidate>
        <Stack>
          {!online && <Alert color="yellow">{t('screening.offline.newPersonOnly')}</Alert>}
          <TextInput
            label={t('screening.person.fullName')}
            error={person.formState.errors.fullName?.message}
            {...person.register('fullName')}
          />
          <SexAndNationalityFields form={person} />
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
    <FindPerson
      chooseText={t('screening.person.choose')}
      onChosen={(chosen) =>
        onChange({ id: chosen.id, name: chosen.name, idempotencyKey: draft.person.idempotencyKey })
      }
      onNew={(name) => {
        person.setValue('fullName', name);
        setRecording(true);
      }}
    />
  );
}
