// The figures of the policy view, each a chart with its data table: intakes per week, lead times
// against the norms, open cases per step, breakthroughs, costs per quarter, recurrences and the top
// systemic bottlenecks. Figures only; the server already left out every count from 1 to 4.
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDate } from '../../format';
import { useLang } from '../../lang';
import type { Dashboard } from '../../types-policy';
import { AppLink } from '../../components/Link';
import { formatEuros } from '../workflow/breakthrough/money';
import { Bars, FigureSection, quarterText, useCell } from './Figure';

type Props = { d: Dashboard };

export function IntakesPerWeek({ d }: Props) {
  const { t, locale } = useLang();
  const cell = useCell(d.minCount);
  const hidden = t('policy.cell.fewer', { n: d.minCount });
  const week = (w: { isoWeek: string }) => t('policy.week', { n: Number(w.isoWeek.slice(6)) });
  return (
    <FigureSection figure="intakes-per-week" title={t('policy.intakes.title')} intro={t('policy.intakes.intro', { n: d.intakesPerWeek.length })}
      chart={<Bars series={[{ name: t('policy.intakes.count'), tone: 1 }]} hiddenText={hidden} format={String}
        rows={d.intakesPerWeek.map((w) => ({ label: week(w), values: [w.intakes] }))} />}>
      <Table caption={t('policy.intakes.caption', { n: d.intakesPerWeek.length })}>
        <THead>
          <Th>{t('policy.intakes.week')}</Th>
          <Th className="doorbraak-number">{t('policy.intakes.count')}</Th>
        </THead>
        <TBody>
          {d.intakesPerWeek.map((w) => (
            <Tr key={w.week}>
              <Th scope="row">{t('policy.intakes.weekOf', { week: week(w), date: formatDate(w.week, locale) })}</Th>
              {cell(w, 'intakes', w.intakes)}
            </Tr>
          ))}
        </TBody>
      </Table>
    </FigureSection>
  );
}

export function LeadTimes({ d }: Props) {
  const { t, lang } = useLang();
  const cell = useCell(d.minCount);
  const pct = (v: number) => t('policy.percent', { n: v });
  const days = (v: number) => t('policy.days', { n: String(v).replace('.', lang === 'nl' ? ',' : '.') });
  const n = d.norms;
  return (
    <FigureSection figure="lead-times" wide title={t('policy.lead.title')}
      intro={t('policy.lead.intro', { contact: n.firstContactWorkingDays, urgent: n.firstContactUrgentWorkingDays, start: n.startWorkingDays })}
      chart={<Bars max={100} hiddenText={t('policy.chart.hidden')} format={pct}
        series={[{ name: t('policy.lead.contactShare', { n: n.firstContactWorkingDays }), tone: 1 }, { name: t('policy.lead.startShare', { n: n.startWorkingDays }), tone: 2 }]}
        rows={d.leadTimes.map((r) => ({ label: quarterText(r.quarter, lang), values: [r.firstContactPercent, r.startPercent] }))} />}>
      <Table caption={t('policy.lead.caption', { contact: n.firstContactWorkingDays, start: n.startWorkingDays })}>
        <THead>
          <Th>{t('policy.quarterOfIntake')}</Th>
          <Th className="doorbraak-number">{t('policy.lead.contactTotal')}</Th>
          <Th className="doorbraak-number">{t('policy.lead.contactWithin', { n: n.firstContactWorkingDays })}</Th>
          <Th className="doorbraak-number">{t('policy.lead.share')}</Th>
          <Th className="doorbraak-number">{t('policy.lead.contactMedian')}</Th>
          <Th className="doorbraak-number">{t('policy.lead.startTotal')}</Th>
          <Th className="doorbraak-number">{t('policy.lead.startWithin', { n: n.startWorkingDays })}</Th>
          <Th className="doorbraak-number">{t('policy.lead.share')}</Th>
          <Th className="doorbraak-number">{t('policy.lead.startMedian')}</Th>
          <Th className="doorbraak-number">{t('policy.lead.waiting')}</Th>
        </THead>
        <TBody>
          {d.leadTimes.map((r) => (
            <Tr key={r.quarter}>
              <Th scope="row">{quarterText(r.quarter, lang)}</Th>
              {cell(r, 'firstContactTotal', r.firstContactTotal)}
              {cell(r, 'firstContactWithinNorm', r.firstContactWithinNorm)}
              {cell(r, 'firstContactPercent', r.firstContactPercent, pct)}
              {cell(r, 'firstContactMedianDays', r.firstContactMedianDays, days)}
              {cell(r, 'startTotal', r.startTotal)}
              {cell(r, 'startWithinNorm', r.startWithinNorm)}
              {cell(r, 'startPercent', r.startPercent, pct)}
              {cell(r, 'startMedianDays', r.startMedianDays, days)}
              {cell(r, 'waitingForFirstContact', r.waitingForFirstContact)}
            </Tr>
          ))}
        </TBody>
      </Table>
    </FigureSection>
  );
}

export function OpenPerStep({ d }: Props) {
  const { t } = useLang();
  const cell = useCell(d.minCount);
  return (
    <FigureSection figure="open-per-step" title={t('policy.open.title')} intro={t('policy.open.intro')}
      chart={<Bars series={[{ name: t('policy.open.cases'), tone: 1 }]} hiddenText={t('policy.cell.fewer', { n: d.minCount })} format={String}
        rows={d.openPerStep.map((s) => ({ label: s.label, values: [s.cases] }))} />}>
      <Table caption={t('policy.open.caption')}>
        <THead>
          <Th>{t('policy.open.stage')}</Th>
          <Th className="doorbraak-number">{t('policy.open.cases')}</Th>
        </THead>
        <TBody>
          {d.openPerStep.map((s) => (
            <Tr key={s.stage}>
              <Th scope="row">{s.label}</Th>
              {cell(s, 'cases', s.cases)}
            </Tr>
          ))}
        </TBody>
      </Table>
    </FigureSection>
  );
}

export function Breakthroughs({ d }: Props) {
  const { t, lang } = useLang();
  const cell = useCell(d.minCount);
  return (
    <FigureSection figure="breakthroughs" title={t('policy.breakthroughs.title')} intro={t('policy.breakthroughs.intro')}
      chart={<Bars hiddenText={t('policy.cell.fewer', { n: d.minCount })} format={String}
        series={[{ name: t('policy.breakthroughs.closed'), tone: 3 }, { name: t('policy.breakthroughs.count'), tone: 1 }]}
        rows={d.breakthroughs.map((r) => ({ label: quarterText(r.quarter, lang), values: [r.closed, r.breakthroughs] }))} />}>
      <Table caption={t('policy.breakthroughs.caption')}>
        <THead>
          <Th>{t('policy.quarterOfClosing')}</Th>
          <Th className="doorbraak-number">{t('policy.breakthroughs.closed')}</Th>
          <Th className="doorbraak-number">{t('policy.breakthroughs.count')}</Th>
        </THead>
        <TBody>
          {d.breakthroughs.map((r) => (
            <Tr key={r.quarter}>
              <Th scope="row">{quarterText(r.quarter, lang)}</Th>
              {cell(r, 'closed', r.closed)}
              {cell(r, 'breakthroughs', r.breakthroughs)}
            </Tr>
          ))}
        </TBody>
      </Table>
    </FigureSection>
  );
}

export function Costs({ d }: Props) {
  const { t, lang, locale } = useLang();
  const cell = useCell(d.minCount);
  const euros = (c: number) => formatEuros(c, locale);
  const solution = (r: Dashboard['costs'][number]) =>
    r.solutionOneOffCents === null || r.solutionYearlyCents === null ? null : r.solutionOneOffCents + r.solutionYearlyCents;
  return (
    <FigureSection figure="costs" wide title={t('policy.costs.title')} intro={t('policy.costs.intro')}
      chart={<Bars hiddenText={t('policy.chart.hidden')} format={euros}
        series={[{ name: t('policy.costs.current'), tone: 3 }, { name: t('policy.costs.solution'), tone: 2 }, { name: t('policy.costs.avoided'), tone: 1 }]}
        rows={d.costs.map((r) => ({ label: quarterText(r.quarter, lang), values: [r.currentYearlyCents, solution(r), r.avoided1yCents] }))} />}>
      <Table caption={t('policy.costs.caption')}>
        <THead>
          <Th>{t('policy.quarterOfIntake')}</Th>
          <Th className="doorbraak-number">{t('policy.costs.cases')}</Th>
          <Th className="doorbraak-number">{t('policy.costs.current')}</Th>
          <Th className="doorbraak-number">{t('policy.costs.oneOff')}</Th>
          <Th className="doorbraak-number">{t('policy.costs.yearly')}</Th>
          <Th className="doorbraak-number">{t('policy.costs.avoided')}</Th>
        </THead>
        <TBody>
          {d.costs.map((r) => (
            <Tr key={r.quarter}>
              <Th scope="row">{quarterText(r.quarter, lang)}</Th>
              {cell(r, 'cases', r.cases)}
              {cell(r, 'currentYearlyCents', r.currentYearlyCents, euros)}
              {cell(r, 'solutionOneOffCents', r.solutionOneOffCents, euros)}
              {cell(r, 'solutionYearlyCents', r.solutionYearlyCents, euros)}
              {cell(r, 'avoided1yCents', r.avoided1yCents, euros)}
            </Tr>
          ))}
        </TBody>
      </Table>
    </FigureSection>
  );
}

export function Recurrences({ d }: Props) {
  const { t, lang } = useLang();
  const cell = useCell(d.minCount);
  return (
    <FigureSection figure="recurrences" title={t('policy.recurrences.title')} intro={t('policy.recurrences.intro')}
      chart={<Bars hiddenText={t('policy.cell.fewer', { n: d.minCount })} format={String}
        series={[{ name: t('policy.recurrences.new'), tone: 3 }, { name: t('policy.recurrences.count'), tone: 1 }]}
        rows={d.recurrences.map((r) => ({ label: quarterText(r.quarter, lang), values: [r.newCases, r.recurrences] }))} />}>
      <Table caption={t('policy.recurrences.caption')}>
        <THead>
          <Th>{t('policy.quarterOfIntake')}</Th>
          <Th className="doorbraak-number">{t('policy.recurrences.new')}</Th>
          <Th className="doorbraak-number">{t('policy.recurrences.count')}</Th>
        </THead>
        <TBody>
          {d.recurrences.map((r) => (
            <Tr key={r.quarter}>
              <Th scope="row">{quarterText(r.quarter, lang)}</Th>
              {cell(r, 'newCases', r.newCases)}
              {cell(r, 'recurrences', r.recurrences)}
            </Tr>
          ))}
        </TBody>
      </Table>
    </FigureSection>
  );
}

export function TopBottlenecks({ d }: Props) {
  const { t } = useLang();
  const cell = useCell(d.minCount);
  return (
    <FigureSection figure="bottlenecks" title={t('policy.bottlenecks.title')} intro={t('policy.bottlenecks.intro')}
      chart={<Bars series={[{ name: t('policy.bottlenecks.cases'), tone: 1 }]} hiddenText={t('policy.cell.fewer', { n: d.minCount })} format={String}
        rows={d.bottlenecks.map((b) => ({ label: b.title, values: [b.cases] }))} />}>
      {d.bottlenecks.length ? (
        <Table caption={t('policy.bottlenecks.caption')}>
          <THead>
            <Th>{t('policy.bottlenecks.bottleneck')}</Th>
            <Th>{t('common.status')}</Th>
            <Th>{t('policy.bottlenecks.owner')}</Th>
            <Th className="doorbraak-number">{t('policy.bottlenecks.cases')}</Th>
          </THead>
          <TBody>
            {d.bottlenecks.map((b) => (
              <Tr key={b.id}>
                <Th scope="row"><AppLink to="/knelpunten/$bottleneckId" params={{ bottleneckId: b.id }}>{b.title}</AppLink></Th>
                <Td>{b.statusLabel}</Td>
                <Td>{b.ownerOrganisation ?? t('common.notProvided')}</Td>
                {cell(b, 'cases', b.cases)}
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : <p className="utrecht-paragraph">{t('policy.bottlenecks.none')}</p>}
    </FigureSection>
  );
}
