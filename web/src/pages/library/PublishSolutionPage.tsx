// /casussen/$id/bibliotheek — the coordinator publishes the breakthrough of a case to the library.
import { Heading } from '../../components/Heading';
import { useLang } from '../../lang';
import { usePageTitle } from '../../usePageTitle';

export function PublishSolutionPage({ id }: { id: string }) {
  const { t } = useLang();
  usePageTitle(t('library.nav'));
  return <Heading level={1}>{t('library.nav')}</Heading>;
}
