// /knelpunten/$bottleneckId — one systemic bottleneck with its evidence, status and signal report.
import { Heading } from '../../components/Heading';
import { useLang } from '../../lang';
import { usePageTitle } from '../../usePageTitle';

export function BottleneckPage({ bottleneckId }: { bottleneckId: string }) {
  const { t } = useLang();
  usePageTitle(t('bottlenecks.nav'));
  return <Heading level={1}>{t('bottlenecks.nav')}</Heading>;
}
