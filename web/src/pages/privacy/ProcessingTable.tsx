// The processing log as a table: one row per processing per data subject, newest first.
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { AppLink } from '../../components/Link';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { ProcessingRow } from '../../types-privacy';
import type { ProcessingSearch } from './ProcessingFilters';
import { actionLabel, basisLabel } from './labels';

export const logRowId = (id: string) => `log-row-${id}`;

export function ProcessingTable({ items, search }: { items: ProcessingRow[]; search: ProcessingSearch }) {
  const { t, locale } = useLang();
  return (
    <Table caption={t('privacy.log.caption')}>
      <THead>
        <Th>{t('privacy.log.at')}</Th>
        <Th>{t('privacy.log.purpose')}</Th>
        <Th>{t('privacy.log.action')}</Th>
        <Th>{t('privacy.log.caseColumn')}</Th>
        <Th>{t('privacy.log.actor')}</Th>
        <Th>{t('privacy.log.basis')}</Th>
        <Th>{t('privacy.log.subject')}</Th>
      </THead>
      <TBody>
        {items.map((row) => (
          <Tr key={`${row.id}-${row.subjectPseudonym}`}>
            <Th scope="row">
              <span id={logRowId(row.id)} tabIndex={-1}>
                {formatDateTime(row.at, locale)}
              </span>
            </Th>
            <Td>
              <span lang="nl">{row.purpose}</span>
              <br />
              <code className="utrecht-code doorbraak-log__activity">{row.activity}</code>
            </Td>
            <Td>{actionLabel(t, row.action)}</Td>
            <Td>{row.caseReference ?? '–'}</Td>
            <Td>
              {row.actor ? (
                <>
                  {row.actor.name}
                  {row.actor.organisation ? (
                    <>
                      <br />
                      <span className="doorbraak-log__organisation">{row.actor.organisation}</span>
                    </>
                  ) : null}
                  {search.user !== row.actor.id ? (
                    <>
                      <br />
                      <AppLink to="/privacy/verwerkingen" search={{ ...search, user: row.actor.id }}>
                        {t('privacy.log.onlyActor')}
                        <span className="doorbraak-visually-hidden"> {row.actor.name}</span>
                      </AppLink>
                    </>
                  ) : null}
                </>
              ) : (
                t('privacy.log.system')
              )}
            </Td>
            <Td>{basisLabel(t, row.legalBasis)}</Td>
            <Td>
              <code className="utrecht-code" title={row.subjectPseudonym}>
                {row.subjectPseudonym.slice(0, 12)}…
              </code>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
