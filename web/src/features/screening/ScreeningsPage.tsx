import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/page-title.ts';
import { useFormat, useMe } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { deleteLocalDraft, type LocalDrafts, listLocalDrafts, setSessionKey } from './offline-store.ts';
import { sendWaitingDrafts } from './SendWaiting.tsx';
import { useOnline } from './useOnline.ts';

const stateColor = { editing: 'blue', waiting: 'yellow', conflict: 'red', sent: 'green' } as const;

/** Screenings on this device: drafts to resume, those waiting for the network, conflicts. */
export default function ScreeningsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const online = useOnline();
  const [local, setLocal] = useState<LocalDrafts>();
  const [error, setError] = useState<unknown>();
  setSessionKey(me.user.id, me.csrfToken);
  usePageTitle(t('screening.list.title'));

  const load = useCallback(() => {
    listLocalDrafts().then(setLocal, setError);
  }, []);
  useEffect(() => {
    if (online) void sendWaitingDrafts().finally(load);
    else load();
  }, [online, load]);

  return (
    <Stack maw={820}>
      <Group justify="space-between">
        <Title order={1}>{t('screening.list.title')}</Title>
        <Button component={Link} to="/screenings/new">
          {t('screening.list.start')}
        </Button>
      </Group>
      {!online && <Alert color="yellow">{t('screening.offline.body')}</Alert>}
      <Card withBorder component="section" aria-labelledby="local-drafts">
        <Stack>
          <Title order={2} size="h3" id="local-drafts">
            {t('screening.list.onDevice')}
          </Title>
          <QueryState
            isPending={!local && !error}
            error={error}
            isEmpty={local?.drafts.length === 0}
            emptyText={t('screening.list.empty')}
          />
          {local?.drafts.map((draft) => (
            <Group
              key={draft.localId}
              justify="space-between"
              wrap="wrap"
              role="group"
              aria-label={draft.person.name || t('screening.list.noPerson')}
            >
              <Stack gap={2}>
                <Text fw={600}>{draft.person.name || t('screening.list.noPerson')}</Text>
                <Group gap="xs">
                  <Badge color={stateColor[draft.state]} variant="light">
                    {t(`screening.list.state.${draft.state}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {format.dateTime(draft.savedAt)}
                  </Text>
                </Group>
              </Stack>
              <Group gap="xs">
                {draft.state === 'sent' && draft.screeningId ? (
                  <Button component={Link} to={`/screenings/${draft.screeningId}`} size="xs" variant="light">
                    {t('screening.list.openResult')}
                  </Button>
                ) : (
                  <Button
                    component={Link}
                    to={`/screenings/drafts/${draft.localId}`}
                    size="xs"
                    variant="light"
                  >
                    {t('screening.resume')}
                  </Button>
                )}
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => void deleteLocalDraft(draft.localId).then(load)}
                >
                  {t('screening.list.remove')}
                </Button>
              </Group>
            </Group>
          ))}
          {(local?.locked ?? 0) > 0 && (
            <Text size="sm" c="dimmed">
              {t('screening.list.locked', { count: local?.locked ?? 0 })}
            </Text>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
