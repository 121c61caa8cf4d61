// Choosing the rules that block the solution from the municipality's catalogue. Each rule shows
// what it means to achieve, so the coordinator can argue from the purpose of the rule.
import { useId, useState } from 'react';
import { Fieldset } from '../../../components/Choices';
import { fieldId } from '../../../components/fieldIds';
import { useT } from '../../../lang';
import type { RuleRef } from '../../../types-breakthrough';

export const ruleTitle = (r: Pick<RuleRef, 'name' | 'law' | 'article'>) =>
  `${r.name} (${r.law}${r.article ? `, ${r.article}` : ''})`;

/** The law text on wetten.overheid.nl (or wherever the catalogue points), named after the rule. */
export function LawLink({ rule }: { rule: Pick<RuleRef, 'name' | 'url'> }) {
  const t = useT();
  if (!rule.url) return null;
  return (
    <a className="utrecht-link utrecht-link--html-a" href={rule.url} target="_blank" rel="noopener noreferrer">
      {t('rules.lawText', { name: rule.name })}
      <span className="doorbraak-visually-hidden"> {t('rules.newWindow')}</span>
    </a>
  );
}

interface RulePickerProps {
  path: string;
  rules: RuleRef[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  disabled?: boolean;
}

export function RulePicker({ path, rules, value, onChange, error, disabled }: RulePickerProps) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const words = filter.toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
  const matches = (r: RuleRef) => {
    const text = `${r.code} ${r.name} ${r.law} ${r.article ?? ''} ${r.purpose ?? ''}`.toLocaleLowerCase('nl');
    return words.every((w) => text.includes(w));
  };
  // Chosen rules stay in view whatever the filter says.
  const shown = rules.filter((r) => value.includes(r.id) || matches(r));
  return (
    <Fieldset path={path} legend={t('blocker.rules')} description={t('blocker.rulesHint')} error={error}>
      {rules.length > 6 ? (
        <div className="utrecht-form-field utrecht-form-field--text doorbraak-rule-filter">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={filterId}>{t('rules.filter')}</label>
          </div>
          <div className="utrecht-form-field__input">
            <input
              id={filterId}
              type="search"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </div>
        </div>
      ) : null}
      {rules.length === 0 ? <p className="utrecht-paragraph">{t('rules.none')}</p> : null}
      <ul className="doorbraak-rule-list">
        {shown.map((r, index) => {
          const id = index === 0 ? fieldId(path) : fieldId(`${path}.${r.id}`);
          const purposeId = `${id}-purpose`;
          return (
            <li key={r.id} className="doorbraak-rule-option">
              <div className="utrecht-form-field utrecht-form-field--checkbox">
                <div className="utrecht-form-field__input">
                  <input
                    id={id}
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                    checked={value.includes(r.id)}
                    disabled={disabled}
                    aria-describedby={r.purpose ? purposeId : undefined}
                    onChange={(e) => onChange(e.target.checked ? [...value, r.id] : value.filter((v) => v !== r.id))}
                  />
                </div>
                <div className="utrecht-form-field__label">
                  <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                    {ruleTitle(r)}
                  </label>
                </div>
              </div>
              {r.purpose ? (
                <p className="utrecht-paragraph doorbraak-rule-purpose" id={purposeId}>
                  <strong>{t('rules.purpose')}:</strong> {r.purpose}
                </p>
              ) : null}
              {r.url ? (
                <p className="utrecht-paragraph doorbraak-rule-purpose">
                  <LawLink rule={r} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {/* Always in the page, so screen readers hear how many rules the filter leaves. */}
      <p className="utrecht-paragraph" role="status">
        {shown.length < rules.length ? t('rules.filtered', { shown: shown.length, total: rules.length }) : ''}
      </p>
    </Fieldset>
  );
}
