import { useEffect } from 'react';

/** Names the browser tab after the page (WCAG 2.4.2), e.g. "Cases · Lindung". */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Lindung` : 'Lindung';
  }, [title]);
}
