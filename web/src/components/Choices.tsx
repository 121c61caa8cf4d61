// Groups of checkboxes or radio buttons: a fieldset with legend, description and error.
// The first option gets the id of the path itself, so an error summary link lands on it.
import type { ReactNode } from 'react';
import { describedBy, descriptionId, errorId, fieldId } from './fieldIds';

export interface Option<V extends string> {
  value: V;
  label: ReactNode;
  /** BCP 47 language of the label when it differs from the page. */
  lang?: string;
}

interface FieldsetProps {
  path: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
}

export function Fieldset({ path, legend, description, error, children }: FieldsetProps) {
  const classes = [
    'utrecht-form-fieldset',
    'utrecht-form-fieldset--html-fieldset',
    'utrecht-form-fieldset--distanced',
    error ? 'utrecht-form-fieldset--invalid' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={classes}
      aria-describedby={describedBy(path, !!description, !!error)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {description ? (
        <div className="utrecht-form-field-description" id={descriptionId(path)}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={errorId(path)}>
          {error}
        </div>
      ) : null}
      {children}
    </fieldset>
  );
}

const optionId = (path: string, index: number, value: string) =>
  index === 0 ? fieldId(path) : fieldId(`${path}.${value}`);

interface CheckboxGroupProps<V extends string> {
  path: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: Option<V>[];
  value: V[];
  onChange: (value: V[]) => void;
}

export function CheckboxGroup<V extends string>(props: CheckboxGroupProps<V>) {
  const { path, options, value, onChange, error } = props;
  return (
    <Fieldset path={path} legend={props.legend} description={props.description} error={error}>
      <div className="doorbraak-choices doorbraak-choices--columns">
        {options.map((option, index) => {
          const id = optionId(path, index, option.value);
          const checked = value.includes(option.value);
          return (
            <div key={option.value} className="utrecht-form-field utrecht-form-field--checkbox">
              <div className="utrecht-form-field__input">
                <input
                  id={id}
                  type="checkbox"
                  name={path}
                  value={option.value}
                  checked={checked}
                  className={[
                    'utrecht-checkbox',
                    'utrecht-checkbox--html-input',
                    'utrecht-checkbox--custom',
                    error ? 'utrecht-checkbox--invalid' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  onChange={(e) =>
                    onChange(
                      e.target.checked
                        ? options.map((o) => o.value).filter((v) => v === option.value || value.includes(v))
                        : value.filter((v) => v !== option.value),
                    )
                  }
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id} lang={option.lang}>
                  {option.label}
                </label>
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

interface RadioGroupProps<V extends string> {
  path: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: Option<V>[];
  value: V | '';
  onChange: (value: V) => void;
}

export function RadioGroup<V extends string>(props: RadioGroupProps<V>) {
  const { path, options, value, onChange, error } = props;
  return (
    <Fieldset path={path} legend={props.legend} description={props.description} error={error}>
      <div className="doorbraak-choices">
        {options.map((option, index) => {
          const id = optionId(path, index, option.value);
          return (
            <div key={option.value} className="utrecht-form-field utrecht-form-field--radio">
              <div className="utrecht-form-field__input">
                <input
                  id={id}
                  type="radio"
                  name={path}
                  value={option.value}
                  checked={value === option.value}
                  className={[
                    'utrecht-radio-button',
                    'utrecht-radio-button--html-input',
                    error ? 'utrecht-radio-button--invalid' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  onChange={() => onChange(option.value)}
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id} lang={option.lang}>
                  {option.label}
                </label>
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
