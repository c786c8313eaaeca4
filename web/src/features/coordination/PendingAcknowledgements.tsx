import { Alert, Anchor, List } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import type { PendingAcknowledgement } from './types.ts';

/** The guideline versions the user's agency must still acknowledge (nothing when there are none). */
export function PendingAcknowledgements() {
  const { t } = useTranslation();
  const format = useFormat();
  const canAcknowledge = useCan('coordination:report');
  const pending = useQuery({
    queryKey: ['guidelines', 'pending'],
    queryFn: () => api<{ items: PendingAcknowledgement[] }>('GET', '/api/guidelines/pending'),
    enabled: canAcknowledge,
  });
  const items = pending.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert color="yellow" title={t('coord.guidelines.pendingTitle')}>
      <List size="sm">
        {items.map((item) => (
          <List.Item key={item.versionId}>
            <Anchor component={Link} to={`/guidelines/${item.guidelineId}`}>
              {t('coord.guidelines.pendingItem', {
                title: item.title,
                version: item.version,
                date: format.date(item.effectiveOn),
              })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
