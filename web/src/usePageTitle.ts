import { useEffect } from 'react';
import { useT } from './lang';

/** Sets the document title for the current page: "<page> – Doorbraak". */
export function usePageTitle(title: string): void {
  const t = useT();
  const app = t('app.name');
  useEffect(() => {
    document.title = title && title !== app ? `${title} – ${app}` : app;
  }, [title, app]);
}
