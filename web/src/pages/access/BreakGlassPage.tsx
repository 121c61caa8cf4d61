// /noodtoegang — open a case outside your team when you must act now: find it by BSN or by name
// and birth date, give a reason, and see it for 4 hours. Everything is logged and the coordinator
// and the privacy officer are told.
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api';
import { accessApi } from '../../api-access';
import { useMe } from '../../auth';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import { TextAreaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { todayInAmsterdam } from '../../format';
import { useLang } from '../../lang';
import { usePageTitle } from '../../usePageTitle';
import { rememberBreakGlass } from './breakGlassMemory';
import { mayBreakGlass } from './nav';
import { serverProblems, useFormProblems } from './shared';

const MIN_REASON = 20;

type SearchBy = 'bsn' | 'name';

export function BreakGlassPage() {
  const { t } = useLang();
  usePageTitle(t('breakGlass.title'));
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [by, setBy] = useState<SearchBy>('bsn');
  const [bsn, setBsn] = useState('');
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [reason, setReason] = useState('');
  const problems = useFormProblems();

  const open = useMutation({
    mutationFn: () =>
      accessApi.breakGlassSearch(
        by === 'bsn'
          ? { bsn: bsn.replace(/\D/g, ''), reason: reason.trim() }
          : { name: name.trim(), birthDate, reason: reason.trim() },
      ),
    onSuccess: async ({ caseId, until }) => {
      rememberBreakGlass(caseId, reason.trim(), until);
      await navigate({ to: '/casussen/$id', params: { id: caseId } });
    },
    onError: (error) => {
      if (isApiError(error, 404)) {
        problems.show({}, [{ path: null, message: t('breakGlass.notFound') }]);
        return;
      }
      const { fields, summary } = serverProblems(t, error, {
        bsn: by === 'bsn' ? 'bsn' : 'name',
        name: 'name',
        birthDate: 'birthDate',
        reason: 'reason',
      });
      problems.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (open.isPending) return;
    const fields: FieldErrors = {};
    if (by === 'bsn' && !/^\d{8,9}$/.test(bsn.replace(/[\s.-]/g, ''))) fields.bsn = t('breakGlass.err.bsn');
    if (by === 'name' && name.trim().length < 2) fields.name = t('breakGlass.err.name');
    if (by === 'name' && !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) fields.birthDate = t('breakGlass.err.birthDate');
    if (!reason.trim()) fields.reason = t('breakGlass.err.reason');
    else if (reason.trim().length < MIN_REASON) fields.reason = t('breakGlass.err.reasonShort', { n: MIN_REASON });
    problems.show(fields);
    if (!Object.keys(fields).length) open.mutate();
  }

  if (me && !mayBreakGlass(me)) {
    return (
      <>
        <Heading level={1}>{t('breakGlass.title')}</Heading>
        <Alert type="warning">
          <Paragraph>{t('breakGlass.notAllowed')}</Paragraph>
        </Alert>
      </>
    );
  }

  return (
    <div className="doorbraak-narrow">
      <Heading level={1}>{t('breakGlass.title')}</Heading>
      <Paragraph lead>{t('breakGlass.intro')}</Paragraph>
      <Alert type="warning">
        <Heading level={2} look={3}>
          {t('breakGlass.whatHappens')}
        </Heading>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">{t('breakGlass.rule4h')}</li>
          <li className="utrecht-unordered-list__item">{t('breakGlass.ruleLogged')}</li>
          <li className="utrecht-unordered-list__item">{t('breakGlass.ruleNotified')}</li>
          <li className="utrecht-unordered-list__item">{t('breakGlass.ruleOnlyNeeded')}</li>
        </ul>
      </Alert>
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <ErrorSummary items={problems.summary} focusKey={problems.attempt} />
        <RadioGroup<SearchBy>
          path="by"
          legend={t('breakGlass.findBy')}
          options={[
            { value: 'bsn', label: t('breakGlass.byBsn') },
            { value: 'name', label: t('breakGlass.byName') },
          ]}
          value={by}
          onChange={(next) => {
            setBy(next);
            problems.show({});
          }}
        />
        {by === 'bsn' ? (
          <TextField
            path="bsn"
            label={t('case.bsn')}
            description={t('breakGlass.bsnHint')}
            required
            inputMode="numeric"
            autoComplete="off"
            className="doorbraak-input--short"
            value={bsn}
            onValue={setBsn}
            error={problems.errors.bsn}
          />
        ) : (
          <>
            <TextField path="name" label={t('common.name')} required autoComplete="off" value={name} onValue={setName} error={problems.errors.name} />
            <TextField
              path="birthDate"
              label={t('case.birthDate')}
              type="date"
              required
              max={todayInAmsterdam()}
              className="doorbraak-input--date"
              value={birthDate}
              onValue={setBirthDate}
              error={problems.errors.birthDate}
            />
          </>
        )}
        <TextAreaField
          path="reason"
          label={t('breakGlass.reason')}
          description={t('breakGlass.reasonHint', { n: MIN_REASON })}
          required
          rows={4}
          value={reason}
          onValue={setReason}
          error={problems.errors.reason}
        />
        <div className="doorbraak-form__actions">
          <Button type="submit" appearance="primary" busy={open.isPending}>
            {t('breakGlass.submit')}
          </Button>
        </div>
        {open.isPending ? (
          <p className="doorbraak-visually-hidden" role="status">
            {t('breakGlass.busy')}
          </p>
        ) : null}
      </form>
    </div>
  );
}
