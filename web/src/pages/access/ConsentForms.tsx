// Record a household member's consent (purpose, organisations, sections, how and when), or another
// legal basis for sharing (with the article of law). Checked in the browser first; server errors
// land on the same fields.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { accessApi } from '../../api-access';
import { Button, ButtonGroup } from '../../components/Button';
import { CheckboxGroup, RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import { todayInAmsterdam } from '../../format';
import { consentMethodKey } from '../../i18n';
import { useLang } from '../../lang';
import type { HouseholdMember } from '../../types';
import { OTHER_LEGAL_BASES, type CaseSection, type ConsentMethod, type Consents, type OtherLegalBasis } from '../../types-access';
import { sectionOptions, serverProblems, useFormProblems } from './shared';

/** One organisation per line (commas work too). */
const splitOrganisations = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((o) => o.trim())
    .filter(Boolean);

interface ConsentFormProps {
  caseId: string;
  members: HouseholdMember[];
  onDone: (result?: Consents) => void;
}

export function ConsentForm({ caseId, members, onDone }: ConsentFormProps) {
  const { t } = useLang();
  const today = todayInAmsterdam();
  const [personId, setPersonId] = useState(members.length === 1 ? members[0].id : '');
  const [purpose, setPurpose] = useState('');
  const [organisations, setOrganisations] = useState('');
  const [sections, setSections] = useState<CaseSection[]>([]);
  const [method, setMethod] = useState<ConsentMethod | ''>('');
  const [givenOn, setGivenOn] = useState(today);
  const problems = useFormProblems();

  const record = useMutation({
    mutationFn: () =>
      accessApi.recordConsent(caseId, {
        personId,
        purpose: purpose.trim(),
        organisations: splitOrganisations(organisations),
        sections,
        method: method as ConsentMethod,
        givenOn,
      }),
    onSuccess: (result) => onDone(result),
    onError: (error) => {
      const { fields, summary } = serverProblems(t, error, {
        personId: 'consent.personId',
        purpose: 'consent.purpose',
        organisations: 'consent.organisations',
        sections: 'consent.sections',
        method: 'consent.method',
        givenOn: 'consent.givenOn',
      });
      problems.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (record.isPending) return;
    const fields: FieldErrors = {};
    if (!personId) fields['consent.personId'] = t('consent.err.person');
    if (purpose.trim().length < 5) fields['consent.purpose'] = t('consent.err.purpose');
    if (!splitOrganisations(organisations).length) fields['consent.organisations'] = t('consent.err.organisations');
    if (!sections.length) fields['consent.sections'] = t('consent.err.sections');
    if (!method) fields['consent.method'] = t('consent.err.method');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(givenOn)) fields['consent.givenOn'] = t('consent.err.givenOn');
    else if (givenOn > today) fields['consent.givenOn'] = t('consent.err.givenOnFuture');
    problems.show(fields);
    if (!Object.keys(fields).length) record.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form">
      <ErrorSummary items={problems.summary} focusKey={problems.attempt} />
      <SelectField
        path="consent.personId"
        label={t('consent.person')}
        description={t('consent.personHint')}
        required
        value={personId}
        onChange={(e) => setPersonId(e.target.value)}
        error={problems.errors['consent.personId']}
        options={[{ value: '', label: t('consent.choosePerson') }, ...members.map((m) => ({ value: m.id, label: m.name }))]}
      />
      <TextField
        path="consent.purpose"
        label={t('consent.purpose')}
        description={t('consent.purposeHint')}
        required
        autoComplete="off"
        value={purpose}
        onValue={setPurpose}
        error={problems.errors['consent.purpose']}
      />
      <TextAreaField
        path="consent.organisations"
        label={t('consent.organisations')}
        description={t('consent.organisationsHint')}
        required
        rows={3}
        value={organisations}
        onValue={setOrganisations}
        error={problems.errors['consent.organisations']}
      />
      <CheckboxGroup<CaseSection>
        path="consent.sections"
        legend={t('consent.sections')}
        description={t('consent.sectionsHint')}
        options={sectionOptions(t)}
        value={sections}
        onChange={setSections}
        error={problems.errors['consent.sections']}
      />
      <RadioGroup<ConsentMethod>
        path="consent.method"
        legend={t('consent.method')}
        options={(['verbal', 'written', 'digital'] as const).map((m) => ({ value: m, label: t(consentMethodKey(m)) }))}
        value={method}
        onChange={setMethod}
        error={problems.errors['consent.method']}
      />
      <TextField
        path="consent.givenOn"
        label={t('consent.givenOnLabel')}
        type="date"
        required
        max={today}
        className="doorbraak-input--date"
        value={givenOn}
        onValue={setGivenOn}
        error={problems.errors['consent.givenOn']}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={record.isPending}>
          {t('consent.submit')}
        </Button>
        <Button appearance="subtle" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

export function BasisForm({ caseId, onDone }: { caseId: string; onDone: (result?: Consents) => void }) {
  const { t } = useLang();
  const [organisation, setOrganisation] = useState('');
  const [sections, setSections] = useState<CaseSection[]>([]);
  const [legalBasis, setLegalBasis] = useState<OtherLegalBasis | ''>('');
  const [article, setArticle] = useState('');
  const problems = useFormProblems();

  const record = useMutation({
    mutationFn: () =>
      accessApi.recordBasis(caseId, {
        organisation: organisation.trim(),
        sections,
        legalBasis: legalBasis as OtherLegalBasis,
        article: article.trim(),
      }),
    onSuccess: (result) => onDone(result),
    onError: (error) => {
      const { fields, summary } = serverProblems(t, error, {
        organisation: 'basis.organisation',
        sections: 'basis.sections',
        legalBasis: 'basis.legalBasis',
        article: 'basis.article',
      });
      problems.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (record.isPending) return;
    const fields: FieldErrors = {};
    if (organisation.trim().length < 2) fields['basis.organisation'] = t('invite.err.organisation');
    if (!sections.length) fields['basis.sections'] = t('consent.err.sections');
    if (!legalBasis) fields['basis.legalBasis'] = t('basis.err.legalBasis');
    if (article.trim().length < 3) fields['basis.article'] = t('basis.err.article');
    problems.show(fields);
    if (!Object.keys(fields).length) record.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form">
      <ErrorSummary items={problems.summary} focusKey={problems.attempt} />
      <TextField
        path="basis.organisation"
        label={t('case.organisation')}
        required
        autoComplete="off"
        value={organisation}
        onValue={setOrganisation}
        error={problems.errors['basis.organisation']}
      />
      <CheckboxGroup<CaseSection>
        path="basis.sections"
        legend={t('consent.sections')}
        options={sectionOptions(t)}
        value={sections}
        onChange={setSections}
        error={problems.errors['basis.sections']}
      />
      <RadioGroup<OtherLegalBasis>
        path="basis.legalBasis"
        legend={t('basis.legalBasis')}
        options={OTHER_LEGAL_BASES.map((b) => ({ value: b, label: `${t(`basis.kind.${b}`)}: ${t(`basis.hint.${b}`)}` }))}
        value={legalBasis}
        onChange={setLegalBasis}
        error={problems.errors['basis.legalBasis']}
      />
      <TextField
        path="basis.article"
        label={t('basis.article')}
        description={t('basis.articleHint')}
        required
        autoComplete="off"
        value={article}
        onValue={setArticle}
        error={problems.errors['basis.article']}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={record.isPending}>
          {t('basis.submit')}
        </Button>
        <Button appearance="subtle" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
