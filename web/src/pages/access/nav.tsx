// Navigation items of the need-to-know features: "Noodtoegang" for staff who may break glass,
// and "Berichten" with the number of unread messages.
import { useQuery } from '@tanstack/react-query';
import { accessApi, accessKeys } from '../../api-access';
import { AppLink } from '../../components/Link';
import { useLang } from '../../lang';
import type { Me } from '../../types';

/** Same rule as the server (src/access/model.ts mayBreakGlass): the municipality's own case staff, never partners. */
export function mayBreakGlass(me: Me | null | undefined): boolean {
  return !!me && (me.roles.includes('coordinator') || me.roles.includes('mandate_holder'));
}

/** Everyone who works with cases or the processing log gets messages; reporters and partners get none. */
export function receivesMessages(me: Me | null | undefined): boolean {
  return !!me && me.roles.some((r) => r === 'coordinator' || r === 'mandate_holder' || r === 'privacy_officer');
}

/** The unread count, refreshed every minute while a page is open. */
export function useUnreadMessages(enabled: boolean) {
  const query = useQuery({
    queryKey: accessKeys.notifications,
    queryFn: () => accessApi.notifications(),
    enabled,
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
  return query.data?.unread ?? 0;
}

const navActive = { exact: true, includeSearch: false } as const;

export function MessagesNavLink({ className }: { className?: string }) {
  const { t } = useLang();
  const unread = useUnreadMessages(true);
  return (
    <AppLink to="/berichten" className={className} activeOptions={navActive}>
      {t('messages.nav')}
      {unread > 0 ? (
        <>
          {' '}
          <span className="doorbraak-nav__count">{unread}</span>
          <span className="doorbraak-visually-hidden"> {t('messages.navUnread')}</span>
        </>
      ) : null}
    </AppLink>
  );
}

export function BreakGlassNavLink({ className }: { className?: string }) {
  const { t } = useLang();
  return (
    <AppLink to="/noodtoegang" className={className} activeOptions={navActive}>
      {t('breakGlass.nav')}
    </AppLink>
  );
}
