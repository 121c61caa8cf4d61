// The repeatable group of household members: name, birth date, BSN and relation.
import { Button } from '../../components/Button';
import { Fieldset } from '../../components/Choices';
import type { FieldErrors } from '../../components/fieldIds';
import { TextField } from '../../components/FormField';
import { todayInAmsterdam } from '../../format';
import { useT } from '../../lang';
import type { MemberDraft } from './draft';

interface MemberFieldsProps {
  members: MemberDraft[];
  errors: FieldErrors;
  onChange: (index: number, patch: Partial<MemberDraft>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

export function MemberFields({ members, errors, onChange, onAdd, onRemove }: MemberFieldsProps) {
  const t = useT();
  const max = todayInAmsterdam();
  return (
    <Fieldset path="household.members" legend={t('intake.household')} description={t('intake.householdHint')}>
      {members.map((member, i) => {
        const base = `household.members.${i}`;
        const n = i + 1;
        return (
          <fieldset key={member.key} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset doorbraak-member">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend doorbraak-member__legend">
              {t('intake.member', { n })}
            </legend>
            <TextField
              path={`${base}.name`}
              label={t('intake.memberName')}
              required
              autoComplete="off"
              value={member.name}
              onValue={(name) => onChange(i, { name })}
              error={errors[`${base}.name`]}
            />
            <TextField
              path={`${base}.birthDate`}
              label={t('intake.memberBirthDate')}
              type="date"
              required
              max={max}
              value={member.birthDate}
              onValue={(birthDate) => onChange(i, { birthDate })}
              error={errors[`${base}.birthDate`]}
              className="doorbraak-input--date"
            />
            <TextField
              path={`${base}.bsn`}
              label={t('intake.memberBsn')}
              description={t('intake.memberBsnHint')}
              inputMode="numeric"
              autoComplete="off"
              value={member.bsn}
              onValue={(bsn) => onChange(i, { bsn })}
              error={errors[`${base}.bsn`]}
              className="doorbraak-input--short"
            />
            <TextField
              path={`${base}.relation`}
              label={t('intake.memberRelation')}
              description={t('intake.memberRelationHint')}
              autoComplete="off"
              value={member.relation}
              onValue={(relation) => onChange(i, { relation })}
              error={errors[`${base}.relation`]}
            />
            {members.length > 1 ? (
              <Button appearance="subtle" onClick={() => onRemove(i)}>
                {t('intake.removeMember', { n })}
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      <Button appearance="secondary" onClick={onAdd}>
        {t('intake.addMember')}
      </Button>
    </Fieldset>
  );
}
