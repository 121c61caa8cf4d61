// Adding or changing a level of the mandate ladder: rank, name, the one-off amount it may decide
// (empty: unlimited), optionally only for some life domains or rules, and whether it is in use.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { decisionsApi, decisionsKeys } from '../../api-decisions';
import { Button, ButtonGroup } from '../../components/Button';
import { CheckboxGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { Heading } from '../../components/Heading';
import { domainKey } from '../../i18n';
import { useLang } from '../../lang';
import { LIFE_DOMAINS, type LifeDomain } from '../../types';
import type { RuleRef } from '../../types-breakthrough';
import type { MandateLevel } from '../../types-decisions';
import { ConflictNotice, useConflict, useFormErrors } from '../workflow/breakthrough/forms';
import { ruleTitle } from '../workflow/breakthrough/RulePicker';
import { centsToInput, parseEuros } from '../workflow/breakthrough/money';

interface Props {
  level: MandateLevel | null;
  nextRank: number;
  rules: RuleRef[];
  onDone: (saved?: MandateLevel) => void;
}

export function LevelForm({ level, nextRank, rules, onDone }: Props) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const prefix = level ? `level-${level.id}` : 'level-new';
  const p = (field: string) => `${prefix}.${field}`;
  const [rank, setRank] = useState(String(level?.rank ?? nextRank));
  const [name, setName] = useState(level?.name ?? '');
  const [max, setMax] = useState(level ? centsToInput(level.maxCents) : '');
  const [domains, setDomains] = useState<LifeDomain[]>(level?.lifeDomains ?? []);
  const [ruleIds, setRuleIds] = useState<string[]>(level?.ruleIds ?? []);
  const [active, setActive] = useState<('active')[]>(level && !level.active ? [] : ['active']);
  const [version, setVersion] = useState(level?.version ?? 0);
  const errors = useFormErrors();
  const conflict = useConflict(async () => {
    const all = await queryClient.fetchQuery({ queryKey: decisionsKeys.levels, queryFn: () => decisionsApi.levels(), staleTime: 0 });
    return all.items.find((l) => l.id === level?.id) ?? null;
  }, setVersion);
  const paths = Object.fromEntries(['rank', 'name', 'maxCents', 'lifeDomains', 'ruleIds'].map((f) => [f, p(f)]));

  const save = useMutation({
    mutationFn: (input: { rank: number; maxCents: number | null }) => {
      const body = { ...input, name, lifeDomains: domains, ruleIds, active: active.length > 0 };
      return level ? decisionsApi.updateLevel(level.id, { ...body, version }) : decisionsApi.addLevel(body);
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: decisionsKeys.levels });
      onDone(saved);
    },
    onError: (error) => {
      if (!conflict.caught(error, t('conflict.title'))) errors.fromError(error, t, paths);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: Record<string, string> = {};
    const r = Number(rank);
    if (!Number.isInteger(r) || r < 1 || r > 99) found[p('rank')] = t('mandates.form.rankInvalid');
    const parsed = parseEuros(max);
    if (!parsed.ok) found[p('maxCents')] = t(`blocker.money.${parsed.reason}`);
    if (Object.keys(found).length || !parsed.ok) {
      errors.show(found);
      return;
    }
    save.mutate({ rank: r, maxCents: parsed.cents });
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form doorbraak-edit-panel" aria-labelledby={`${prefix}-title`}>
      <Heading level={2} look={3} id={`${prefix}-title`}>{level ? t('mandates.form.editTitle', { name: level.name }) : t('mandates.form.addTitle')}</Heading>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      <TextField path={p('rank')} label={t('mandates.rank')} description={t('mandates.form.rankHint')} inputMode="numeric" autoComplete="off"
        className="doorbraak-money" required value={rank} onValue={setRank} error={errors.fields[p('rank')]} />
      <TextField path={p('name')} label={t('mandates.name')} description={t('mandates.form.nameHint')} autoComplete="off" required
        value={name} onValue={setName} error={errors.fields[p('name')]} />
      <TextField path={p('maxCents')} label={t('mandates.max')} description={t('mandates.form.maxHint')} inputMode="decimal" autoComplete="off"
        className="doorbraak-money" value={max} onValue={setMax} error={errors.fields[p('maxCents')]} />
      <CheckboxGroup<LifeDomain>
        path={p('lifeDomains')}
        legend={t('mandates.form.domains')}
        description={t('mandates.form.domainsHint')}
        options={LIFE_DOMAINS.map((d) => ({ value: d, label: t(domainKey(d)) }))}
        value={domains}
        onChange={setDomains}
        error={errors.fields[p('lifeDomains')]}
      />
      {rules.length ? (
        <CheckboxGroup<string>
          path={p('ruleIds')}
          legend={t('mandates.form.rules')}
          description={t('mandates.form.rulesHint')}
          options={rules.map((r) => ({ value: r.id, label: ruleTitle(r) }))}
          value={ruleIds}
          onChange={setRuleIds}
          error={errors.fields[p('ruleIds')]}
        />
      ) : null}
      <CheckboxGroup<'active'>
        path={p('active')}
        legend={t('mandates.form.inUse')}
        options={[{ value: 'active', label: t('mandates.form.active') }]}
        value={active}
        onChange={setActive}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>{t('mandates.form.save')}</Button>
        <Button appearance="subtle" onClick={() => onDone()}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
