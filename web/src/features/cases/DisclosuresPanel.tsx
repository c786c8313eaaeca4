import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { useFormat } from '../../app/session.tsx';
import { NextPageButton, QueryState } from '../../components/States.tsx';

/** One view of the case's shared data by another agency (`GET /api/cases/:id/disclosures`). */
interface Disclosure {
  at: string;
  agencyId: string;
  agencyName: string;
  referralId: string;
  dataCategories: string[];
  /** pending: before accepting, only sex, nationality, languages and the kind of exploitation were shown. */
  stage: 'pending' | 'accepted' | null;
}

/** What the view showed: before accepting, a few fields whatever the consent covers (decision 0183). */
function whatWasShown(view: Disclosure, t: TFunction): string {
  if (view.dataCategories.length === 0) return t('disclosures.nothingShown');
  if (view.stage === 'pending') return t('disclosures.pendingShown');
  return view.dataCategories.map((category) => t(`consent.category.${category}`)).join(', ');
}

/**
 * Who outside the agency saw what it shared of the case, newest first: the answer to "who saw her
 * file?" for the case manager who referred her (decision 0113; the stage of each view, 0202).
 * Reading the list is itself audited, so it is asked only when the panel is opened.
 */
export function DisclosuresPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const views = useInfiniteQuery({
    queryKey: ['cases', caseId, 'disclosures'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api<Page<Disclosure>>(
        'GET',
        `/api/cases/${caseId}/disclosures${query({ limit: 20, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchOnWindowFocus: false,
  });
  const items = views.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="xs">
      <Title order={2} size="h5">
        {t('disclosures.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('disclosures.intro')}
      </Text>
      <QueryState
        isPending={views.isPending}
        error={views.error}
        isEmpty={items.length === 0}
        emptyText={t('disclosures.none')}
      />
      {items.map((view) => (
        <Card
          key={`${view.at}-${view.referralId}`}
          withBorder
          padding="xs"
          component="article"
          aria-label={view.agencyName}
        >
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" fw={500}>
              {view.agencyName}
            </Text>
            <Badge variant="light" color={view.stage === 'accepted' ? 'blue' : 'gray'}>
              {t(`disclosures.stage.${view.stage ?? 'nothing'}`)}
            </Badge>
          </Group>
          <Text size="sm">{whatWasShown(view, t)}</Text>
          <Text size="xs" c="dimmed">
            {format.dateTime(view.at)}
          </Text>
        </Card>
      ))}
      <NextPageButton pages={views}>{t('disclosures.more')}</NextPageButton>
    </Stack>
  );
}
