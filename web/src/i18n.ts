// The dictionary: Dutch (B1, the default) and English, with typed keys.
// The texts live in locales/; this module picks the language and fills in {placeholders}.
import { accessEn } from './locales/access.en';
import { accessNl } from './locales/access.nl';
import { decisionsEn } from './locales/decisions.en';
import { decisionsNl } from './locales/decisions.nl';
import { bottlenecksEn } from './locales/bottlenecks.en';
import { bottlenecksNl } from './locales/bottlenecks.nl';
import { libraryEn } from './locales/library.en';
import { libraryNl } from './locales/library.nl';
import { networkEn } from './locales/network.en';
import { networkNl } from './locales/network.nl';
import { policyEn } from './locales/policy.en';
import { policyNl } from './locales/policy.nl';
import { en as baseEn } from './locales/en';
import { nl as baseNl } from './locales/nl';
import { privacyEn } from './locales/privacy.en';
import { privacyNl } from './locales/privacy.nl';
import { breakthroughEn } from './locales/workflow-breakthrough.en';
import { breakthroughNl } from './locales/workflow-breakthrough.nl';
import { householdEn } from './locales/workflow-household.en';
import { householdNl } from './locales/workflow-household.nl';
import { stepsEn } from './locales/workflow-steps.en';
import { stepsNl } from './locales/workflow-steps.nl';
import type {
  CaseKind,
  CaseStatus,
  CaseStep,
  ConsentMethod,
  LegalBasis,
  LifeDomain,
  Urgency,
} from './types';

// One dictionary per language, assembled from the texts of each area.
const nl = { ...baseNl, ...accessNl, ...privacyNl, ...householdNl, ...breakthroughNl, ...stepsNl, ...decisionsNl,
  ...bottlenecksNl, ...libraryNl, ...networkNl, ...policyNl };
const en = { ...baseEn, ...accessEn, ...privacyEn, ...householdEn, ...breakthroughEn, ...stepsEn, ...decisionsEn,
  ...bottlenecksEn, ...libraryEn, ...networkEn, ...policyEn };
export type MessageKey = keyof typeof nl;
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export const dictionaries: Record<Lang, Record<MessageKey, string>> = { nl, en };

/** Locale for Intl formatting per language. */
export const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export type Vars = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = dictionaries[lang][key] ?? nl[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

export type Translate = (key: MessageKey, vars?: Vars) => string;

// Typed keys for the enum-like values of the API.
export const statusKey = (s: CaseStatus) => `status.${s}` as const satisfies MessageKey;
export const stepKey = (s: CaseStep) => `step.${s}` as const satisfies MessageKey;
export const kindKey = (k: CaseKind) => `kind.${k}` as const satisfies MessageKey;
export const urgencyKey = (u: Urgency) => `urgency.${u}` as const satisfies MessageKey;
export const domainKey = (d: LifeDomain) => `domain.${d}` as const satisfies MessageKey;
export const legalBasisKey = (b: LegalBasis) => `legalBasis.${b}` as const satisfies MessageKey;
export const consentMethodKey = (m: ConsentMethod) =>
  `consentMethod.${m}` as const satisfies MessageKey;

/** Label for a value the server may send outside the known set (shown as is). */
export function labelOr(t: Translate, key: string, fallback: string): string {
  return key in nl ? t(key as MessageKey) : fallback;
}

const STORAGE_KEY = 'doorbraak.lang';

export function storedLang(): Lang {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    if (value === 'nl' || value === 'en') return value;
  } catch {
    // localStorage can be blocked; Dutch is the default.
  }
  return 'nl';
}

export function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not fatal: the choice then lasts for this page view only.
  }
}
