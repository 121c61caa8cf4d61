// Cases colleagues offer to me (warm handover), for the inbox: each links to the case, where the
// coordinator reads it and accepts or refuses. Nothing shows when there is nothing to answer.
import { useQuery } from '@tanstack/react-query';
import { stepsApi, stepsKeys } from '../../../api-steps';
import { hasRole, useMe } from '../../../auth';
import { LoadError } from '../../../components/Feedback';
import { Paragraph } from '../../../components/Heading';
import { AppLink } from '../../../components/Link';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/Table';
import { excerpt, formatDateTime } from '../../../format';
import { useLang } from '../../../lang';
import { Section } from '../../cases/CaseSections';

export function HandoverOffers() {
  const { t, locale } = useLang();
  const me = useMe().data;
  const coordinator = hasRole(me, 'coordinator');
  const offers = useQuery({ queryKey: stepsKeys.offersToMe, queryFn: () => stepsApi.offersToMe(), enabled: coordinator });
  if (!coordinator) return null;
  if (offers.isError) return <LoadError error={offers.error} retry={() => void offers.refetch()} />;
  const items = offers.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Section id="section-offers" title={t('handover.offersTitle')}>
      <Paragraph>{t('handover.offersIntro')}</Paragraph>
      <Table caption={t('handover.offersCaption', { n: items.length })}>
        <THead>
          <Th>{t('common.reference')}</Th>
          <Th>{t('handover.from')}</Th>
          <Th>{t('handover.offeredAt')}</Th>
          <Th>{t('handover.noteTitle')}</Th>
        </THead>
        <TBody>
          {items.map((h) => (
            <Tr key={h.id}>
              <Th scope="row">
                <AppLink to="/casussen/$id" params={{ id: h.caseId }} hash="section-handover">
                  {h.reference}
                </AppLink>
              </Th>
              <Td>{h.from.name}</Td>
              <Td>{formatDateTime(h.offeredAt, locale)}</Td>
              <Td>{excerpt(h.note, 160)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </Section>
  );
}
