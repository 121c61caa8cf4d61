// Step 2 — Betrokkenen & kosten: every agency and professional involved, what they deliver, and
// what that support costs a year (from the municipality's price list): the cost of muddling on.
import { Alert } from '../../components/Alert';
import { Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import type { CaseOverview } from '../../types';
import type { HouseholdOverview } from '../../types-household';
import { Section } from '../cases/CaseSections';
import { canChange } from './breakthrough/forms';
import { CostOverview, InvolvementsSection } from './household/Involvements';
import { NotShared } from './household/shared';
import { InvolvementContacts } from '../network/InvolvementContacts';

export function Step2({ overview }: { overview: CaseOverview }) {
  const { t } = useLang();
  const o = overview as unknown as HouseholdOverview;
  const editable = canChange(o);
  const visible = o.access.sections.includes('involvements');
  return (
    <>
      <Paragraph lead>{t('household.step2.intro')}</Paragraph>
      {!editable ? (
        <Alert type="info">
          <Paragraph>{t('household.readOnly')}</Paragraph>
        </Alert>
      ) : null}
      <Section id="step2-costs" title={t('household.costs.title')}>
        {visible ? <CostOverview caseId={o.id} /> : <NotShared />}
      </Section>
      <Section id="step2-involvements" title={t('household.involvements.title')}>
        {visible ? <InvolvementsSection caseId={o.id} editable={editable} /> : <NotShared />}
      </Section>
      <Section id="step2-network" title={t('network.link.section')}>
        {visible ? <InvolvementContacts caseId={o.id} editable={editable} /> : <NotShared />}
      </Section>
    </>
  );
}
