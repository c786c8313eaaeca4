import { Alert, Button, Text } from '@mantine/core';
import type { ReactNode } from 'react';
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

/** The pages of a list read by cursor (`useInfiniteQuery`): what "show more" needs of them. */
interface PagedList {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** "Show more" under a list read by cursor, while the API has another page. */
export function NextPageButton({ pages, children }: { pages: PagedList; children: ReactNode }) {
  if (!pages.hasNextPage) return null;
  return (
    <Button variant="default" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
      {children}
    </Button>
  );
}
