// /bibliotheek/$entryId — one library entry; the privacy officer approves it for sharing.
import { Heading } from '../../components/Heading';
import { useLang } from '../../lang';
import { usePageTitle } from '../../usePageTitle';

export function LibraryEntryPage({ entryId }: { entryId: string }) {
  const { t } = useLang();
  usePageTitle(t('library.nav'));
  return <Heading level={1}>{t('library.nav')}</Heading>;
}
