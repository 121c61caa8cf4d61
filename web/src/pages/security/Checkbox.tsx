// One checkbox with its label (and an optional description), in Utrecht markup.
import type { ReactNode } from 'react';
import { describedBy, descriptionId, errorId, fieldId } from '../../components/fieldIds';

interface CheckboxProps {
  path: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

export function Checkbox({ path, label, description, checked, onChange, error }: CheckboxProps) {
  const invalid = !!error;
  return (
    <div className={['utrecht-form-field', 'utrecht-form-field--checkbox', invalid ? 'utrecht-form-field--invalid' : ''].filter(Boolean).join(' ')}>
      {error ? (
        <div className="utrecht-form-field-error-message doorbraak-checkbox__error" id={errorId(path)}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          id={fieldId(path)}
          name={path}
          type="checkbox"
          className={[
            'utrecht-checkbox',
            'utrecht-checkbox--html-input',
            'utrecht-checkbox--custom',
            invalid ? 'utrecht-checkbox--invalid' : '',
          ]
            .filter(Boolean)
            .join(' ')}
          checked={checked}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(path, !!description, invalid)}
          onChange={(e) => onChange(e.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={fieldId(path)}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field-description doorbraak-checkbox__description" id={descriptionId(path)}>
          {description}
        </div>
      ) : null}
    </div>
  );
}
