// /privacy/personen/$personId — one resident: the data on record, the access report (art. 15) to
// download, rectification with its history (art. 16), and erasure (art. 17). The data come from the
// search (POST); after a reload the officer searches again, so the resident is never in a URL.
import { useQuery } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { Badge, StatusBadge } from '../../components/Badges';
import { Button, ButtonGroup } from '../../components/Button';
import { DataList } from '../../components/DataList';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { formatDate } from '../../format';
import { kindKey } from '../../i18n';
import { useLang } from '../../lang';
import { privacyApi } from '../../api-privacy';
import type { PersonFound } from '../../types-privacy';
import { usePageTitle } from '../../usePageTitle';
import { RoleGate } from '../security/RoleGate';
import { ErasureForm } from './ErasureForm';
import { PersonHistory } from './PersonHistory';
import { personKey } from './PersonSearchPage';
import { RectifyForm } from './RectifyForm';
import { DownloadStatus, useDownload } from './useDownload';

export function PersonPage({ personId }: { personId: string }) {
  const { t } = useLang();
  // The page title stays general: titles end up in the browser history.
  usePageTitle(t('privacy.person.title'));
  return (
    <RoleGate role="privacy_officer">
      <Person personId={personId} />
    </RoleGate>
  );
}

function Person({ personId }: { personId: string }) {
  const { t, locale } = useLang();
  const person = useQuery({
    queryKey: personKey(personId),
    // Nothing to fetch: without a search in this session the person is not known here.
    queryFn: (): PersonFound | null => null,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });
  const p = person.data;

  if (!p) {
    return (
      <>
        <Heading level={1}>{t('privacy.person.title')}</Heading>
        {person.isPending ? null : (
          <Alert type="warning">
            <p className="utrecht-paragraph">{t('privacy.person.searchAgain')}</p>
            <p className="utrecht-paragraph">
              <AppLink to="/privacy/personen">{t('privacy.person.toSearch')}</AppLink>
            </p>
          </Alert>
        )}
      </>
    );
  }

  return (
    <>
      <Paragraph>
        <AppLink to="/privacy/personen">{t('privacy.person.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>
        {p.name}
        {p.erased ? (
          <>
            {' '}
            <Badge tone="inactive">{t('privacy.person.erased')}</Badge>
          </>
        ) : null}
      </Heading>
      <DataList
        items={[
          { key: t('privacy.persons.birthDate'), value: p.birthDate ? formatDate(p.birthDate, locale) : t('common.notProvided') },
          { key: t('privacy.persons.bsn'), value: p.bsnMasked ?? t('common.notProvided') },
          { key: t('privacy.persons.relation'), value: p.relation ?? t('common.notProvided') },
          {
            key: t('privacy.persons.cases'),
            value: p.cases.length ? (
              <ul className="utrecht-unordered-list">
                {p.cases.map((c) => (
                  <li className="utrecht-unordered-list__item" key={c.id}>
                    {c.reference} ({t(kindKey(c.kind))}) <StatusBadge status={c.status} />
                  </li>
                ))}
              </ul>
            ) : (
              t('privacy.persons.noCases')
            ),
          },
        ]}
      />
      <Paragraph>
        <AppLink to="/privacy/verwerkingen" search={{ person: p.id }}>
          {t('privacy.person.log')}
        </AppLink>
      </Paragraph>
      <ReportDownloads personId={p.id} />
      {p.erased ? (
        <section className="doorbraak-section" aria-labelledby="erased-title">
          <Heading level={2} id="erased-title">
            {t('privacy.erase.title')}
          </Heading>
          <Paragraph>{t('privacy.person.erasedText')}</Paragraph>
        </section>
      ) : (
        <RectifyForm person={p} />
      )}
      <PersonHistory personId={p.id} />
      {p.erased ? null : <ErasureForm person={p} />}
    </>
  );
}

function ReportDownloads({ personId }: { personId: string }) {
  const t = useLang().t;
  const { busy, status, error, download } = useDownload();
  return (
    <section className="doorbraak-section" aria-labelledby="report-title">
      <Heading level={2} id="report-title">
        {t('privacy.report.title')}
      </Heading>
      <Paragraph>{t('privacy.report.intro')}</Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary"
          busy={busy === 'pdf'}
          onClick={() => void download('pdf', privacyApi.reportUrl(personId, 'pdf'), 'inzage.pdf')}
        >
          {t('privacy.report.pdf')}
        </Button>
        <Button busy={busy === 'json'} onClick={() => void download('json', privacyApi.reportUrl(personId, 'json'), 'inzage.json')}>
          {t('privacy.report.json')}
        </Button>
      </ButtonGroup>
      <DownloadStatus status={status} error={error} />
    </section>
  );
}
