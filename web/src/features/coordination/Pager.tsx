import { Pagination } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One page of a list the API answers whole (plans, reports, meetings, guidelines are few per
 * country but grow every year), and the pager under it.
 */
export function usePaged<T>(items: readonly T[], pageSize = 10) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pages);
  return {
    shown: items.slice((current - 1) * pageSize, current * pageSize),
    pager: pages > 1 ? <Pager page={current} pages={pages} onChange={setPage} /> : null,
  };
}

function Pager({ page, pages, onChange }: { page: number; pages: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <Pagination
      value={page}
      onChange={onChange}
      total={pages}
      getControlProps={(control) => ({ 'aria-label': t(`coord.common.page.${control}`) })}
      getItemProps={(n) => ({ 'aria-label': t('coord.common.pageN', { n }) })}
    />
  );
}
