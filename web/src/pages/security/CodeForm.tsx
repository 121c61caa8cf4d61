// A small form that asks for one code: the 6 digits from the authenticator app, or a recovery code.
// A wrong code shows next to the field, which then gets focus again; anything else shows above it.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { fieldId } from '../../components/fieldIds';
import { TextField } from '../../components/FormField';
import { useT } from '../../lang';
import { messageOf } from './problems';

interface CodeFormProps<T> {
  /** Field path (also the id of the input). */
  path: string;
  kind: 'app' | 'recovery';
  label?: string;
  description?: ReactNode;
  submitLabel: string;
  action: (code: string) => Promise<T>;
  onSuccess: (result: T) => void;
  onCancel?: () => void;
  /** Put focus in the field when the form appears. */
  autoFocus?: boolean;
}

/** The code without spaces; app codes are often read out as "123 456". */
const compact = (code: string) => code.replace(/\s+/g, '');

export function CodeForm<T>(props: CodeFormProps<T>) {
  const { path, kind, action, onSuccess, onCancel } = props;
  const t = useT();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const focusField = () => window.setTimeout(() => document.getElementById(fieldId(path))?.focus(), 0);

  useEffect(() => {
    if (props.autoFocus) focusField();
  }, []);

  const mutation = useMutation({
    mutationFn: (value: string) => action(value),
    onMutate: () => setProblem(null),
    onSuccess: (result) => {
      setCode('');
      onSuccess(result);
    },
    onError: (err) => {
      const fieldError = isApiError(err, 422) ? err.errors.find((e) => e.field === 'code') : undefined;
      if (fieldError) {
        setError(fieldError.message);
        focusField();
      } else {
        setProblem(messageOf(err, t));
        window.setTimeout(() => problemRef.current?.focus(), 0);
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const value = kind === 'app' ? compact(code) : code.trim();
    const message = !value
      ? t(kind === 'app' ? 'mfa.code.required' : 'mfa.recovery.required')
      : kind === 'app' && !/^\d{6}$/.test(value)
        ? t('mfa.code.format')
        : undefined;
    setError(message);
    if (message) {
      focusField();
      return;
    }
    mutation.mutate(value);
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form doorbraak-code-form">
      {problem ? (
        <Alert type="error" role="alert" ref={problemRef} focusable>
          <p className="utrecht-paragraph">{problem}</p>
        </Alert>
      ) : null}
      <TextField
        path={path}
        name={kind === 'app' ? 'code' : 'recoveryCode'}
        label={props.label ?? t(kind === 'app' ? 'mfa.code.label' : 'mfa.recovery.label')}
        description={props.description ?? t(kind === 'app' ? 'mfa.code.hint' : 'mfa.recovery.hint')}
        className="doorbraak-input--short"
        autoComplete={kind === 'app' ? 'one-time-code' : 'off'}
        inputMode={kind === 'app' ? 'numeric' : 'text'}
        spellCheck={false}
        required
        value={code}
        onValue={setCode}
        error={error}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={mutation.isPending}>
          {props.submitLabel}
        </Button>
        {onCancel ? (
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
      {mutation.isPending ? (
        <p className="doorbraak-visually-hidden" role="status">
          {t('mfa.code.busy')}
        </p>
      ) : null}
    </form>
  );
}
