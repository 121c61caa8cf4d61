// Add a tariff to the price list or change one (administrator): service, unit, tariff per unit in
// euros, where the amount comes from, and from when until when it applies. The server's own rules
// (e.g. no negative tariff) come back on the fields.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api';
import { householdApi, householdKeys } from '../../../api-household';
import { Button, ButtonGroup } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import type { FieldErrors } from '../../../components/fieldIds';
import { SelectField, TextAreaField, TextField } from '../../../components/FormField';
import { formatDate, todayInAmsterdam } from '../../../format';
import { useLang } from '../../../lang';
import { PRICE_UNITS, type PriceItem, type PriceItemInput, type PriceUnit } from '../../../types-household';
import { ConflictNotice, LatestVersion, orNull, useFormErrors } from '../breakthrough/forms';
import { centsToInput } from '../breakthrough/money';
import { MergedNote, Panel, changedOnly, mergeLatest, parseTariff, useTariffText } from './shared';

interface Draft {
  service: string;
  unit: PriceUnit | '';
  tariff: string;
  source: string;
  validFrom: string;
  validUntil: string;
}

const toDraft = (p: PriceItem | null): Draft => ({
  service: p?.service ?? '', unit: p?.unit ?? '', tariff: p ? centsToInput(p.tariffCents) : '', source: p?.source ?? '',
  validFrom: p?.validFrom ?? todayInAmsterdam(), validUntil: p?.validUntil ?? '',
});

function toInput(d: Draft, tariffCents: number): PriceItemInput {
  return {
    service: d.service, unit: d.unit as PriceUnit, tariffCents, source: orNull(d.source),
    validFrom: d.validFrom, validUntil: d.validUntil || null,
  };
}

const P = {
  service: 'price.service', unit: 'price.unit', tariffCents: 'price.tariffCents', source: 'price.source',
  validFrom: 'price.validFrom', validUntil: 'price.validUntil',
} as const;

export function PriceItemForm({ item, returnTo, onDone }: { item: PriceItem | null; returnTo: string; onDone: (saved?: PriceItem) => void }) {
  const { t, locale } = useLang();
  const tariffText = useTariffText();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(item));
  /** The stored values the draft started from: only what the user changed is sent. */
  const [base, setBase] = useState<Draft>(() => toDraft(item));
  const [version, setVersion] = useState(item?.version ?? 0);
  const [conflict, setConflict] = useState<string | null>(null);
  const [latest, setLatest] = useState<PriceItem | null>(null);
  const errors = useFormErrors();
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = useMutation({
    mutationFn: (tariffCents: number) => {
      const input = toInput(draft, tariffCents);
      if (!item) return householdApi.addPriceItem(input);
      const before = parseTariff(base.tariff);
      return householdApi.updatePriceItem(item.id, { ...changedOnly(input, toInput(base, before.ok ? before.cents ?? 0 : 0)), version });
    },
    onSuccess: (saved) => {
      // Involvements that use a changed tariff are recomputed on the server: every case's costs follow.
      void queryClient.invalidateQueries({ queryKey: ['price-list'] });
      void queryClient.invalidateQueries({ queryKey: ['case'] });
      onDone(saved);
    },
    onError: (error) => {
      if (isApiError(error, 409) && item) setConflict(error.detail ?? t('conflict.title'));
      else errors.fromError(error, t, P);
    },
  });

  const fetchLatest = useMutation({
    mutationFn: () => queryClient.fetchQuery({ queryKey: householdKeys.priceList(), queryFn: () => householdApi.priceList(), staleTime: 0 }),
    onSuccess: (list) => {
      const found = list.items.find((p) => p.id === item?.id) ?? null;
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
    if (draft.service.trim().length < 2) found[P.service] = t('priceList.err.service');
    if (!draft.unit) found[P.unit] = t('priceList.err.unit');
    const tariff = parseTariff(draft.tariff);
    if (!tariff.ok) found[P.tariffCents] = t(`household.money.${tariff.reason}`);
    else if (tariff.cents === null) found[P.tariffCents] = t('priceList.err.tariff');
    if (!draft.validFrom) found[P.validFrom] = t('priceList.err.validFrom');
    if (Object.keys(found).length || !tariff.ok || tariff.cents === null) {
      errors.show(found);
      return;
    }
    errors.clear();
    save.mutate(tariff.cents);
  }

  const unitName = (u: PriceUnit) => t(`priceList.unit.${u}`);
  return (
    <Panel id="price-form-title" level={2} title={item ? t('priceList.editTitle', { service: item.service }) : t('priceList.addTitle')} returnTo={returnTo}>
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
        {conflict ? <ConflictNotice detail={conflict} busy={fetchLatest.isPending} onFetchLatest={() => fetchLatest.mutate()} /> : null}
        {latest ? (
          <LatestVersion
            items={[
              { label: t('priceList.service'), value: latest.service },
              { label: t('priceList.tariff'), value: tariffText(latest) },
              { label: t('priceList.source'), value: latest.source },
              { label: t('priceList.validFrom'), value: formatDate(latest.validFrom, locale) },
              { label: t('priceList.validUntil'), value: formatDate(latest.validUntil, locale) },
            ]}
            onAdopt={() => { setDraft(toDraft(latest)); setBase(toDraft(latest)); setLatest(null); }}
            onDismiss={() => setLatest(null)}
          />
        ) : null}
        {latest ? <MergedNote /> : null}
        <TextField path={P.service} label={t('priceList.service')} description={t('priceList.serviceHint')} required autoComplete="off"
          value={draft.service} onValue={(service) => update({ service })} error={errors.fields[P.service]} />
        <SelectField path={P.unit} label={t('priceList.unitLabel')} required value={draft.unit}
          onChange={(e) => update({ unit: e.target.value as PriceUnit | '' })} error={errors.fields[P.unit]}
          options={[{ value: '', label: t('priceList.chooseUnit') }, ...PRICE_UNITS.map((u) => ({ value: u, label: t('priceList.per', { unit: unitName(u) }) }))]} />
        <TextField path={P.tariffCents} label={t('priceList.tariffInEuros')} description={t('priceList.tariffHint')} required inputMode="decimal"
          autoComplete="off" className="doorbraak-money" value={draft.tariff} onValue={(tariff) => update({ tariff })} error={errors.fields[P.tariffCents]} />
        <TextAreaField path={P.source} label={t('priceList.source')} description={t('priceList.sourceHint')} rows={2}
          value={draft.source} onValue={(source) => update({ source })} error={errors.fields[P.source]} />
        <TextField path={P.validFrom} label={t('priceList.validFrom')} type="date" required className="doorbraak-input--date"
          value={draft.validFrom} onValue={(validFrom) => update({ validFrom })} error={errors.fields[P.validFrom]} />
        <TextField path={P.validUntil} label={t('priceList.validUntil')} description={t('priceList.validUntilHint')} type="date"
          className="doorbraak-input--date" value={draft.validUntil} onValue={(validUntil) => update({ validUntil })} error={errors.fields[P.validUntil]} />
        {item && item.inUse ? <p className="utrecht-paragraph">{t('priceList.inUseHint', { n: item.inUse })}</p> : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending}>
            {item ? t('priceList.save') : t('priceList.add')}
          </Button>
          <Button appearance="subtle" onClick={() => onDone()}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </Panel>
  );
}
