// The server refuses policy staff every page with personal data; the web app then says why
// instead of "not found".
import { isPolicyOnly, useMe } from '../../auth';
import { useLang } from '../../lang';

/** What a case page says when the case is not there for the viewer: for policy staff, why. */
export function useCaseMissingText(): string {
  const { t } = useLang();
  return isPolicyOnly(useMe().data) ? t('policy.caseRefused') : t('case.notFound');
}
