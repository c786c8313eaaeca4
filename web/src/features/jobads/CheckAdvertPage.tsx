import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { ScreeningResult } from './ScreeningResult.tsx';
import type { AdvertScreening } from './types.ts';

/**
 * The public page (no sign-in): paste a job advert, see its risk and the reasons. Shown in the
 * public portal's frame, whose menu also switches the language.
 */
export default function CheckAdvertPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('jobads.check.title'));
  const [text, setText] = useState('');
  const screen = useMutation({
    mutationFn: () =>
      api<AdvertScreening>('POST', '/api/jobads/screen', { text, readerLanguage: i18n.language }),
  });
  const problem = screen.error instanceof ApiProblem ? screen.error : undefined;
  const fieldMessage = problem?.errors.find((e) => e.field === 'text')?.message;
  return (
    <Stack>
      <Title order={1}>{t('jobads.check.title')}</Title>
      <Text>{t('jobads.check.intro')}</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          screen.mutate();
        }}
      >
        <Stack>
          <Textarea
            label={t('jobads.check.advert')}
            description={t('jobads.check.advertHelp')}
            autosize
            minRows={6}
            maxRows={20}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={fieldMessage ? t('jobads.check.invalid') : undefined}
          />
          <Group>
            <Button type="submit" loading={screen.isPending}>
              {t('jobads.check.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {problem && !fieldMessage && (
        <Alert color="red">
          {problem.status === 429 ? t('jobads.check.tooMany') : t('jobads.check.failed')}
        </Alert>
      )}
      {screen.data && <ScreeningResult screening={screen.data} />}
      <Text size="sm" c="dimmed">
        {t('jobads.check.privacy')}
      </Text>
    </Stack>
  );
}
