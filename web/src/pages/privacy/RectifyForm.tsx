// Rectification (AVG art. 16): only the fields that change are sent, with the version the officer
// saw; someone else's change in between gives a conflict that says what to do.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api';
import { privacyApi } from '../../api-privacy';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import { TextAreaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { todayInAmsterdam } from '../../format';
import { useT } from '../../lang';
import type { PersonFound, RectificationInput } from '../../types-privacy';
import { Checkbox } from '../security/Checkbox';
import { messageOf, problemOf, useFormErrors } from '../security/problems';
import { historyKey } from './PersonHistory';
import { personKey } from './PersonSearchPage';

const P = {
  name: 'rectify.name',
  birthDate: 'rectify.birthDate',
  bsn: 'rectify.bsn',
  removeBsn: 'rectify.removeBsn',
  relation: 'rectify.relation',
  reason: 'rectify.reason',
} as const;
const MIN_REASON = 10;

export function RectifyForm({ person }: { person: PersonFound }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [name, setName] = useState(person.name);
  const [birthDate, setBirthDate] = useState(person.birthDate ?? '');
  const [bsn, setBsn] = useState('');
  const [removeBsn, setRemoveBsn] = useState(false);
  const [relation, setRelation] = useState(person.relation ?? '');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string; conflict?: boolean } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const errors = useFormErrors();

  const showNotice = (next: typeof notice) => {
    setNotice(next);
    window.setTimeout(() => noticeRef.current?.focus(), 0);
  };

  /** What differs from the record, in the API's terms. */
  function changes(): Omit<RectificationInput, 'reason' | 'version'> {
    const out: Omit<RectificationInput, 'reason' | 'version'> = {};
    if (name.trim() && name.trim() !== person.name) out.name = name.trim();
    if (birthDate && birthDate !== (person.birthDate ?? '')) out.birthDate = birthDate;
    if (removeBsn) out.bsn = null;
    else if (bsn.replace(/[\s.]/g, '')) out.bsn = bsn.replace(/[\s.]/g, '');
    if (relation.trim() !== (person.relation ?? '')) out.relation = relation.trim() || null;
    return out;
  }

  const rectify = useMutation({
    mutationFn: (input: RectificationInput) => privacyApi.rectify(person.id, input),
    onMutate: () => setNotice(null),
    onSuccess: (updated) => {
      queryClient.setQueryData(personKey(person.id), (old: PersonFound | null | undefined) =>
        old ? { ...old, ...updated } : old,
      );
      void queryClient.invalidateQueries({ queryKey: historyKey(person.id) });
      setBsn('');
      setRemoveBsn(false);
      setReason('');
      errors.clear();
      showNotice({ type: 'ok', text: t('privacy.rectify.done') });
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        errors.clear();
        showNotice({ type: 'error', text: messageOf(error, t), conflict: true });
        return;
      }
      const { fields, summary } = problemOf(error, t, P);
      errors.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (rectify.isPending) return;
    const found: FieldErrors = {};
    const diff = changes();
    if (!name.trim()) found[P.name] = t('privacy.rectify.nameRequired');
    if (diff.bsn && !/^\d{9}$/.test(diff.bsn)) found[P.bsn] = t('privacy.persons.bsnFormat');
    if (reason.trim().length < MIN_REASON) found[P.reason] = t('privacy.rectify.reasonRequired', { n: MIN_REASON });
    if (!Object.keys(found).length && !Object.keys(diff).length) found[P.name] = t('privacy.rectify.nothing');
    if (Object.keys(found).length) {
      errors.show(found);
      return;
    }
    errors.clear();
    rectify.mutate({ ...diff, reason: reason.trim(), version: person.version });
  }

  return (
    <section className="doorbraak-section" aria-labelledby="rectify-title">
      <Heading level={2} id="rectify-title">
        {t('privacy.rectify.title')}
      </Heading>
      <Paragraph>{t('privacy.rectify.intro')}</Paragraph>
      {notice ? (
        <Alert type={notice.type} role={notice.type === 'ok' ? 'status' : 'alert'} ref={noticeRef} focusable>
          <p className="utrecht-paragraph">{notice.text}</p>
          {notice.conflict ? (
            <p className="utrecht-paragraph">
              <AppLink to="/privacy/personen">{t('privacy.person.toSearch')}</AppLink>
            </p>
          ) : null}
        </Alert>
      ) : null}
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <TextField path={P.name} label={t('privacy.persons.name')} required autoComplete="off" value={name} onValue={setName} error={errors.fields[P.name]} />
        <TextField
          path={P.birthDate}
          label={t('privacy.persons.birthDate')}
          type="date"
          className="doorbraak-input--date"
          max={todayInAmsterdam()}
          value={birthDate}
          onValue={setBirthDate}
          error={errors.fields[P.birthDate]}
        />
        <TextField
          path={P.bsn}
          label={t('privacy.rectify.bsn')}
          description={t('privacy.rectify.bsnHint', { masked: person.bsnMasked ?? t('common.notProvided') })}
          className="doorbraak-input--short"
          inputMode="numeric"
          autoComplete="off"
          disabled={removeBsn}
          value={bsn}
          onValue={setBsn}
          error={errors.fields[P.bsn]}
        />
        {person.bsnMasked ? (
          <Checkbox path={P.removeBsn} label={t('privacy.rectify.removeBsn')} checked={removeBsn} onChange={setRemoveBsn} />
        ) : null}
        <TextField
          path={P.relation}
          label={t('privacy.persons.relation')}
          description={t('privacy.rectify.relationHint')}
          autoComplete="off"
          value={relation}
          onValue={setRelation}
          error={errors.fields[P.relation]}
        />
        <TextAreaField
          path={P.reason}
          label={t('privacy.rectify.reason')}
          description={t('privacy.rectify.reasonHint')}
          required
          rows={3}
          value={reason}
          onValue={setReason}
          error={errors.fields[P.reason]}
        />
        <Button type="submit" appearance="primary" busy={rectify.isPending}>
          {t('privacy.rectify.submit')}
        </Button>
      </form>
    </section>
  );
}
