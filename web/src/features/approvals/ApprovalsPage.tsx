import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useMe } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { ApprovalCard } from './ApprovalCard.tsx';
import { DecidedList } from './DecidedList.tsx';
import { type Approval, pendingApprovalsKey, pendingApprovalsUrl } from './types.ts';
import { WithdrawableRequest } from './WithdrawableRequest.tsx';

/** The requests waiting: the reader's own (to withdraw) and, for a supervisor, colleagues' (to decide). */
function WaitingList({ onNotice }: { onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const decides = useCan('approval:decide');
  const pending = useQuery({
    queryKey: pendingApprovalsKey,
    queryFn: () => api<{ items: Approval[] }>('GET', pendingApprovalsUrl),
  });
  const items = (pending.data?.items ?? []).filter(
    (approval) => approval.requestedBy === me.user.id || decides,
  );
  return (
    <Stack>
      <QueryState
        isPending={pending.isPending}
        error={pending.error}
        isEmpty={items.length === 0}
        emptyText={t('approvals.empty')}
      />
      {items.map((approval) =>
        approval.requestedBy === me.user.id ? (
          <WithdrawableRequest key={approval.id} approval={approval} onWithdrawn={onNotice} />
        ) : (
          <ApprovalCard key={approval.id} approval={approval} onDecided={onNotice} />
        ),
      )}
    </Stack>
  );
}

/**
 * The agency's approval requests (case closures, care plans, referrals out, erasures): those
 * waiting, to decide or to withdraw one's own, and those decided, with who decided and when.
 */
export default function ApprovalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('approvals.title'));
  const [notice, setNotice] = useState<string>();
  // Who reads the page: one who decides colleagues' requests, one who asks (case:write) and
  // withdraws their own, or, like a case manager, both.
  const decides = useCan('approval:decide');
  const asks = useCan('case:write');
  const intro = decides ? (asks ? 'approvals.introBoth' : 'approvals.intro') : 'approvals.introRequester';
  return (
    <Stack>
      <Title order={1}>{t('approvals.title')}</Title>
      <Text c="dimmed" size="sm">
        {t(intro)}
      </Text>
      {notice && (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          closeButtonLabel={t('approvals.dismiss')}
          onClose={() => setNotice(undefined)}
        >
          {notice}
        </Alert>
      )}
      <Tabs defaultValue="waiting" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="waiting">{t('approvals.tabs.waiting')}</Tabs.Tab>
          <Tabs.Tab value="decided">{t('approvals.tabs.decided')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="waiting" pt="md">
          <WaitingList onNotice={setNotice} />
        </Tabs.Panel>
        <Tabs.Panel value="decided" pt="md">
          <DecidedList />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
