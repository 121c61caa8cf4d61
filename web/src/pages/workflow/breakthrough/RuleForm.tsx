// Adding or changing one rule of the catalogue. The purpose matters most: coordinators argue from
// what a rule means to achieve, so the form asks for it in plain words.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { breakthroughApi, breakthroughKeys } from '../../../api-breakthrough';
import { Button, ButtonGroup } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../../components/FormField';
import { Paragraph } from '../../../components/Heading';
import { useLang } from '../../../lang';
import type { Rule, RuleInput } from '../../../types-breakthrough';
import { ConflictNotice, LatestVersion, notice, orNull, useConflict, useFormErrors, type Notice } from './forms';

const FIELDS = ['code', 'name', 'law', 'article', 'purpose', 'url'] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Field, string>;

const toDraft = (r?: Rule): Draft => Object.fromEntries(FIELDS.map((f) => [f, r?.[f] ?? ''])) as Draft;

/** The whole catalogue again, fresh, and one rule from it (null when it is gone). */
export function useFreshRule() {
  const queryClient = useQueryClient();
  return async (id: string): Promise<Rule | null> => {
    const all = await queryClient.fetchQuery({ queryKey: breakthroughKeys.rules('all'), queryFn: () => breakthroughApi.rules('all'), staleTime: 0 });
    return all.items.find((r) => r.id === id) ?? null;
  };
}

/** Every list of rules (the admin page's and step 4's picker) is stale after a change. */
export function useRulesChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['rules'] });
}

export function RuleForm({ rule, onDone }: { rule?: Rule; onDone: (n: Notice | null) => void }) {
  const { t } = useLang();
  const prefix = rule ? 'rule-edit' : 'rule-new';
  const path = (f: Field) => `${prefix}.${f}`;
  const [draft, setDraft] = useState<Draft>(() => toDraft(rule));
  const [version, setVersion] = useState(rule?.version ?? 0);
  const errors = useFormErrors();
  const fresh = useFreshRule();
  const changed = useRulesChanged();
  const conflict = useConflict(() => fresh(rule!.id), setVersion);

  const input = (): Omit<RuleInput, 'active'> => ({
    code: draft.code.trim(),
    name: draft.name.trim(),
    law: draft.law.trim(),
    article: orNull(draft.article),
    purpose: orNull(draft.purpose),
    url: orNull(draft.url),
  });

  const save = useMutation({
    mutationFn: () => (rule
      ? breakthroughApi.updateRule(rule.id, { ...input(), version })
      : breakthroughApi.createRule({ ...input(), active: true })),
    onSuccess: (saved) => {
      changed();
      onDone(notice(t(rule ? 'rules.saved' : 'rules.added', { name: saved.name })));
    },
    onError: (error) => {
      if (!conflict.caught(error, t('conflict.title'))) errors.fromError(error, t, Object.fromEntries(FIELDS.map((f) => [f, path(f)])));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }

  const field = (f: Field, props: { required?: boolean; short?: boolean; type?: string } = {}) => (
    <TextField path={path(f)} label={t(`rules.field.${f}`)} description={t(`rules.field.${f}Hint`)} required={props.required}
      type={props.type} className={props.short ? 'doorbraak-input--short' : undefined} autoComplete="off" spellCheck={f === 'name'}
      value={draft[f]} onValue={(value) => setDraft((d) => ({ ...d, [f]: value }))} error={errors.fields[path(f)]} />
  );

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-label={t(rule ? 'rules.editForm' : 'rules.addForm')}>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      {conflict.gone ? <Paragraph role="alert">{t('rules.gone')}</Paragraph> : null}
      {conflict.latest ? (
        <LatestVersion
          items={FIELDS.map((f) => ({ label: t(`rules.field.${f}`), value: conflict.latest![f] }))}
          onAdopt={() => {
            setDraft(toDraft(conflict.latest!));
            conflict.clear();
          }}
          onDismiss={conflict.clear}
        />
      ) : null}
      {field('name', { required: true })}
      {field('law', { required: true })}
      {field('article', { short: true })}
      {field('code', { required: true, short: true })}
      <TextAreaField path={path('purpose')} label={t('rules.field.purpose')} description={t('rules.field.purposeHint')} rows={5}
        value={draft.purpose} onValue={(purpose) => setDraft((d) => ({ ...d, purpose }))} error={errors.fields[path('purpose')]} />
      {field('url', { type: 'url' })}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {save.isPending ? t('breakthrough.saving') : t(rule ? 'rules.save' : 'rules.add')}
        </Button>
        <Button appearance="subtle" onClick={() => onDone(null)}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
