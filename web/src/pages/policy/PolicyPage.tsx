// /beleid — figures without personal data, each chart with its data table and CSV.
import { Heading } from '../../components/Heading';
import { useLang } from '../../lang';
import { usePageTitle } from '../../usePageTitle';

export function PolicyPage() {
  const { t } = useLang();
  usePageTitle(t('policy.nav'));
  return <Heading level={1}>{t('policy.nav')}</Heading>;
}
