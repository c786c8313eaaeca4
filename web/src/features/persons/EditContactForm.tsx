import { Alert, Button, Card, Group, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { PersonChangedAlert } from './PersonChangedAlert.tsx';
import { type PersonRecord, personQueryKey } from './types.ts';

/** The form's values: the API's correction (PUT /api/persons/{id}/contact), phones and e-mails one a line. */
interface ContactValues {
  contact: { phones: string; emails: string };
  address: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Corrects how the person is reached and where she stays — a new phone, a move to a shelter — on
 * the version that was read (If-Match). What is left empty is removed. When someone changed the
 * record meanwhile (412 `person_changed`), nothing is saved and the form offers to reload it.
 */
export function EditContactForm({ person, onDone }: { person: PersonRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);
  const form = useForm<ContactValues>({
    defaultValues: {
      contact: {
        phones: person.contact?.phones.join('\n') ?? '',
        emails: person.contact?.emails.join('\n') ?? '',
      },
      address: person.address ?? '',
    },
  });
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['contact.phones', 'contact.emails', 'address'],
    handle: (error) => {
      const changed = error instanceof ApiProblem && error.code === 'person_changed';
      if (changed) setStale(true);
      return changed;
    },
    send: async (values) => {
      const address = values.address.trim();
      const saved = await api<PersonRecord>(
        'PUT',
        `/api/persons/${person.id}/contact`,
        {
          contact: { phones: lines(values.contact.phones), emails: lines(values.contact.emails) },
          address: address ? address : null,
        },
        { 'if-match': `"${person.version}"` },
      );
      queryClient.setQueryData(personQueryKey(person.id), saved);
      onDone();
    },
  });
  const errors = form.formState.errors;
  return (
    <Card withBorder component="section" aria-labelledby="person-contact-edit">
      <form onSubmit={onSubmit} noValidate aria-labelledby="person-contact-edit">
        <Stack>
          <Title order={2} size="h4" id="person-contact-edit">
            {t('personContact.title')}
          </Title>
          {stale && <PersonChangedAlert personId={person.id} />}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label={t('personPage.phones')}
              description={t('personContact.oneALine')}
              autosize
              minRows={2}
              error={errors.contact?.phones?.message}
              {...form.register('contact.phones')}
            />
            <Textarea
              label={t('personPage.emails')}
              description={t('personContact.oneALine')}
              autosize
              minRows={2}
              error={errors.contact?.emails?.message}
              {...form.register('contact.emails')}
            />
          </SimpleGrid>
          <Textarea
            label={t('personPage.address')}
            description={t('personContact.addressHelp')}
            autosize
            minRows={3}
            error={errors.address?.message}
            {...form.register('address')}
          />
          <Alert color="gray" variant="light">
            {t('personContact.notKept')}
          </Alert>
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting} disabled={stale}>
              {t('personEdit.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('personEdit.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
