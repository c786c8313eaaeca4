import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { QueryState } from '../../components/States.tsx';

const languages = ['en', 'ms', 'id', 'vi'] as const;
const topics = ['hotline', 'rights', 'warning_signs', 'campaign'] as const;
type Translations = Record<(typeof languages)[number], { title: string; body: string }>;
interface Entry {
  id?: string;
  topic: (typeof topics)[number];
  position: number;
  phone: string | null;
  confirmed: boolean;
  published: boolean;
  translations: Translations;
}

const blank = (): Entry => ({
  topic: 'hotline',
  position: 0,
  phone: null,
  confirmed: false,
  published: true,
  translations: Object.fromEntries(languages.map((l) => [l, { title: '', body: '' }])) as Translations,
});

/** Coordinators edit their country's help pages, in every language at once. */
function EntryForm({ entry, onSaved }: { entry: Entry; onSaved: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Entry>(entry);
  const save = useMutation({
    mutationFn: () => {
      const { topic, position, phone, confirmed, published, translations } = draft;
      const body = { topic, position, phone, confirmed, published, translations };
      return draft.id
        ? api('PUT', `/api/help-content/${draft.id}`, body)
        : api('POST', '/api/help-content', body);
    },
    onSuccess: onSaved,
  });
  const label = entry.translations.en.title || t('portal.helpEditor.new');
  return (
    <Paper withBorder p="sm">
      <Stack
        component="form"
        aria-label={label}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Group>
          <NativeSelect
            label={t('portal.helpEditor.topic')}
            value={draft.topic}
            onChange={(e) => setDraft({ ...draft, topic: e.currentTarget.value as Entry['topic'] })}
            data={topics.map((topic) => ({ value: topic, label: t(`portal.help.topics.${topic}`) }))}
          />
          <TextInput
            label={t('portal.helpEditor.phone')}
            value={draft.phone ?? ''}
            onChange={(e) => setDraft({ ...draft, phone: e.currentTarget.value || null })}
          />
          <Checkbox
            label={t('portal.helpEditor.confirmed')}
            checked={draft.confirmed}
            onChange={(e) => setDraft({ ...draft, confirmed: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('portal.helpEditor.published')}
            checked={draft.published}
            onChange={(e) => setDraft({ ...draft, published: e.currentTarget.checked })}
          />
        </Group>
        {languages.map((language) => (
          <Group key={language} align="start" grow>
            <TextInput
              label={`${t('portal.helpEditor.entryTitle')} (${language})`}
              value={draft.translations[language].title}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  translations: {
                    ...draft.translations,
                    [language]: { ...draft.translations[language], title: e.currentTarget.value },
                  },
                })
              }
            />
            <Textarea
              label={`${t('portal.helpEditor.body')} (${language})`}
              value={draft.translations[language].body}
              autosize
              onChange={(e) =>
                setDraft({
                  ...draft,
                  translations: {
                    ...draft.translations,
                    [language]: { ...draft.translations[language], body: e.currentTarget.value },
                  },
                })
              }
            />
          </Group>
        ))}
        {save.error && (
          <Alert color="red" role="alert">
            {problemMessage(save.error, t)}
          </Alert>
        )}
        {save.isSuccess && <Text role="status">{t('portal.helpEditor.saved')}</Text>}
        <Button type="submit" loading={save.isPending}>
          {t('portal.helpEditor.save')}
        </Button>
      </Stack>
    </Paper>
  );
}

export default function HelpEditorPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.helpEditor.title'));
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const query = useQuery({
    queryKey: ['help-content'],
    queryFn: () => api<{ items: Entry[] }>('GET', '/api/help-content'),
  });
  const saved = () => {
    setAdding(false);
    void queryClient.invalidateQueries({ queryKey: ['help-content'] });
  };
  return (
    <Stack>
      <Title order={1}>{t('portal.helpEditor.title')}</Title>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={query.data?.items.length === 0}
        emptyText={t('portal.help.empty')}
      />
      <Button variant="default" onClick={() => setAdding(true)} disabled={adding}>
        {t('portal.helpEditor.add')}
      </Button>
      {adding && <EntryForm entry={blank()} onSaved={saved} />}
      {query.data?.items.map((entry) => (
        <EntryForm key={entry.id} entry={entry} onSaved={saved} />
      ))}
    </Stack>
  );
}
