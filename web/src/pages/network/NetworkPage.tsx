// /netwerk — the network directory: search contacts, add one.
import { Heading } from '../../components/Heading';
import { useLang } from '../../lang';
import { usePageTitle } from '../../usePageTitle';

export function NetworkPage() {
  const { t } = useLang();
  usePageTitle(t('network.nav'));
  return <Heading level={1}>{t('network.nav')}</Heading>;
}
