// Page header: app name, municipality, main navigation, user, logout and language switch.
import type { ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api } from '../api';
import { hasRole, isOnlyReporter, isPolicyOnly, isStaff, meQuery, useMe } from '../auth';
import { useLang } from '../lang';
import { BreakGlassNavLink, MessagesNavLink, mayBreakGlass, receivesMessages } from '../pages/access/nav';
import type { Me } from '../types';
import { Button } from './Button';
import { AppLink } from './Link';

// aria-current="page" only on the exact page (filters in the query string don't count).
const navActive = { exact: true, includeSearch: false } as const;

function NavLinks({ me }: { me: Me | null }) {
  const { t } = useLang();
  const item = (link: ReactNode, key: string) => (
    <li className="utrecht-nav-list__item doorbraak-nav__item" key={key}>
      {link}
    </li>
  );
  const items: ReactNode[] = [];
  if (me && hasRole(me, 'coordinator')) {
    items.push(item(<AppLink to="/inbox" className="doorbraak-nav__link" activeOptions={navActive}>{t('nav.inbox')}</AppLink>, 'inbox'));
  }
  if (me && !isOnlyReporter(me) && !isPolicyOnly(me)) {
    items.push(item(<AppLink to="/casussen" className="doorbraak-nav__link" activeOptions={navActive}>{t('nav.cases')}</AppLink>, 'cases'));
  }
  items.push(item(<AppLink to="/melden" className="doorbraak-nav__link" activeOptions={navActive}>{t('nav.intake')}</AppLink>, 'intake'));
  if (me && hasRole(me, 'reporter')) {
    items.push(
      item(<AppLink to="/mijn-meldingen" className="doorbraak-nav__link" activeOptions={navActive}>{t('nav.myIntakes')}</AppLink>, 'mine'),
    );
  }
  if (me && mayBreakGlass(me)) items.push(item(<BreakGlassNavLink className="doorbraak-nav__link" />, 'break-glass'));
  if (me && receivesMessages(me)) items.push(item(<MessagesNavLink className="doorbraak-nav__link" />, 'messages'));
  if (me && (hasRole(me, 'mandate_holder') || hasRole(me, 'coordinator'))) {
    items.push(item(<AppLink to="/besluiten" className="doorbraak-nav__link" activeOptions={navActive}>{t('decisions.nav')}</AppLink>, 'decisions'));
  }
  if (me && (hasRole(me, 'mandate_holder') || hasRole(me, 'policy') || hasRole(me, 'administrator'))) {
    items.push(item(<AppLink to="/budget" className="doorbraak-nav__link" activeOptions={navActive}>{t('budget.nav')}</AppLink>, 'budget'));
  }
  if (me && (['coordinator', 'mandate_holder', 'policy', 'administrator'] as const).some((r) => hasRole(me, r))) {
    items.push(item(<AppLink to="/knelpunten" className="doorbraak-nav__link" activeOptions={navActive}>{t('bottlenecks.nav')}</AppLink>, 'bottlenecks'));
  }
  if (me && isStaff(me)) {
    items.push(item(<AppLink to="/bibliotheek" className="doorbraak-nav__link" activeOptions={navActive}>{t('library.nav')}</AppLink>, 'library'));
    items.push(item(<AppLink to="/netwerk" className="doorbraak-nav__link" activeOptions={navActive}>{t('network.nav')}</AppLink>, 'network'));
  }
  if (me && hasRole(me, 'policy')) {
    items.push(item(<AppLink to="/beleid" className="doorbraak-nav__link" activeOptions={navActive}>{t('policy.nav')}</AppLink>, 'policy'));
  }
  if (me && hasRole(me, 'privacy_officer')) {
    items.push(item(<AppLink to="/privacy" className="doorbraak-nav__link" activeOptions={navActive}>{t('privacy.nav')}</AppLink>, 'privacy'));
  }
  if (me && hasRole(me, 'administrator')) {
    items.push(item(<AppLink to="/beheer" className="doorbraak-nav__link" activeOptions={navActive}>{t('admin.nav')}</AppLink>, 'admin'));
  }
  if (!me) {
    items.push(item(<AppLink to="/inloggen" className="doorbraak-nav__link" activeOptions={navActive}>{t('nav.login')}</AppLink>, 'login'));
  }
  return (
    <nav className="doorbraak-nav" aria-label={t('app.nav')}>
      <ul className="utrecht-nav-list doorbraak-nav__list">{items}</ul>
    </nav>
  );
}

export function Header() {
  const { t, lang, setLang } = useLang();
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const logout = useMutation({
    mutationFn: () => api.logout(),
    meta: { skipAuthRedirect: true },
    onSettled: async () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQuery.queryKey[0] });
      queryClient.setQueryData(meQuery.queryKey, null);
      await navigate({ to: '/inloggen' });
    },
  });

  const otherLang = lang === 'nl' ? 'en' : 'nl';

  return (
    <header className="utrecht-page-header doorbraak-header">
      <a
        className="utrecht-skip-link utrecht-skip-link--visible-on-focus"
        href="#main"
        onClick={(event) => {
          const main = document.getElementById('main');
          if (!main) return;
          event.preventDefault();
          main.focus();
          main.scrollIntoView();
        }}
      >
        {t('app.skipLink')}
      </a>
      <div className="utrecht-page-header__content doorbraak-header__content">
        <div className="doorbraak-header__brand">
          <AppLink to="/" className="doorbraak-header__app">
            {t('app.name')}
          </AppLink>
          {me ? <span className="doorbraak-header__tenant">{me.tenant.name}</span> : null}
        </div>
        <div className="doorbraak-header__tools">
          {me ? <span className="doorbraak-header__user">{t('header.signedInAs', { name: me.user.name })}</span> : null}
          {me ? <AppLink to="/mijn-beveiliging" activeOptions={navActive}>{t('security.nav')}</AppLink> : null}
          <Button appearance="subtle" onClick={() => setLang(otherLang)}>
            <span lang={t('lang.switchCode')}>{t('lang.switch')}</span>
          </Button>
          {me ? (
            <Button appearance="secondary" busy={logout.isPending} onClick={() => logout.mutate()}>
              {t('header.logout')}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="doorbraak-header__navbar">
        <NavLinks me={me ?? null} />
      </div>
    </header>
  );
}
