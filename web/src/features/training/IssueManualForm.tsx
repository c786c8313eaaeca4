import { Alert, Button, Card, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { localeNames } from '../../i18n/index.ts';
import { trainingLanguages } from './queries.ts';

type Titles = Record<(typeof trainingLanguages)[number], string>;
interface ManualValues {
  edition: string;
  title: Titles;
  chapters: { number: string; title: Titles }[];
}

const noTitles = (): Titles => ({ en: '', ms: '', id: '', vi: '' });

/** Every field an API problem can name: the edition, its titles, each chapter's number and titles. */
const fieldsOf = (values: ManualValues) =>
  [
    'edition',
    ...trainingLanguages.map((l) => `title.${l}`),
    'chapters',
    ...values.chapters.flatMap((_, i) => [
      `chapters.${i}.number`,
      ...trainingLanguages.map((l) => `chapters.${i}.title.${l}`),
    ]),
  ] as never[];

/**
 * A trainer issues an edition of the national training manual: its name, its title and each
 * chapter's number and title in the four languages. An edition is not edited afterwards; a revision
 * is issued as a new edition (decision 0035).
 */
export function IssueManualForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<ManualValues>({
    defaultValues: { edition: '', title: noTitles(), chapters: [{ number: '1', title: noTitles() }] },
  });
  const chapters = useFieldArray({ control: form.control, name: 'chapters' });
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: fieldsOf,
    send: async (values) => {
      await api('POST', '/api/training-manuals', values);
      await queryClient.invalidateQueries({ queryKey: ['training-manuals'] });
      form.reset();
    },
  });
  const name = t('coordedit.manual.issue');
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={onSubmit} noValidate aria-label={name}>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {name}
          </Title>
          <TextInput
            label={t('coordedit.manual.editionName')}
            error={errors.edition?.message}
            {...form.register('edition')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {trainingLanguages.map((language) => (
              <TextInput
                key={language}
                label={t('coordedit.manual.titleIn', { language: localeNames[language] })}
                error={errors.title?.[language]?.message}
                {...form.register(`title.${language}`)}
              />
            ))}
          </SimpleGrid>
          {chapters.fields.map((field, i) => (
            <Card
              key={field.id}
              withBorder
              padding="xs"
              component="fieldset"
              aria-label={t('coordedit.manual.chapterN', { n: i + 1 })}
            >
              <Stack gap={6}>
                <TextInput
                  label={t('coordedit.manual.number')}
                  w={{ base: '100%', sm: 160 }}
                  error={errors.chapters?.[i]?.number?.message}
                  {...form.register(`chapters.${i}.number`)}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {trainingLanguages.map((language) => (
                    <TextInput
                      key={language}
                      label={t('coordedit.manual.titleIn', { language: localeNames[language] })}
                      error={errors.chapters?.[i]?.title?.[language]?.message}
                      {...form.register(`chapters.${i}.title.${language}`)}
                    />
                  ))}
                </SimpleGrid>
                {chapters.fields.length > 1 && (
                  <Group>
                    <Button size="xs" variant="subtle" color="red" onClick={() => chapters.remove(i)}>
                      {t('coordedit.manual.removeChapter')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Card>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                chapters.append({ number: String(chapters.fields.length + 1), title: noTitles() })
              }
            >
              {t('coordedit.manual.addChapter')}
            </Button>
          </Group>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coordedit.manual.issueButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
