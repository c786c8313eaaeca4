import { Alert, Badge, Button, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { reportStatusLabel, type TakenUpAs } from './report-status.ts';

interface StatusView {
  trackingCode: string;
  status: string;
  takenUpAs: TakenUpAs;
  receivedAt: string;
  messages: { direction: 'question' | 'answer'; body: string; at: string }[];
}

/** The reporter checks their report and answers the agency's questions with code and secret. */
export default function TrackPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.track.title'));
  const [trackingCode, setTrackingCode] = useState('');
  const [secret, setSecret] = useState('');
  const [answer, setAnswer] = useState('');
  const [view, setView] = useState<StatusView>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<StatusView>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      setView(await work());
    } catch (error) {
      setView(undefined);
      setProblem(problemMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Title order={1}>{t('portal.track.title')}</Title>
      <Stack
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => api('POST', '/api/public/reports/status', { trackingCode, secret }));
        }}
      >
        <TextInput
          label={t('portal.trackingCode')}
          value={trackingCode}
          onChange={(e) => setTrackingCode(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('portal.secret')}
          value={secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
          required
        />
        <Button type="submit" loading={busy}>
          {t('portal.track.check')}
        </Button>
      </Stack>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {view && (
        <Stack>
          <Title order={2}>{t('portal.track.status')}</Title>
          <Badge size="lg">{reportStatusLabel(t, view, 'reporter')}</Badge>
          {view.messages.map((m) => (
            <Paper key={m.at + m.direction} withBorder p="sm">
              <Text size="sm" fw={700}>
                {t(`portal.track.${m.direction}`)}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
            </Paper>
          ))}
          {view.status === 'awaiting_reporter' && (
            <Stack
              component="form"
              onSubmit={(e) => {
                e.preventDefault();
                void run(() =>
                  api('POST', '/api/public/reports/answers', { trackingCode, secret, answer }),
                ).then(() => setAnswer(''));
              }}
            >
              <Textarea
                label={t('portal.track.yourAnswer')}
                value={answer}
                onChange={(e) => setAnswer(e.currentTarget.value)}
                required
              />
              <Button type="submit" loading={busy}>
                {t('portal.track.sendAnswer')}
              </Button>
            </Stack>
          )}
        </Stack>
      )}
    </Stack>
  );
}
