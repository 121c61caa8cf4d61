// The intake form (aanmelding). Checks in the browser first; server errors land on the same fields.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { CheckboxGroup, Fieldset, RadioGroup } from '../../components/Choices';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { fieldId, type FieldErrors } from '../../components/fieldIds';
import { TextAreaField, TextField } from '../../components/FormField';
import { consentMethodKey, domainKey, legalBasisKey } from '../../i18n';
import { useT } from '../../lang';
import { LIFE_DOMAINS, type ConsentMethod, type LegalBasis, type Urgency } from '../../types';
import { newMember, validate, type IntakeDraft, type MemberDraft } from './draft';
import { MemberFields } from './MemberFields';

interface IntakeFormProps {
  initial: IntakeDraft;
  busy: boolean;
  /** Errors from the server (mapped to field paths; path null = whole form), counted per failed submit. */
  serverErrors: { fields: FieldErrors; summary: SummaryItem[]; attempt: number };
  onSubmit: (draft: IntakeDraft) => void;
}

export function IntakeForm({ initial, busy, serverErrors, onSubmit }: IntakeFormProps) {
  const t = useT();
  const [draft, setDraft] = useState<IntakeDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    if (!serverErrors.attempt) return;
    setErrors(serverErrors.fields);
    setSummary(serverErrors.summary);
    setAttempt((n) => n + 1);
  }, [serverErrors]);

  useEffect(() => {
    if (focusAfterRender.current) {
      document.getElementById(focusAfterRender.current)?.focus();
      focusAfterRender.current = null;
    }
  });

  const update = (patch: Partial<IntakeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateMember = (index: number, patch: Partial<MemberDraft>) =>
    setDraft((d) => ({ ...d, members: d.members.map((m, i) => (i === index ? { ...m, ...patch } : m)) }));

  const clearMemberErrors = () =>
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('household.members'))));

  function addMember() {
    const n = draft.members.length + 1;
    setDraft((d) => ({ ...d, members: [...d.members, newMember()] }));
    focusAfterRender.current = fieldId(`household.members.${n - 1}.name`);
    setAnnouncement(t('intake.memberAdded', { n }));
  }

  function removeMember(index: number) {
    setDraft((d) => ({ ...d, members: d.members.filter((_, i) => i !== index) }));
    clearMemberErrors();
    focusAfterRender.current = fieldId(`household.members.${Math.max(0, index - 1)}.name`);
    setAnnouncement(t('intake.memberRemoved'));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = validate(draft, t);
    setErrors(found);
    const items = Object.entries(found).map(([path, message]) => ({ path, message }));
    setSummary(items);
    if (items.length) {
      setAttempt((n) => n + 1);
      return;
    }
    onSubmit(draft);
  }

  const setLegalBasis = (legalBasis: LegalBasis) =>
    update({ legalBasis, consentMethod: legalBasis === 'consent' ? draft.consentMethod : '' });

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form">
      <ErrorSummary items={summary} focusKey={attempt} />

      <MemberFields
        members={draft.members}
        errors={errors}
        onChange={updateMember}
        onAdd={addMember}
        onRemove={removeMember}
      />

      <Fieldset path="household.contact" legend={t('intake.contact')} description={t('intake.contactHint')}>
        <TextField
          path="household.contact.address"
          label={t('intake.address')}
          autoComplete="off"
          value={draft.contact.address}
          onValue={(address) => update({ contact: { ...draft.contact, address } })}
          error={errors['household.contact.address']}
        />
        <TextField
          path="household.contact.phone"
          label={t('common.phone')}
          type="tel"
          autoComplete="off"
          value={draft.contact.phone}
          onValue={(phone) => update({ contact: { ...draft.contact, phone } })}
          error={errors['household.contact.phone']}
        />
        <TextField
          path="household.contact.email"
          label={t('common.email')}
          type="email"
          autoComplete="off"
          value={draft.contact.email}
          onValue={(email) => update({ contact: { ...draft.contact, email } })}
          error={errors['household.contact.email']}
        />
      </Fieldset>

      <TextAreaField
        path="story"
        label={t('intake.story')}
        description={t('intake.storyHint')}
        required
        rows={8}
        value={draft.story}
        onValue={(story) => update({ story })}
        error={errors.story}
      />

      <CheckboxGroup
        path="lifeDomains"
        legend={t('intake.domains')}
        description={t('intake.domainsHint')}
        options={LIFE_DOMAINS.map((d) => ({ value: d, label: t(domainKey(d)) }))}
        value={draft.lifeDomains}
        onChange={(lifeDomains) => update({ lifeDomains })}
        error={errors.lifeDomains}
      />

      <RadioGroup<Urgency>
        path="urgency"
        legend={t('intake.urgency')}
        options={[
          { value: 'normal', label: t('intake.urgencyNormal') },
          { value: 'urgent', label: t('intake.urgencyUrgent') },
        ]}
        value={draft.urgency}
        onChange={(urgency) => update({ urgency })}
        error={errors.urgency}
      />

      <Fieldset path="reporter" legend={t('intake.reporter')} description={t('intake.reporterHint')}>
        <TextField
          path="reporter.name"
          label={t('common.name')}
          required
          autoComplete="name"
          value={draft.reporter.name}
          onValue={(name) => update({ reporter: { ...draft.reporter, name } })}
          error={errors['reporter.name']}
        />
        <TextField
          path="reporter.organisation"
          label={t('intake.organisation')}
          description={t('common.optional')}
          autoComplete="organization"
          value={draft.reporter.organisation}
          onValue={(organisation) => update({ reporter: { ...draft.reporter, organisation } })}
          error={errors['reporter.organisation']}
        />
        <TextField
          path="reporter.phone"
          label={t('common.phone')}
          description={t('common.optional')}
          type="tel"
          autoComplete="tel"
          value={draft.reporter.phone}
          onValue={(phone) => update({ reporter: { ...draft.reporter, phone } })}
          error={errors['reporter.phone']}
        />
        <TextField
          path="reporter.email"
          label={t('common.email')}
          description={t('common.optional')}
          type="email"
          autoComplete="email"
          value={draft.reporter.email}
          onValue={(email) => update({ reporter: { ...draft.reporter, email } })}
          error={errors['reporter.email']}
        />
      </Fieldset>

      <RadioGroup<LegalBasis>
        path="legalBasis"
        legend={t('intake.legalBasis')}
        description={t('intake.legalBasisHint')}
        options={(['consent', 'legal_task'] as const).map((b) => ({ value: b, label: t(legalBasisKey(b)) }))}
        value={draft.legalBasis}
        onChange={setLegalBasis}
        error={errors.legalBasis}
      />

      {draft.legalBasis === 'consent' ? (
        <RadioGroup<ConsentMethod>
          path="consentMethod"
          legend={t('intake.consentMethod')}
          options={(['verbal', 'written', 'digital'] as const).map((m) => ({
            value: m,
            label: t(consentMethodKey(m)),
          }))}
          value={draft.consentMethod}
          onChange={(consentMethod) => update({ consentMethod })}
          error={errors.consentMethod}
        />
      ) : null}

      <div className="doorbraak-form__actions">
        <Button type="submit" appearance="primary" busy={busy}>
          {t('intake.submit')}
        </Button>
      </div>
      <p className="doorbraak-visually-hidden" role="status" aria-live="polite">
        {busy ? t('intake.busy') : announcement}
      </p>
    </form>
  );
}
