// Small pieces every decisions page shares: the state of a request as a badge, why a level was
// skipped, the letter links and money in the user's language.
import { Badge } from '../../components/Badges';
import { useLang } from '../../lang';
import type { Translate } from '../../i18n';
import type { DecisionOutcome, DecisionStatus, LetterLinks, SkippedLevel } from '../../types-decisions';
import { formatEuros } from '../workflow/breakthrough/money';

/** Cents for reading, always to the cent: decisions are about exact amounts. */
export function useEuros() {
  const { locale } = useLang();
  return (cents: number) => formatEuros(cents, locale, true);
}

export function outcomeText(t: Translate, outcome: DecisionOutcome): string {
  return t(`decisions.outcome.${outcome}`);
}

/** Pending (late or not), withdrawn, or the outcome: in words, colour only supports it. */
export function DecisionBadge({ status, outcome, overdue }: { status: DecisionStatus; outcome: DecisionOutcome | null; overdue?: boolean }) {
  const { t } = useLang();
  if (status === 'withdrawn') return <Badge tone="inactive">{t('decisions.status.withdrawn')}</Badge>;
  if (status === 'pending') {
    return <Badge tone={overdue ? 'danger' : 'warning'}>{overdue ? t('decisions.status.overdue') : t('decisions.status.pending')}</Badge>;
  }
  const o = outcome ?? 'approved';
  return <Badge tone={o === 'declined' ? 'danger' : 'success'}>{outcomeText(t, o)}</Badge>;
}

/** Why a level was passed over, in the user's language. */
export function skippedText(t: Translate, s: SkippedLevel): string {
  return t('decisions.skipped', { level: s.name, reason: t(`decisions.skip.${s.reason}`) });
}

/** The resident's letter as a web page and as a PDF; `about` names the decision for screen readers. */
export function LetterLinkList({ letter, about }: { letter: LetterLinks; about: string }) {
  const { t } = useLang();
  return (
    <ul className="doorbraak-decision-letters">
      <li>
        <a className="utrecht-link utrecht-link--html-a" href={letter.html} target="_blank" rel="noopener">
          {t('decisions.letter.html')}
          <span className="doorbraak-visually-hidden"> {about} {t('decisions.letter.newWindow')}</span>
        </a>
      </li>
      <li>
        <a className="utrecht-link utrecht-link--html-a" href={letter.pdf} download>
          {t('decisions.letter.pdf')}
          <span className="doorbraak-visually-hidden"> {about}</span>
        </a>
      </li>
    </ul>
  );
}
