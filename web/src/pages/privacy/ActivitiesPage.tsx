// /privacy/verwerkingsregister — the register of processing activities: every activity with its
// purpose, and a link to what was logged under it.
import { useQuery } from '@tanstack/react-query';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { useT } from '../../lang';
import { usePageTitle } from '../../usePageTitle';
import { RoleGate } from '../security/RoleGate';
import { activitiesQuery } from './ProcessingFilters';

export function ActivitiesPage() {
  const t = useT();
  usePageTitle(t('privacy.register.title'));
  return (
    <>
      <Heading level={1}>{t('privacy.register.title')}</Heading>
      <RoleGate role="privacy_officer">
        <ActivitiesTable />
      </RoleGate>
    </>
  );
}

function ActivitiesTable() {
  const t = useT();
  const activities = useQuery(activitiesQuery);
  const items = activities.data?.items ?? [];
  return (
    <>
      <Paragraph>{t('privacy.register.intro')}</Paragraph>
      <QueryFeedback query={activities} />
      {items.length ? (
        <Table caption={t('privacy.register.caption')}>
          <THead>
            <Th>{t('privacy.register.purpose')}</Th>
            <Th>{t('privacy.register.code')}</Th>
            <Th>{t('privacy.register.log')}</Th>
          </THead>
          <TBody>
            {items.map((a) => (
              <Tr key={a.id}>
                <Th scope="row" id={`activity-${a.id}`} lang="nl">
                  {a.purpose}
                </Th>
                <Td>
                  <code className="utrecht-code">{a.id}</code>
                </Td>
                <Td>
                  <AppLink to="/privacy/verwerkingen" search={{ activity: a.id }} aria-describedby={`activity-${a.id}`}>
                    {t('privacy.register.showLog')}
                  </AppLink>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </>
  );
}
