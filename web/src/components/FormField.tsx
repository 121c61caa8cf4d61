// Labelled form controls with description and error, in NL Design System markup.
// `required` is exposed as aria-required: our forms validate themselves (noValidate), and the
// native attribute would make Utrecht's :invalid styles show red borders before any input.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { describedBy, descriptionId, errorId, fieldId } from './fieldIds';

interface FieldFrameProps {
  path: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  kind: 'text' | 'textarea' | 'select';
  children: ReactNode;
}

function FieldFrame({ path, label, description, error, kind, children }: FieldFrameProps) {
  const classes = [
    'utrecht-form-field',
    `utrecht-form-field--${kind}`,
    'utrecht-form-field--distanced',
    error ? 'utrecht-form-field--invalid' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={fieldId(path)}>
          {label}
        </label>
      </div>
      {description ? (
        <div
          className="utrecht-form-field__description utrecht-form-field-description"
          id={descriptionId(path)}
        >
          {description}
        </div>
      ) : null}
      {error ? (
        <div
          className="utrecht-form-field__error-message utrecht-form-field-error-message"
          id={errorId(path)}
        >
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

interface Common {
  path: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
}

type TextFieldProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> & {
    onValue: (value: string) => void;
  };

export function TextField({ path, label, description, error, onValue, className, type = 'text', required, ...rest }: TextFieldProps) {
  return (
    <FieldFrame path={path} label={label} description={description} error={error} kind="text">
      <input
        id={fieldId(path)}
        name={rest.name ?? path}
        type={type}
        className={[
          'utrecht-textbox',
          'utrecht-textbox--html-input',
          error ? 'utrecht-textbox--invalid' : '',
          className ?? '',
        ]
          .filter(Boolean)
          .join(' ')}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, !!description, !!error)}
        onChange={(e) => onValue(e.target.value)}
        {...rest}
      />
    </FieldFrame>
  );
}

type TextAreaFieldProps = Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange'> & {
    onValue: (value: string) => void;
  };

export function TextAreaField({ path, label, description, error, onValue, rows = 6, required, ...rest }: TextAreaFieldProps) {
  return (
    <FieldFrame path={path} label={label} description={description} error={error} kind="textarea">
      <textarea
        id={fieldId(path)}
        name={rest.name ?? path}
        rows={rows}
        className={[
          'utrecht-textarea',
          'utrecht-textarea--html-textarea',
          error ? 'utrecht-textarea--invalid' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, !!description, !!error)}
        onChange={(e) => onValue(e.target.value)}
        {...rest}
      />
    </FieldFrame>
  );
}

type SelectFieldProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
    options: { value: string; label: string }[];
  };

/** A select; `name` defaults to the path so it works in a plain GET form. */
export function SelectField({ path, label, description, error, options, required, ...rest }: SelectFieldProps) {
  return (
    <FieldFrame path={path} label={label} description={description} error={error} kind="select">
      <select
        id={fieldId(path)}
        name={rest.name ?? path}
        className={['utrecht-select', 'utrecht-select--html-select', error ? 'utrecht-select--invalid' : '']
          .filter(Boolean)
          .join(' ')}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, !!description, !!error)}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
