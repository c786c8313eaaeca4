import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../app/forms.ts';
import { PageLoader } from '../app/RequireSession.tsx';

/** Loading, error and empty states of a list or panel, the same everywhere. */
export function QueryState({
  isPending,
  error,
  isEmpty,
  emptyText,
}: {
  isPending: boolean;
  error: unknown;
  isEmpty: boolean;
  emptyText: string;
}) {
  const { t } = useTranslation();
  if (isPending) return <PageLoader />;
  if (error) {
    return (
      <Alert color="red" role="alert" title={t('problems.loadFailed')}>
        {problemMessage(error, t)}
      </Alert>
    );
  }
  if (isEmpty) {
    return (
      <Text c="dimmed" size="sm">
        {emptyText}
      </Text>
    );
  }
  return null;
}
