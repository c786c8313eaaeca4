import { Anchor, Card, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { type Approval, pendingApprovalsKey, pendingApprovalsUrl } from './types.ts';

/** On the home page, for those who decide approvals: how many requests wait, with a link to them. */
export function PendingApprovalsPanel() {
  const decides = useCan('approval:decide');
  return decides ? <CountCard /> : null;
}

function CountCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const pending = useQuery({
    queryKey: pendingApprovalsKey,
    queryFn: () => api<{ items: Approval[] }>('GET', pendingApprovalsUrl),
  });
  // One's own requests wait for someone else: they are not counted as waiting for one's approval.
  const count = pending.data?.items.filter((approval) => approval.requestedBy !== me.user.id).length ?? 0;
  return (
    <Card withBorder component="section" aria-labelledby="pending-approvals">
      <Title order={2} size="h4" id="pending-approvals" mb="sm">
        {t('approvals.homeTitle')}
      </Title>
      <QueryState isPending={pending.isPending} error={pending.error} isEmpty={false} emptyText="" />
      {pending.data && (
        <Text size="sm">
          {count === 0 ? (
            t('approvals.homeNone')
          ) : (
            <Anchor component={Link} to="/approvals">
              {t('approvals.homeCount', { number: format.number(count) })}
            </Anchor>
          )}
        </Text>
      )}
    </Card>
  );
}
