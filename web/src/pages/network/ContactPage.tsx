// /netwerk/$contactId — one contact in the network directory.
import { Heading } from '../../components/Heading';
import { useLang } from '../../lang';
import { usePageTitle } from '../../usePageTitle';

export function ContactPage({ contactId }: { contactId: string }) {
  const { t } = useLang();
  usePageTitle(t('network.nav'));
  return <Heading level={1}>{t('network.nav')}</Heading>;
}
