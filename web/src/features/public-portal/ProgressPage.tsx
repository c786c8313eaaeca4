import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';

interface Progress {
  caseReference: string;
  stage: string;
  nextStep: string;
  contactPoint: string;
  publishedAt: string;
}

/** A victim or family member sees the summary the case worker published, with reference and secret. */
export default function ProgressPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.progress.title'));
  const [caseReference, setCaseReference] = useState('');
  const [secret, setSecret] = useState('');
  const [progress, setProgress] = useState<Progress>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <Stack>
      <Title order={1}>{t('portal.progress.title')}</Title>
      <Stack
        component="form"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setProblem(undefined);
          setProgress(undefined);
          try {
            setProgress(await api<Progress>('POST', '/api/public/case-progress', { caseReference, secret }));
          } catch (error) {
            setProblem(problemMessage(error, t));
          } finally {
            setBusy(false);
          }
        }}
      >
        <TextInput
          label={t('portal.progress.reference')}
          value={caseReference}
          onChange={(e) => setCaseReference(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('portal.secret')}
          value={secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
          required
        />
        <Button type="submit" loading={busy}>
          {t('portal.progress.check')}
        </Button>
      </Stack>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {progress && (
        <Paper withBorder p="md">
          <Title order={2}>{t('portal.progress.summary')}</Title>
          <Text fw={700}>{t('portal.progress.stage')}</Text>
          <Text>{progress.stage}</Text>
          <Text fw={700}>{t('portal.progress.nextStep')}</Text>
          <Text>{progress.nextStep}</Text>
          <Text fw={700}>{t('portal.progress.contactPoint')}</Text>
          <Text>{progress.contactPoint}</Text>
        </Paper>
      )}
    </Stack>
  );
}
