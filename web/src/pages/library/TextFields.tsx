// The five texts of an entry as form fields, shared by publishing and editing. What the identifier
// check found, or why the server refused, is shown at the field it is about.
import { TextAreaField, TextField } from '../../components/FormField';
import type { FieldErrors } from '../../components/fieldIds';
import { useLang } from '../../lang';
import { ENTRY_TEXT_FIELDS, type EntryTexts } from '../../types-library';
import { fieldKey } from './labels';

/** Server field → form path: the paths are the field names themselves. */
export const TEXT_PATHS: Record<string, string> = Object.fromEntries(ENTRY_TEXT_FIELDS.map((f) => [f, f]));

const ROWS = { title: 0, problem: 5, blocker: 4, breakthrough: 4, outcome: 3 } as const;

export function EntryTextFields({ texts, onChange, errors }: { texts: EntryTexts; onChange: (t: EntryTexts) => void; errors: FieldErrors }) {
  const { t } = useLang();
  return (
    <>
      {ENTRY_TEXT_FIELDS.map((f) => {
        const common = {
          path: f, label: t(fieldKey(f)), description: t(`library.field.${f}Hint`), error: errors[f], required: f !== 'outcome',
          value: texts[f], onValue: (v: string) => onChange({ ...texts, [f]: v }),
        };
        return f === 'title'
          ? <TextField key={f} {...common} autoComplete="off" />
          : <TextAreaField key={f} {...common} rows={ROWS[f]} />;
      })}
    </>
  );
}
