// /privacy/bewaartermijnen — how long case files are kept per kind of case, never shorter than the
// law asks; the legal rules are listed with their source. For the privacy officer and the administrator.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { privacyApi } from '../../api-privacy';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badges';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryFeedback } from '../../components/Feedback';
import type { FieldErrors } from '../../components/fieldIds';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { domainKey, kindKey, labelOr } from '../../i18n';
import { useT } from '../../lang';
import type { LifeDomain } from '../../types';
import type { RetentionPolicies } from '../../types-privacy';
import { usePageTitle } from '../../usePageTitle';
import { problemOf, useFormErrors } from '../security/problems';
import { RoleGate } from '../security/RoleGate';

const retentionKey = ['privacy', 'retention'] as const;
const yearsPath = (i: number) => `policies.${i}.years`;

export function RetentionPage() {
  const t = useT();
  usePageTitle(t('privacy.retention.title'));
  return (
    <>
      <Heading level={1}>{t('privacy.retention.title')}</Heading>
      <RoleGate role="privacy_officer" also="administrator">
        <Retention />
      </RoleGate>
    </>
  );
}

function Retention() {
  const t = useT();
  const retention = useQuery({ queryKey: retentionKey, queryFn: () => privacyApi.retention() });
  return (
    <>
      <Paragraph>{t('privacy.retention.intro')}</Paragraph>
      <QueryFeedback query={retention} />
      {retention.data ? <RetentionForm data={retention.data} /> : null}
      {retention.data ? <LegalRules data={retention.data} /> : null}
    </>
  );
}

function RetentionForm({ data }: { data: RetentionPolicies }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [years, setYears] = useState<string[]>(data.policies.map((p) => String(p.years)));
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const errors = useFormErrors();

  const save = useMutation({
    mutationFn: () =>
      privacyApi.saveRetention({ policies: data.policies.map((p, i) => ({ caseKind: p.caseKind, years: Number(years[i]) })) }),
    onMutate: () => setDone(false),
    onSuccess: (result) => {
      queryClient.setQueryData(retentionKey, result);
      errors.clear();
      setDone(true);
      window.setTimeout(() => doneRef.current?.focus(), 0);
    },
    onError: (error) => {
      const paths = Object.fromEntries(data.policies.map((_, i) => [yearsPath(i), yearsPath(i)]));
      const { fields, summary } = problemOf(error, t, paths);
      errors.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: FieldErrors = {};
    data.policies.forEach((p, i) => {
      const kind = t(kindKey(p.caseKind));
      const value = years[i].trim();
      if (!/^\d+$/.test(value)) found[yearsPath(i)] = t('privacy.retention.wholeYears', { kind });
      else if (Number(value) < p.legalMinimumYears) {
        found[yearsPath(i)] = t('privacy.retention.tooShort', { kind, n: p.legalMinimumYears });
      } else if (Number(value) > 120) found[yearsPath(i)] = t('privacy.retention.tooLong', { kind });
    });
    if (Object.keys(found).length) {
      errors.show(found);
      return;
    }
    errors.clear();
    save.mutate();
  }

  return (
    <section className="doorbraak-section" aria-labelledby="retention-form-title">
      <Heading level={2} id="retention-form-title">
        {t('privacy.retention.formTitle')}
      </Heading>
      {done ? (
        <Alert type="ok" role="status" ref={doneRef} focusable>
          <p className="utrecht-paragraph">{t('privacy.retention.saved')}</p>
        </Alert>
      ) : null}
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <form noValidate onSubmit={submit} className="doorbraak-form">
        {data.policies.map((p, i) => (
          <TextField
            key={p.caseKind}
            path={yearsPath(i)}
            label={
              <>
                {t('privacy.retention.kindLabel', { kind: t(kindKey(p.caseKind)) })}
                {p.isDefault ? (
                  <>
                    {' '}
                    <Badge>{t('privacy.retention.default')}</Badge>
                  </>
                ) : null}
              </>
            }
            description={t('privacy.retention.minimum', { n: p.legalMinimumYears })}
            type="number"
            inputMode="numeric"
            min={p.legalMinimumYears}
            max={120}
            step={1}
            className="doorbraak-input--short"
            required
            value={years[i]}
            onValue={(value) => setYears((all) => all.map((y, j) => (j === i ? value : y)))}
            error={errors.fields[yearsPath(i)]}
          />
        ))}
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {t('privacy.retention.submit')}
        </Button>
      </form>
    </section>
  );
}

function LegalRules({ data }: { data: RetentionPolicies }) {
  const t = useT();
  const appliesTo = (domains: 'all' | string[]) =>
    domains === 'all'
      ? t('privacy.retention.allCases')
      : t('privacy.retention.casesWith', {
          domains: domains.map((d) => labelOr(t, domainKey(d as LifeDomain), d)).join(', '),
        });
  return (
    <section className="doorbraak-section" aria-labelledby="legal-rules-title">
      <Heading level={2} id="legal-rules-title">
        {t('privacy.retention.legalTitle')}
      </Heading>
      <Paragraph>{t('privacy.retention.legalIntro')}</Paragraph>
      <Table caption={t('privacy.retention.legalCaption')}>
        <THead>
          <Th>{t('privacy.retention.source')}</Th>
          <Th>{t('privacy.retention.term')}</Th>
          <Th>{t('privacy.retention.appliesTo')}</Th>
        </THead>
        <TBody>
          {data.legalRules.map((rule) => (
            <Tr key={rule.id}>
              <Th scope="row" lang="nl">
                {rule.ground}
              </Th>
              <Td>{t('privacy.retention.years', { n: rule.years })}</Td>
              <Td>{appliesTo(rule.lifeDomains)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
