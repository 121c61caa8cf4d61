// The page frame: header (with skip link and navigation), main content and footer.
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useT } from '../lang';
import { Header } from './Header';

/** After client-side navigation, move focus to the new page's h1 so it is read out. */
function useFocusOnNavigate() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      const main = document.getElementById('main');
      if (!main || main.contains(document.activeElement)) return;
      const h1 = main.querySelector<HTMLElement>('h1');
      (h1 ?? main).focus({ preventScroll: false });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [pathname]);
}

export function Layout() {
  const t = useT();
  useFocusOnNavigate();
  return (
    <div className="utrecht-page doorbraak-page">
      <Header />
      <main id="main" tabIndex={-1} className="utrecht-page-content doorbraak-main">
        <Outlet />
      </main>
      <footer className="utrecht-page-footer doorbraak-footer">
        <div className="utrecht-page-footer__content">
          <p className="utrecht-paragraph">{t('app.footer')}</p>
          <p className="utrecht-paragraph">{t('app.footerPrivacy')}</p>
        </div>
      </footer>
    </div>
  );
}
