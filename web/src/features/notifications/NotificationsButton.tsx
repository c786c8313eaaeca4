import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Drawer,
  Group,
  Indicator,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, query } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { problemMessage } from '../../app/forms.ts';
import { useFormat } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { notificationsKey } from './query-keys.ts';

/** One of the signed-in user's notifications; the title is in the language of the user's account. */
export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  deadlineId: string | null;
  detail: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

/** The most unread notifications counted; beyond it the count shows as "99+". */
const countLimit = 99;
const listLimit = 20;

/**
 * Where a notification leads: a deadline's case (the home page's deadlines when it has none), a
 * report from the public in the triage queue, a match's holder named (the linkage page, whose hints
 * name it). Null for a kind the app does not know.
 */
export function notificationTarget(notification: AppNotification): string | null {
  const { kind, detail } = notification;
  if (kind === 'deadline.reminder')
    return typeof detail.caseId === 'string' ? `/cases/${detail.caseId}` : '/';
  if (kind.startsWith('public_report.') && typeof detail.reportId === 'string') {
    return `/triage/${detail.reportId}`;
  }
  if (kind === 'linkage.hint_disclosed') return '/linkage';
  return null;
}

function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * The header's notifications control: a bell with the unread count (in its accessible name too),
 * opening a drawer with the newest notifications. Opening one marks it read and goes to what it is
 * about; "mark all read" marks every unread one of the user in one request (also those beyond the
 * newest shown).
 */
export function NotificationsButton() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure();

  // The titles come in the account's language: useChangeLocale asks again once the account has it.
  const unread = useQuery({
    queryKey: [...notificationsKey, 'unread'],
    queryFn: () =>
      api<Page<AppNotification>>('GET', `/api/notifications${query({ unread: true, limit: countLimit })}`),
    refetchInterval: 60_000,
  });
  const newest = useQuery({
    queryKey: [...notificationsKey, 'newest'],
    queryFn: () => api<Page<AppNotification>>('GET', `/api/notifications${query({ limit: listLimit })}`),
    enabled: opened,
  });

  const markRead = useMutation({
    mutationFn: (id: string) => api<AppNotification>('POST', `/api/notifications/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
  const markAllRead = useMutation({
    mutationFn: () => api<{ marked: number }>('POST', '/api/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
  const markError = markAllRead.error ?? markRead.error;

  const unreadCount = unread.data?.items.length ?? 0;
  const countText =
    unread.data?.nextCursor != null ? `${format.number(countLimit)}+` : format.number(unreadCount);
  const label =
    unreadCount > 0 ? t('notifications.buttonUnread', { count: countText }) : t('notifications.button');
  const items = newest.data?.items ?? [];
  const hasUnread = unreadCount > 0 || items.some((n) => !n.readAt);

  // The link itself goes to what the notification is about; opening it marks it read.
  const openItem = (notification: AppNotification) => {
    if (!notification.readAt) markRead.mutate(notification.id);
    close();
  };

  return (
    <>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={opened}
        onClick={open}
      >
        <Indicator label={countText} size={16} color="red.9" disabled={unreadCount === 0} offset={2}>
          <BellIcon />
        </Indicator>
      </ActionIcon>
      <Drawer
        opened={opened}
        onClose={close}
        position="right"
        title={t('notifications.title')}
        closeButtonProps={{ 'aria-label': t('notifications.close') }}
        size="md"
      >
        <Stack gap="sm">
          {hasUnread && (
            <Group justify="flex-end">
              <Button
                variant="default"
                size="xs"
                loading={markAllRead.isPending}
                onClick={() => markAllRead.mutate()}
              >
                {t('notifications.markAllRead')}
              </Button>
            </Group>
          )}
          {markError && (
            <Alert color="red" role="alert">
              {problemMessage(markError, t)}
            </Alert>
          )}
          <QueryState
            isPending={newest.isPending}
            error={newest.error}
            isEmpty={items.length === 0}
            emptyText={t('notifications.empty')}
          />
          {items.length > 0 && (
            <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((notification) => (
                <li key={notification.id}>
                  <NotificationItem notification={notification} onOpen={() => openItem(notification)} />
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Drawer>
    </>
  );
}

/** One notification in the list: a link to what it is about, or a button when it leads nowhere. */
function NotificationItem({ notification, onOpen }: { notification: AppNotification; onOpen: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const target = notificationTarget(notification);
  const content = (
    <>
      <Text size="sm" fw={notification.readAt ? 400 : 700}>
        {notification.title}
      </Text>
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {format.dateTime(notification.createdAt)}
        </Text>
        {!notification.readAt && (
          <Badge size="xs" color="red.9">
            {t('notifications.unread')}
          </Badge>
        )}
      </Group>
    </>
  );
  return target ? (
    <UnstyledButton
      component={Link}
      to={target}
      onClick={onOpen}
      className="notification-item"
      w="100%"
      p="xs"
    >
      {content}
    </UnstyledButton>
  ) : (
    <UnstyledButton onClick={onOpen} className="notification-item" w="100%" p="xs">
      {content}
    </UnstyledButton>
  );
}
