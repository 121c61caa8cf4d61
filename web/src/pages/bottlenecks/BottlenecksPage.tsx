// /knelpunten — systemic bottlenecks: proposals, the list with status, the threshold.
import { Heading } from '../../components/Heading';
import { useLang } from '../../lang';
import { usePageTitle } from '../../usePageTitle';

export function BottlenecksPage() {
  const { t } = useLang();
  usePageTitle(t('bottlenecks.nav'));
  return <Heading level={1}>{t('bottlenecks.nav')}</Heading>;
}
