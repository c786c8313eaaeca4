import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isMissingRecord, problemMessage } from '../app/forms.ts';
import { PageLoader } from '../app/RequireSession.tsx';
import { NotFoundPage } from './MissingPage.tsx';

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

/**
 * Loading and error states of the one record a page is about (`/cases/:id`): an address that
 * leads to no record the reader may see is the not-found page, not an error in the page's frame.
 */
export function RecordState({ isPending, error }: { isPending: boolean; error: unknown }) {
  if (isMissingRecord(error)) return <NotFoundPage />;
  return <QueryState isPending={isPending} error={error} isEmpty={false} emptyText="" />;
}
