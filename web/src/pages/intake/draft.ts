// The intake form's state, its checks in the browser, the request body, and how server
// errors (by API field path) land on the form's fields.
import type { SummaryItem } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import type { Translate } from '../../i18n';
import { todayInAmsterdam } from '../../format';
import type { ConsentMethod, IntakeInput, LegalBasis, LifeDomain, Me, Urgency } from '../../types';

export interface MemberDraft {
  /** Stable React key; not sent. */
  key: number;
  name: string;
  birthDate: string;
  bsn: string;
  relation: string;
}

export interface IntakeDraft {
  members: MemberDraft[];
  contact: { address: string; phone: string; email: string };
  story: string;
  lifeDomains: LifeDomain[];
  urgency: Urgency | '';
  reporter: { name: string; organisation: string; phone: string; email: string };
  legalBasis: LegalBasis | '';
  consentMethod: ConsentMethod | '';
}

let nextKey = 1;
export const newMember = (): MemberDraft => ({ key: nextKey++, name: '', birthDate: '', bsn: '', relation: '' });

export function emptyDraft(me: Me | null): IntakeDraft {
  return {
    members: [newMember()],
    contact: { address: '', phone: '', email: '' },
    story: '',
    lifeDomains: [],
    urgency: 'normal',
    reporter: {
      name: me?.user.name ?? '',
      organisation: me?.user.organisation ?? '',
      phone: me?.user.phone ?? '',
      email: me?.user.email ?? '',
    },
    legalBasis: '',
    consentMethod: '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const memberPath = (i: number, field: keyof Omit<MemberDraft, 'key'>) => `household.members.${i}.${field}`;

/** Checks in form order, so the summary follows the page. */
export function validate(draft: IntakeDraft, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  const today = todayInAmsterdam();
  if (!draft.members.length) errors['household.members'] = t('intake.err.members');
  draft.members.forEach((m, i) => {
    const n = i + 1;
    if (!m.name.trim()) errors[memberPath(i, 'name')] = t('intake.err.memberName', { n });
    if (!m.birthDate) errors[memberPath(i, 'birthDate')] = t('intake.err.memberBirthDate', { n });
    else if (m.birthDate > today) errors[memberPath(i, 'birthDate')] = t('intake.err.memberBirthDateFuture', { n });
    const bsn = m.bsn.replace(/[\s.]/g, '');
    if (bsn && !/^\d{9}$/.test(bsn)) errors[memberPath(i, 'bsn')] = t('intake.err.memberBsn', { n });
  });
  const contactEmail = draft.contact.email.trim();
  if (contactEmail && !EMAIL.test(contactEmail)) errors['household.contact.email'] = t('intake.err.email');
  if (!draft.story.trim()) errors.story = t('intake.err.story');
  if (!draft.lifeDomains.length) errors.lifeDomains = t('intake.err.domains');
  if (!draft.urgency) errors.urgency = t('intake.err.urgency');
  if (!draft.reporter.name.trim()) errors['reporter.name'] = t('intake.err.reporterName');
  const reporterEmail = draft.reporter.email.trim();
  if (reporterEmail && !EMAIL.test(reporterEmail)) errors['reporter.email'] = t('intake.err.email');
  if (!draft.legalBasis) errors.legalBasis = t('intake.err.legalBasis');
  else if (draft.legalBasis === 'consent' && !draft.consentMethod) {
    errors.consentMethod = t('intake.err.consentMethod');
  }
  return errors;
}

/** Trimmed text, or undefined when empty (optional fields are sent as absent). */
const opt = (value: string): string | undefined => value.trim() || undefined;

function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

export function toInput(draft: IntakeDraft, municipality?: string): IntakeInput {
  const input: IntakeInput = {
    household: {
      members: draft.members.map((m) =>
        compact({
          name: m.name.trim(),
          birthDate: m.birthDate,
          bsn: opt(m.bsn.replace(/[\s.]/g, '')),
          relation: opt(m.relation),
        })!,
      ),
    },
    story: draft.story.trim(),
    lifeDomains: draft.lifeDomains,
    urgency: draft.urgency || 'normal',
    reporter: compact({
      name: draft.reporter.name.trim(),
      organisation: opt(draft.reporter.organisation),
      phone: opt(draft.reporter.phone),
      email: opt(draft.reporter.email),
    })!,
    legalBasis: draft.legalBasis as LegalBasis,
  };
  const contact = compact({
    address: opt(draft.contact.address),
    phone: opt(draft.contact.phone),
    email: opt(draft.contact.email),
  });
  if (contact) input.household.contact = contact;
  if (draft.legalBasis === 'consent' && draft.consentMethod) input.consentMethod = draft.consentMethod;
  if (municipality) input.municipality = municipality;
  return input;
}

/** Every path that has its own input (or group) on the form. */
export function knownPaths(draft: IntakeDraft): Set<string> {
  const paths = [
    'household.contact.address',
    'household.contact.phone',
    'household.contact.email',
    'story',
    'lifeDomains',
    'urgency',
    'reporter.name',
    'reporter.organisation',
    'reporter.phone',
    'reporter.email',
    'legalBasis',
    'consentMethod',
  ];
  draft.members.forEach((_, i) => {
    for (const f of ['name', 'birthDate', 'bsn', 'relation'] as const) paths.push(memberPath(i, f));
  });
  return new Set(paths);
}

/** Where a server error path shows up: itself, its nearest known parent, or a sensible field. */
export function resolvePath(field: string, known: Set<string>): string | null {
  const normalised = field.replace(/\[(\d+)\]/g, '.$1').replace(/^\//, '').replace(/\//g, '.');
  let path = normalised;
  while (path) {
    if (known.has(path)) return path;
    if (known.has(`${path}.name`)) return `${path}.name`;
    const cut = path.lastIndexOf('.');
    path = cut > 0 ? path.slice(0, cut) : '';
  }
  if (normalised.startsWith('household.members') && known.has(memberPath(0, 'name'))) return memberPath(0, 'name');
  if (normalised.startsWith('lifeDomains')) return 'lifeDomains';
  return null;
}

/** Server field errors → messages per field (first one wins) and summary items. */
export function fromServer(
  errors: { field: string; message: string }[],
  draft: IntakeDraft,
): { fields: FieldErrors; summary: SummaryItem[] } {
  const known = knownPaths(draft);
  const fields: FieldErrors = {};
  const summary: SummaryItem[] = [];
  for (const e of errors) {
    const path = resolvePath(e.field, known);
    if (path && !fields[path]) fields[path] = e.message;
    summary.push({ path, message: e.message });
  }
  return { fields, summary };
}
