// Adding a contact to the directory or changing one. The server checks the fields (422 at the
// field); a change carries the version it was read at, and when someone else saved first (409) the
// form says so, keeps what was typed and offers the stored version to compare with.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { networkApi } from '../../api-network';
import { Button, ButtonGroup } from '../../components/Button';
import { CheckboxGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { domainKey } from '../../i18n';
import { useLang } from '../../lang';
import { LIFE_DOMAINS, type LifeDomain } from '../../types';
import { ORGANISATION_KINDS, type ContactDetail, type ContactInput, type OrganisationKind } from '../../types-network';
import { Checkbox } from '../security/Checkbox';
import { ConflictNotice, LatestVersion, orNull, useConflict, useFormErrors } from '../workflow/breakthrough/forms';
import { kindText } from './labels';

const TEXTS = ['name', 'organisation', 'department', 'role', 'canDecide', 'phone', 'email', 'reach', 'notes'] as const;
type TextKey = (typeof TEXTS)[number];
type Values = Record<TextKey, string> & { organisationKind: OrganisationKind | ''; lifeDomains: LifeDomain[]; active: boolean };

/** Server field → form path: the same names, so an error lands on its own field. */
const SERVER_PATHS: Record<string, string> = Object.fromEntries(
  [...TEXTS, 'organisationKind', 'lifeDomains', 'active'].map((k) => [k, `contact.${k}`]),
);
const path = (k: string) => `contact.${k}`;

function valuesOf(c: ContactDetail | null): Values {
  return {
    name: c?.name ?? '', organisation: c?.organisation ?? '', department: c?.department ?? '', role: c?.role ?? '',
    canDecide: c?.canDecide ?? '', phone: c?.phone ?? '', email: c?.email ?? '', reach: c?.reach ?? '', notes: c?.notes ?? '',
    organisationKind: c?.organisationKind ?? '', lifeDomains: c?.lifeDomains ?? [], active: c?.active ?? true,
  };
}

function inputOf(v: Values): ContactInput {
  return {
    name: v.name, organisation: v.organisation, organisationKind: v.organisationKind, role: v.role,
    department: orNull(v.department), canDecide: orNull(v.canDecide), phone: orNull(v.phone), email: orNull(v.email),
    reach: orNull(v.reach), notes: orNull(v.notes), lifeDomains: v.lifeDomains,
  };
}

interface Props {
  /** null: a new contact. */
  contact: ContactDetail | null;
  onSaved: (saved: ContactDetail) => void;
  onCancel: () => void;
}

export function ContactForm({ contact, onSaved, onCancel }: Props) {
  const { t } = useLang();
  const [values, setValues] = useState<Values>(() => valuesOf(contact));
  const [version, setVersion] = useState(contact?.version ?? 0);
  const errors = useFormErrors();
  const conflict = useConflict(() => networkApi.one(contact!.id), setVersion);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const titleId = contact ? 'contact-edit-title' : 'contact-add-title';

  const save = useMutation({
    mutationFn: () => (contact
      ? networkApi.update(contact.id, { ...inputOf(values), active: values.active, version })
      : networkApi.add(inputOf(values))),
    onSuccess: (saved) => {
      errors.clear();
      conflict.clear();
      onSaved(saved);
    },
    onError: (error) => {
      if (conflict.caught(error, t('conflict.title'))) {
        errors.clear();
        return;
      }
      errors.fromError(error, t, SERVER_PATHS);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }

  const text = (key: TextKey, extra: { required?: boolean; description?: string; type?: string; autoComplete?: string } = {}) => (
    <TextField path={path(key)} label={t(`network.field.${key}`)} value={values[key]} onValue={set(key)} error={errors.fields[path(key)]}
      {...extra} />
  );

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form doorbraak-network-form" aria-labelledby={titleId}>
      <Heading level={2} id={titleId}>{contact ? t('network.edit.title', { name: contact.name }) : t('network.add.title')}</Heading>
      <Paragraph>{t('network.form.intro')}</Paragraph>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      {conflict.latest ? (
        <LatestVersion
          items={TEXTS.map((k) => ({ label: t(`network.field.${k}`), value: conflict.latest![k] ?? '' }))}
          onAdopt={() => {
            setValues(valuesOf(conflict.latest as ContactDetail));
            conflict.clear();
          }}
          onDismiss={conflict.clear}
        />
      ) : null}
      {conflict.gone ? <Paragraph role="alert">{t('network.contact.notFound')}</Paragraph> : null}
      {text('name', { required: true, autoComplete: 'off' })}
      {text('organisation', { required: true, description: t('network.field.organisationHint') })}
      <SelectField path={path('organisationKind')} label={t('network.field.organisationKind')} required value={values.organisationKind}
        onChange={(e) => set('organisationKind')(e.target.value as OrganisationKind | '')} error={errors.fields[path('organisationKind')]}
        options={[{ value: '', label: t('network.form.chooseKind') }, ...ORGANISATION_KINDS.map((k) => ({ value: k, label: kindText(t, k) }))]} />
      {text('department')}
      {text('role', { required: true, description: t('network.field.roleHint') })}
      <TextAreaField path={path('canDecide')} label={t('network.field.canDecide')} description={t('network.field.canDecideHint')} rows={3}
        value={values.canDecide} onValue={set('canDecide')} error={errors.fields[path('canDecide')]} />
      <CheckboxGroup<LifeDomain> path={path('lifeDomains')} legend={t('common.lifeDomains')} description={t('network.field.lifeDomainsHint')}
        options={LIFE_DOMAINS.map((d) => ({ value: d, label: t(domainKey(d)) }))} value={values.lifeDomains} onChange={set('lifeDomains')}
        error={errors.fields[path('lifeDomains')]} />
      {text('phone', { type: 'tel', description: t('network.field.phoneHint') })}
      {text('email', { type: 'email' })}
      <TextAreaField path={path('reach')} label={t('network.field.reach')} description={t('network.field.reachHint')} rows={2}
        value={values.reach} onValue={set('reach')} error={errors.fields[path('reach')]} />
      <TextAreaField path={path('notes')} label={t('network.field.notes')} rows={3}
        value={values.notes} onValue={set('notes')} error={errors.fields[path('notes')]} />
      {contact ? (
        <Checkbox path={path('active')} label={t('network.field.active')} description={t('network.field.activeHint')}
          checked={values.active} onChange={set('active')} error={errors.fields[path('active')]} />
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {save.isPending ? t('network.form.saving') : contact ? t('network.edit.submit') : t('network.add.submit')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
