// Step 2's content: every agency involved with what it delivers and costs (add, change, end), and
// what the current support costs a year ("doormodderen"), from how many agencies, built up how.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { householdApi, householdKeys } from '../../../api-household';
import { Badge } from '../../../components/Badges';
import { Button } from '../../../components/Button';
import { QueryFeedback } from '../../../components/Feedback';
import { Heading, Paragraph } from '../../../components/Heading';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/Table';
import { formatDate, todayInAmsterdam } from '../../../format';
import { useLang } from '../../../lang';
import type { Involvement, Involvements as InvolvementList } from '../../../types-household';
import { SavedStatus } from '../breakthrough/forms';
import { formatEuros } from '../breakthrough/money';
import { EndInvolvementForm } from './EndInvolvementForm';
import { InvolvementForm } from './InvolvementForm';
import { unitsToInput, useTariffText } from './shared';

function YearlyTotal({ list }: { list: InvolvementList }) {
  const { t, locale } = useLang();
  return (
    <div className="doorbraak-yearly-total" id="yearly-total">
      <p className="utrecht-paragraph doorbraak-yearly-total__label">{t('household.costs.totalLabel')}</p>
      <p className="utrecht-paragraph doorbraak-yearly-total__amount">{formatEuros(list.yearlyTotalCents, locale)}</p>
      <p className="utrecht-paragraph">{t('household.costs.agencies', { n: list.agencies })}</p>
    </div>
  );
}

function BuildUp({ list }: { list: InvolvementList }) {
  const { t, locale } = useLang();
  if (!list.byOrganisation.length) return null;
  return (
    <section aria-labelledby="build-up-title">
      <Heading level={3} id="build-up-title">{t('household.costs.buildUpTitle')}</Heading>
      <Table caption={t('household.costs.buildUpCaption')}>
        <THead>
          <Th>{t('case.organisation')}</Th>
          <Th>{t('household.costs.services')}</Th>
          <Th className="doorbraak-number">{t('household.involvements.yearly')}</Th>
          <Th className="doorbraak-number">{t('household.costs.share')}</Th>
        </THead>
        <TBody>
          {list.byOrganisation.map((g) => (
            <Tr key={g.organisation}>
              <Th scope="row">{g.organisation}</Th>
              <Td>{g.services.join(', ')}</Td>
              <Td className="doorbraak-number">{formatEuros(g.yearlyCents, locale)}</Td>
              <Td className="doorbraak-number">{t('household.costs.percent', { n: g.sharePercent })}</Td>
            </Tr>
          ))}
        </TBody>
        <tfoot>
          <Tr>
            <Th scope="row">{t('household.costs.total')}</Th>
            <Td />
            <Td className="doorbraak-number"><strong>{formatEuros(list.yearlyTotalCents, locale)}</strong></Td>
            <Td className="doorbraak-number">{t('household.costs.percent', { n: 100 })}</Td>
          </Tr>
        </tfoot>
      </Table>
    </section>
  );
}

type Editing = { mode: 'add' } | { mode: 'edit' | 'end'; id: string } | null;

function Row({ i, editable, onEdit, onEnd }: { i: Involvement; editable: boolean; onEdit: () => void; onEnd: () => void }) {
  const { t, locale } = useLang();
  const tariffText = useTariffText();
  return (
    <Tr className={i.current ? undefined : 'doorbraak-row--ended'}>
      <Th scope="row">
        {i.organisation}
        <span className="doorbraak-cell__badge">
          {i.current
            ? <Badge tone="active">{i.endedOn ? t('household.involvements.endsOn', { date: formatDate(i.endedOn, locale) }) : t('household.involvements.running')}</Badge>
            : <Badge tone="inactive">{t('household.involvements.ended', { date: formatDate(i.endedOn, locale) })}</Badge>}
        </span>
      </Th>
      <Td>
        {i.contactName ?? (i.contactDetails ? '' : t('common.notProvided'))}
        {i.contactDetails ? <span className="doorbraak-cell__sub">{i.contactDetails}</span> : null}
      </Td>
      <Td>
        {i.service}
        {i.priceItem ? (
          <span className="doorbraak-cell__sub">
            {t('household.involvements.fromList', { tariff: tariffText(i.priceItem), units: unitsToInput(i.unitsPerYear ?? 1) })}
          </span>
        ) : <span className="doorbraak-cell__sub">{t('household.involvements.notOnList')}</span>}
      </Td>
      <Td>{i.since ? formatDate(i.since, locale) : t('common.notProvided')}</Td>
      <Td>{i.intensity ?? t('common.notProvided')}</Td>
      <Td className="doorbraak-number">{formatEuros(i.yearlyCostCents, locale)}</Td>
      {editable ? (
        <Td>
          <span className="doorbraak-row-actions doorbraak-row-actions--stacked">
            <Button id={`inv-edit-${i.id}`} appearance="subtle" onClick={onEdit}>
              {t('household.involvements.edit')}
              <span className="doorbraak-visually-hidden">: {i.organisation}, {i.service}</span>
            </Button>
            {i.current && !i.endedOn ? (
              <Button id={`inv-end-${i.id}`} appearance="subtle" onClick={onEnd}>
                {t('household.involvements.end')}
                <span className="doorbraak-visually-hidden">: {i.organisation}, {i.service}</span>
              </Button>
            ) : null}
          </span>
        </Td>
      ) : null}
    </Tr>
  );
}

export function InvolvementsSection({ caseId, editable }: { caseId: string; editable: boolean }) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const today = todayInAmsterdam();
  const list = useQuery({ queryKey: householdKeys.involvements(caseId), queryFn: () => householdApi.involvements(caseId) });
  const prices = useQuery({ queryKey: householdKeys.priceList(today), queryFn: () => householdApi.priceList(today), enabled: editable });
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState('');
  const data = list.data;
  const target = editing && editing.mode !== 'add' ? data?.items.find((i) => i.id === editing.id) ?? null : null;

  async function done(result?: Involvement) {
    const mode = editing?.mode;
    setEditing(null);
    if (!result) return;
    // The yearly total, the case overview and the cost sum of steps 4 and 5 all follow from this list.
    void queryClient.invalidateQueries({ queryKey: householdKeys.case(caseId), exact: true });
    void queryClient.invalidateQueries({ queryKey: householdKeys.costSum(caseId) });
    const next = await queryClient.fetchQuery({ queryKey: householdKeys.involvements(caseId), queryFn: () => householdApi.involvements(caseId), staleTime: 0 });
    const what = mode === 'add' ? 'household.involvements.added' : mode === 'end' ? 'household.involvements.endedSaved' : 'household.involvements.changed';
    setSaved(t(what, { organisation: result.organisation, total: formatEuros(next.yearlyTotalCents, locale) }));
  }

  const open = (next: Editing) => {
    setSaved('');
    setEditing(next);
  };

  return (
    <>
      <QueryFeedback query={list} />
      <SavedStatus message={saved} />
      {data ? (
        data.items.length ? (
          <Table caption={t('household.involvements.caption')}>
            <THead>
              <Th>{t('case.organisation')}</Th>
              <Th>{t('household.involvements.contact')}</Th>
              <Th>{t('household.involvements.service')}</Th>
              <Th>{t('household.involvements.since')}</Th>
              <Th>{t('household.involvements.intensity')}</Th>
              <Th className="doorbraak-number">{t('household.involvements.yearly')}</Th>
              {editable ? <Th>{t('household.actions')}</Th> : null}
            </THead>
            <TBody>
              {data.items.map((i) => (
                <Row key={i.id} i={i} editable={editable}
                  onEdit={() => open({ mode: 'edit', id: i.id })} onEnd={() => open({ mode: 'end', id: i.id })} />
              ))}
            </TBody>
          </Table>
        ) : <Paragraph>{t('household.involvements.empty')}</Paragraph>
      ) : null}
      {editable ? <QueryFeedback query={prices} /> : null}
      {data && prices.data && editing?.mode === 'add' ? (
        <InvolvementForm caseId={caseId} involvement={null} priceList={prices.data.items} returnTo="inv-add" onDone={(r) => void done(r)} />
      ) : null}
      {prices.data && target && editing?.mode === 'edit' ? (
        <InvolvementForm key={target.id} caseId={caseId} involvement={target} priceList={prices.data.items}
          returnTo={`inv-edit-${target.id}`} onDone={(r) => void done(r)} />
      ) : null}
      {target && editing?.mode === 'end' ? (
        <EndInvolvementForm key={target.id} caseId={caseId} involvement={target} returnTo={`inv-edit-${target.id}`} onDone={(r) => void done(r)} />
      ) : null}
      {editable && data && prices.data && !editing ? (
        <Button id="inv-add" onClick={() => open({ mode: 'add' })}>{t('household.involvements.addButton')}</Button>
      ) : null}
    </>
  );
}

/** The yearly total of the running support, the number of agencies and how the total is built up. */
export function CostOverview({ caseId }: { caseId: string }) {
  const list = useQuery({ queryKey: householdKeys.involvements(caseId), queryFn: () => householdApi.involvements(caseId) });
  if (!list.data) return <QueryFeedback query={list} />;
  return (
    <>
      <YearlyTotal list={list.data} />
      <BuildUp list={list.data} />
    </>
  );
}
