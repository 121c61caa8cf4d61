// /casussen/$id/verwerkingen — for the coordinator: who read or changed what on this case, when and
// why, and every break-glass opening with its reason. Anyone else gets "not found".
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api';
import { accessApi, accessKeys } from '../../api-access';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { ProcessingLine } from '../../types-access';
import { usePageTitle } from '../../usePageTitle';

/** 'inzage-casus-verwerkingen' → 'Inzage casus verwerkingen': the register's code, readable. */
const activityName = (code: string) => {
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const actionKey = (a: ProcessingLine['action']) => `processing.action.${a}` as const;

export function ProcessingPage({ id }: { id: string }) {
  const { t, locale } = useLang();
  const processing = useQuery({ queryKey: accessKeys.processing(id), queryFn: () => accessApi.processing(id) });
  // The reference for the title comes from the case overview (usually still in the cache).
  const overview = useQuery({ queryKey: accessKeys.case(id), queryFn: () => accessApi.case(id), enabled: processing.isSuccess });
  const reference = overview.data?.reference;
  const title = reference ? t('processing.title', { reference }) : t('processing.titleLoading');
  usePageTitle(title);
  const missing = processing.isError && [400, 403, 404, 422].some((s) => isApiError(processing.error, s));
  const data = processing.data;

  return (
    <>
      <Paragraph>
        <AppLink to="/casussen/$id" params={{ id }}>
          {t('processing.back')}
        </AppLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('processing.intro')}</Paragraph>
      <QueryFeedback query={processing} missing={{ when: missing, message: t('processing.notFound') }} />
      {data ? (
        <>
          <section aria-labelledby="processing-break-glass" className="doorbraak-section">
            <Heading level={2} id="processing-break-glass">
              {t('processing.breakGlassTitle')}
            </Heading>
            {data.breakGlass.length ? (
              <Table caption={t('processing.breakGlassCaption')}>
                <THead>
                  <Th>{t('processing.when')}</Th>
                  <Th>{t('processing.who')}</Th>
                  <Th>{t('processing.until')}</Th>
                  <Th>{t('processing.reason')}</Th>
                </THead>
                <TBody>
                  {data.breakGlass.map((g) => (
                    <Tr key={`${g.at}-${g.name}`}>
                      <Th scope="row">{formatDateTime(g.at, locale)}</Th>
                      <Td>{g.name}</Td>
                      <Td>{formatDateTime(g.until, locale)}</Td>
                      <Td className="doorbraak-prewrap">{g.reason}</Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            ) : (
              <Paragraph>{t('processing.breakGlassNone')}</Paragraph>
            )}
          </section>
          <section aria-labelledby="processing-lines" className="doorbraak-section">
            <Heading level={2} id="processing-lines">
              {t('processing.linesTitle')}
            </Heading>
            {data.lines.length ? (
              <Table caption={t('processing.linesCaption')}>
                <THead>
                  <Th>{t('processing.when')}</Th>
                  <Th>{t('processing.who')}</Th>
                  <Th>{t('processing.what')}</Th>
                  <Th>{t('processing.activity')}</Th>
                  <Th>{t('processing.purpose')}</Th>
                </THead>
                <TBody>
                  {data.lines.map((l, index) => (
                    <Tr key={`${l.at}-${index}`} className={l.activity === 'noodtoegang' ? 'doorbraak-row--overdue' : undefined}>
                      <Th scope="row">{formatDateTime(l.at, locale)}</Th>
                      <Td>
                        {l.actor ?? t('case.systemActor')}
                        {l.organisation ? <span className="doorbraak-access-note"> ({l.organisation})</span> : null}
                      </Td>
                      <Td>{t(actionKey(l.action))}</Td>
                      <Td>{activityName(l.activity)}</Td>
                      <Td>{l.purpose}</Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            ) : (
              <Paragraph>{t('processing.linesNone')}</Paragraph>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
