// Plain words for the codes in the processing log and in a person's history.
import { labelOr, type Translate } from '../../i18n';

export const actionLabel = (t: Translate, action: string) => labelOr(t, `privacy.action.${action}`, action);
export const basisLabel = (t: Translate, basis: string) => labelOr(t, `privacy.basis.${basis}`, basis);
export const fieldLabel = (t: Translate, field: string) => labelOr(t, `privacy.field.${field}`, field);
