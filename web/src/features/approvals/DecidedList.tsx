import { Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { useFormat } from '../../app/session.tsx';
import { NextPageButton, QueryState } from '../../components/States.tsx';
import { RequestCard, useRequesterName } from './ApprovalCard.tsx';
import type { Approval } from './types.ts';

/** What became of a settled request: who decided and when, or when its requester withdrew it. */
function Outcome({ approval }: { approval: Approval }) {
  const { t } = useTranslation();
  const format = useFormat();
  const requester = useRequesterName();
  const date = approval.decidedAt ? format.dateTime(approval.decidedAt) : '';
  const text =
    approval.status === 'withdrawn'
      ? t('approvals.withdrawnBy', { name: requester(approval), date })
      : t(`approvals.${approval.status === 'approved' ? 'approvedBy' : 'rejectedBy'}`, {
          name: approval.decidedByName ?? t('approvals.colleague'),
          date,
        });
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {text}
      </Text>
      {approval.comment && <Text size="sm">{t('approvals.commentSaid', { comment: approval.comment })}</Text>}
    </Stack>
  );
}

/** The agency's settled requests, the latest decided first, a page at a time. */
export function DecidedList() {
  const { t } = useTranslation();
  const decided = useInfiniteQuery({
    queryKey: ['approvals', 'decided'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api<Page<Approval>>('GET', `/api/approvals/decided${query({ limit: 20, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = decided.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <QueryState
        isPending={decided.isPending}
        error={decided.error}
        isEmpty={items.length === 0}
        emptyText={t('approvals.decidedEmpty')}
      />
      {items.map((approval) => (
        <RequestCard key={approval.id} approval={approval}>
          <Outcome approval={approval} />
        </RequestCard>
      ))}
      <NextPageButton pages={decided}>{t('approvals.more')}</NextPageButton>
    </Stack>
  );
}
