// /bibliotheek — search the solutions library (Dutch full text plus filters).
import { Heading } from '../../components/Heading';
import { useLang } from '../../lang';
import { usePageTitle } from '../../usePageTitle';

export function LibraryPage() {
  const { t } = useLang();
  usePageTitle(t('library.nav'));
  return <Heading level={1}>{t('library.nav')}</Heading>;
}
