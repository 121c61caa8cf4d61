// Add an agency involved with the household, or change one: who, which service from the price
// list, since when, how much, and what that costs a year. The cost follows from the price list
// (tariff × units per year); only a service that is not on the list takes an amount typed in euros.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api';
import { householdApi, householdKeys } from '../../../api-household';
import { Button, ButtonGroup } from '../../../components/Button';
import { Fieldset } from '../../../components/Choices';
import { ErrorSummary } from '../../../components/ErrorSummary';
import type { FieldErrors } from '../../../components/fieldIds';
import { SelectField, TextField } from '../../../components/FormField';
import { Paragraph } from '../../../components/Heading';
import { formatDate } from '../../../format';
import { useLang } from '../../../lang';
import type { Involvement, InvolvementInput, PriceItem, PriceUnit } from '../../../types-household';
import { ConflictNotice, LatestVersion, orNull, useFormErrors } from '../breakthrough/forms';
import { centsToInput, formatEuros, parseEuros } from '../breakthrough/money';
import { MergedNote, Panel, changedOnly, mergeLatest, parseUnits, unitsToInput, useTariffText } from './shared';

/** The select's value for a service that is not on the price list. */
const OFF_LIST = 'off-list';

interface Draft {
  organisation: string;
  contactName: string;
  contactDetails: string;
  priceItemId: string;
  service: string;
  since: string;
  units: string;
  intensity: string;
  yearly: string;
  endedOn: string;
}

const toDraft = (i: Involvement | null): Draft => ({
  organisation: i?.organisation ?? '', contactName: i?.contactName ?? '', contactDetails: i?.contactDetails ?? '',
  priceItemId: i ? i.priceItem?.id ?? OFF_LIST : '', service: i && !i.priceItem ? i.service : '', since: i?.since ?? '',
  units: unitsToInput(i?.unitsPerYear ?? null), intensity: i?.intensity ?? '',
  yearly: i && !i.priceItem ? centsToInput(i.yearlyCostCents) : '', endedOn: i?.endedOn ?? '',
});

const P = {
  organisation: 'inv.organisation', contactName: 'inv.contactName', contactDetails: 'inv.contactDetails', priceItemId: 'inv.priceItemId',
  service: 'inv.service', since: 'inv.since', unitsPerYear: 'inv.unitsPerYear', intensity: 'inv.intensity', yearlyCostCents: 'inv.yearlyCostCents',
  endedOn: 'inv.endedOn',
} as const;

/** What the draft asks the server to store; the checks in submit run first. */
function toInput(d: Draft): InvolvementInput {
  const offList = d.priceItemId === OFF_LIST;
  const onList = !!d.priceItemId && !offList;
  const yearly = offList ? parseEuros(d.yearly) : null;
  return {
    organisation: d.organisation, contactName: orNull(d.contactName), contactDetails: orNull(d.contactDetails),
    priceItemId: onList ? d.priceItemId : null, service: offList ? d.service : null,
    since: d.since || null, unitsPerYear: onList ? parseUnits(d.units) : null, intensity: orNull(d.intensity),
    yearlyCostCents: yearly?.ok ? yearly.cents : null, endedOn: d.endedOn || null,
  };
}

/** A yearly tariff or a trajectory counts once a year unless said otherwise (as on the server). */
const countsOnce = (unit: PriceUnit) => unit === 'year' || unit === 'trajectory';

/** Tariff × units, in whole cents, as the server works it out. */
const yearlyOf = (tariffCents: number, units: number) => Math.round((tariffCents * Math.round(units * 100)) / 100);

interface InvolvementFormProps {
  caseId: string;
  /** The involvement to change; null to add one. */
  involvement: Involvement | null;
  /** What applies today; an involvement's own item stays choosable when it no longer does. */
  priceList: PriceItem[];
  returnTo: string;
  onDone: (saved?: Involvement) => void;
}

export function InvolvementForm({ caseId, involvement, priceList, returnTo, onDone }: InvolvementFormProps) {
  const { t, locale } = useLang();
  const tariffText = useTariffText();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(involvement));
  /** The stored values the draft started from: only what the user changed is sent. */
  const [base, setBase] = useState<Draft>(() => toDraft(involvement));
  const [version, setVersion] = useState(involvement?.version ?? 0);
  const [conflict, setConflict] = useState<string | null>(null);
  const [latest, setLatest] = useState<Involvement | null>(null);
  const errors = useFormErrors();
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const own = involvement?.priceItem;
  const items: { id: string; service: string; unit: PriceUnit; tariffCents: number }[] =
    own && !priceList.some((p) => p.id === own.id) ? [own, ...priceList] : priceList;
  const item = items.find((p) => p.id === draft.priceItemId) ?? null;
  const offList = draft.priceItemId === OFF_LIST;

  const save = useMutation({
    mutationFn: () =>
      involvement
        ? householdApi.updateInvolvement(caseId, involvement.id, { ...changedOnly(toInput(draft), toInput(base)), version })
        : householdApi.addInvolvement(caseId, toInput(draft)),
    onSuccess: (saved) => onDone(saved),
    onError: (error) => {
      if (isApiError(error, 409) && involvement) setConflict(error.detail ?? t('conflict.title'));
      else errors.fromError(error, t, P);
    },
  });

  const fetchLatest = useMutation({
    mutationFn: () => queryClient.fetchQuery({ queryKey: householdKeys.involvements(caseId), queryFn: () => householdApi.involvements(caseId), staleTime: 0 }),
    onSuccess: (list) => {
      const found = list.items.find((i) => i.id === involvement?.id) ?? null;
      setConflict(null);
      if (found) {
        setLatest(found);
        setVersion(found.version);
        setDraft((d) => mergeLatest(d, base, toDraft(found)));
        setBase(toDraft(found));
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: FieldErrors = {};
    if (draft.organisation.trim().length < 2) found[P.organisation] = t('household.involvements.err.organisation');
    if (!draft.priceItemId) found[P.priceItemId] = t('household.involvements.err.service');
    if (offList && !draft.service.trim()) found[P.service] = t('household.involvements.err.serviceName');
    const units = item ? parseUnits(draft.units) : null;
    if (units !== null && (Number.isNaN(units) || units <= 0)) found[P.unitsPerYear] = t('household.involvements.err.units');
    if (item && units === null && !countsOnce(item.unit)) {
      found[P.unitsPerYear] = t('household.involvements.err.unitsNeeded', { unit: t(`priceList.units.${item.unit}`) });
    }
    const yearly = offList ? parseEuros(draft.yearly) : ({ ok: true, cents: null } as const);
    if (!yearly.ok) found[P.yearlyCostCents] = t(`household.money.${yearly.reason}`);
    if (Object.keys(found).length || !yearly.ok) {
      errors.show(found);
      return;
    }
    errors.clear();
    save.mutate();
  }

  const preview = (() => {
    if (!item) return null;
    const units = parseUnits(draft.units) ?? (countsOnce(item.unit) ? 1 : null);
    if (units === null || Number.isNaN(units)) return null;
    return t('household.involvements.preview', {
      tariff: tariffText(item), units: unitsToInput(units), amount: formatEuros(yearlyOf(item.tariffCents, units), locale, true),
    });
  })();

  const title = involvement
    ? t('household.involvements.editTitle', { organisation: involvement.organisation })
    : t('household.involvements.addTitle');
  return (
    <Panel id="involvement-form-title" title={title} returnTo={returnTo}>
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
        {conflict ? <ConflictNotice detail={conflict} busy={fetchLatest.isPending} onFetchLatest={() => fetchLatest.mutate()} /> : null}
        {latest ? (
          <LatestVersion
            items={[
              { label: t('case.organisation'), value: latest.organisation },
              { label: t('household.involvements.contact'), value: [latest.contactName, latest.contactDetails].filter(Boolean).join(', ') },
              { label: t('household.involvements.service'), value: latest.service },
              { label: t('household.involvements.since'), value: formatDate(latest.since, locale) },
              { label: t('household.involvements.intensity'), value: latest.intensity },
              { label: t('household.involvements.yearly'), value: formatEuros(latest.yearlyCostCents, locale, true) },
              { label: t('household.involvements.endedOn'), value: formatDate(latest.endedOn, locale) },
            ]}
            onAdopt={() => { setDraft(toDraft(latest)); setBase(toDraft(latest)); setLatest(null); }}
            onDismiss={() => setLatest(null)}
          />
        ) : null}
        {latest ? <MergedNote /> : null}
        <TextField path={P.organisation} label={t('case.organisation')} description={t('household.involvements.organisationHint')} required
          autoComplete="off" value={draft.organisation} onValue={(organisation) => update({ organisation })} error={errors.fields[P.organisation]} />
        <Fieldset path="inv.contact" legend={t('household.involvements.contact')} description={t('common.optional')}>
          <TextField path={P.contactName} label={t('household.involvements.contactName')} autoComplete="off"
            value={draft.contactName} onValue={(contactName) => update({ contactName })} error={errors.fields[P.contactName]} />
          <TextField path={P.contactDetails} label={t('household.involvements.contactDetails')} description={t('household.involvements.contactDetailsHint')}
            autoComplete="off" value={draft.contactDetails} onValue={(contactDetails) => update({ contactDetails })} error={errors.fields[P.contactDetails]} />
        </Fieldset>
        <SelectField path={P.priceItemId} label={t('household.involvements.service')} description={t('household.involvements.serviceHint')} required
          value={draft.priceItemId} onChange={(e) => update({ priceItemId: e.target.value, units: '' })} error={errors.fields[P.priceItemId]}
          options={[
            { value: '', label: t('household.involvements.chooseService') },
            ...items.map((p) => ({ value: p.id, label: `${p.service} (${tariffText(p)})` })),
            { value: OFF_LIST, label: t('household.involvements.offList') },
          ]} />
        {item ? (
          <>
            <TextField path={P.unitsPerYear} label={t(`household.involvements.unitsLabel.${item.unit}`)}
              description={countsOnce(item.unit) ? t('household.involvements.unitsOnceHint') : t('household.involvements.unitsHint')}
              inputMode="decimal" autoComplete="off" className="doorbraak-input--short" required={!countsOnce(item.unit)}
              value={draft.units} onValue={(units) => update({ units })} error={errors.fields[P.unitsPerYear]} />
            <Paragraph className="doorbraak-involvement-preview">{preview ?? t('household.involvements.previewMissing')}</Paragraph>
          </>
        ) : null}
        {offList ? (
          <>
            <TextField path={P.service} label={t('household.involvements.serviceName')} required autoComplete="off"
              value={draft.service} onValue={(service) => update({ service })} error={errors.fields[P.service]} />
            <TextField path={P.yearlyCostCents} label={t('household.involvements.yearlyManual')} description={t('household.involvements.yearlyManualHint')}
              inputMode="decimal" autoComplete="off" className="doorbraak-money"
              value={draft.yearly} onValue={(yearly) => update({ yearly })} error={errors.fields[P.yearlyCostCents]} />
          </>
        ) : null}
        <TextField path={P.since} label={t('household.involvements.since')} description={t('common.optional')} type="date"
          className="doorbraak-input--date" value={draft.since} onValue={(since) => update({ since })} error={errors.fields[P.since]} />
        <TextField path={P.intensity} label={t('household.involvements.intensity')} description={t('household.involvements.intensityHint')}
          autoComplete="off" value={draft.intensity} onValue={(intensity) => update({ intensity })} error={errors.fields[P.intensity]} />
        {involvement ? (
          <TextField path={P.endedOn} label={t('household.involvements.endedOn')} description={t('household.involvements.endedOnHint')} type="date"
            className="doorbraak-input--date" value={draft.endedOn} onValue={(endedOn) => update({ endedOn })} error={errors.fields[P.endedOn]} />
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending}>
            {involvement ? t('household.involvements.save') : t('household.involvements.add')}
          </Button>
          <Button appearance="subtle" onClick={() => onDone()}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </Panel>
  );
}
