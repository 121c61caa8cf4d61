// /beheer/prijslijst — for the administrator: the municipality's price list that step 2 uses to
// work out what the support around a household costs a year. Add a tariff, or change one: running
// involvements that use it are recomputed on the server.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { householdApi, householdKeys } from '../../api-household';
import { Badge } from '../../components/Badges';
import { Button } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDate, todayInAmsterdam } from '../../format';
import { useLang } from '../../lang';
import type { PriceItem } from '../../types-household';
import { usePageTitle } from '../../usePageTitle';
import { RoleGate } from '../security/RoleGate';
import { SavedStatus } from '../workflow/breakthrough/forms';
import { PriceItemForm } from '../workflow/household/PriceItemForm';
import { useTariffText } from '../workflow/household/shared';

type Editing = { mode: 'add' } | { mode: 'edit'; id: string } | null;

function Validity({ item }: { item: PriceItem }) {
  const { t, locale } = useLang();
  const from = formatDate(item.validFrom, locale);
  const until = item.validUntil ? formatDate(item.validUntil, locale) : null;
  const period = until ? t('priceList.fromUntil', { from, until }) : t('priceList.fromOn', { from });
  let badge = <Badge tone="success">{t('priceList.validNow')}</Badge>;
  if (!item.validNow) {
    badge = item.validFrom > todayInAmsterdam()
      ? <Badge tone="warning">{t('priceList.future')}</Badge>
      : <Badge tone="inactive">{t('priceList.expired')}</Badge>;
  }
  return <>{badge}<span className="doorbraak-cell__sub">{period}</span></>;
}

function PriceList() {
  const { t } = useLang();
  const tariffText = useTariffText();
  const list = useQuery({ queryKey: householdKeys.priceList(), queryFn: () => householdApi.priceList() });
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState('');
  const items = list.data?.items ?? [];
  const target = editing?.mode === 'edit' ? items.find((i) => i.id === editing.id) ?? null : null;

  const open = (next: Editing) => {
    setSaved('');
    setEditing(next);
  };
  const done = (result?: PriceItem) => {
    const mode = editing?.mode;
    setEditing(null);
    if (result) setSaved(t(mode === 'add' ? 'priceList.added' : 'priceList.changed', { service: result.service }));
  };

  return (
    <>
      <QueryFeedback query={list} />
      {list.data && !editing ? (
        <Button id="price-add" appearance="primary" onClick={() => open({ mode: 'add' })}>{t('priceList.addButton')}</Button>
      ) : null}
      {editing?.mode === 'add' ? <PriceItemForm item={null} returnTo="price-add" onDone={done} /> : null}
      {target ? <PriceItemForm key={target.id} item={target} returnTo={`price-edit-${target.id}`} onDone={done} /> : null}
      <SavedStatus message={saved} />
      {list.data ? (
        <Table caption={t('priceList.caption')}>
          <THead>
            <Th>{t('priceList.service')}</Th>
            <Th className="doorbraak-number">{t('priceList.tariff')}</Th>
            <Th>{t('priceList.source')}</Th>
            <Th>{t('priceList.validity')}</Th>
            <Th className="doorbraak-number">{t('priceList.inUse')}</Th>
            <Th>{t('household.actions')}</Th>
          </THead>
          <TBody>
            {items.map((i) => (
              <Tr key={i.id}>
                <Th scope="row">{i.service}</Th>
                <Td className="doorbraak-number">{tariffText(i)}</Td>
                <Td className="doorbraak-cell--source">{i.source ?? t('common.notProvided')}</Td>
                <Td><Validity item={i} /></Td>
                <Td className="doorbraak-number">{i.inUse}</Td>
                <Td>
                  <Button id={`price-edit-${i.id}`} appearance="subtle" onClick={() => open({ mode: 'edit', id: i.id })}>
                    {t('priceList.edit')}
                    <span className="doorbraak-visually-hidden">: {i.service}</span>
                  </Button>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
      {list.data && !items.length ? <Paragraph>{t('priceList.empty')}</Paragraph> : null}
    </>
  );
}

export function PriceListPage() {
  const { t } = useLang();
  usePageTitle(t('priceList.title'));
  return (
    <>
      <Heading level={1}>{t('priceList.title')}</Heading>
      <RoleGate role="administrator">
        <Paragraph lead>{t('priceList.intro')}</Paragraph>
        <PriceList />
      </RoleGate>
    </>
  );
}
