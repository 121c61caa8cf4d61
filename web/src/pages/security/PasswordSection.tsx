// "Wachtwoord wijzigen" on /mijn-beveiliging. The server's policy errors name the field they are about.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { securityApi } from '../../api-privacy';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { useT } from '../../lang';
import { problemOf, useFormErrors } from './problems';
import { sessionsQueryKey } from './SessionsSection';

const MIN_LENGTH = 12;
const paths = { current: 'password.current', new: 'password.new' } as const;
const repeatPath = 'password.repeat';

export function PasswordSection() {
  const t = useT();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const errors = useFormErrors();

  const change = useMutation({
    mutationFn: () => securityApi.changePassword({ current, new: next }),
    onMutate: () => setDone(false),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setRepeat('');
      errors.clear();
      setDone(true);
      window.setTimeout(() => doneRef.current?.focus(), 0);
      void queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
    },
    onError: (error) => {
      const { fields, summary } = problemOf(error, t, paths);
      errors.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (change.isPending) return;
    const found: FieldErrors = {};
    if (!current) found[paths.current] = t('security.password.currentRequired');
    if (!next) found[paths.new] = t('security.password.newRequired');
    else if ([...next].length < MIN_LENGTH) found[paths.new] = t('security.password.tooShort', { n: MIN_LENGTH });
    if (next && repeat !== next) found[repeatPath] = t('security.password.mismatch');
    if (Object.keys(found).length) {
      errors.show(found);
      return;
    }
    errors.clear();
    change.mutate();
  }

  return (
    <section className="doorbraak-section" aria-labelledby="password-title">
      <Heading level={2} id="password-title">
        {t('security.password.title')}
      </Heading>
      <Paragraph>{t('security.password.intro')}</Paragraph>
      {done ? (
        <Alert type="ok" role="status" ref={doneRef} focusable>
          <p className="utrecht-paragraph">{t('security.password.done')}</p>
        </Alert>
      ) : null}
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <TextField
          path={paths.current}
          name="current-password"
          label={t('security.password.current')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onValue={setCurrent}
          error={errors.fields[paths.current]}
        />
        <TextField
          path={paths.new}
          name="new-password"
          label={t('security.password.new')}
          description={t('security.password.newHint', { n: MIN_LENGTH })}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onValue={setNext}
          error={errors.fields[paths.new]}
        />
        <TextField
          path={repeatPath}
          name="repeat-password"
          label={t('security.password.repeat')}
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onValue={setRepeat}
          error={errors.fields[repeatPath]}
        />
        <Button type="submit" appearance="primary" busy={change.isPending}>
          {t('security.password.submit')}
        </Button>
      </form>
    </section>
  );
}
