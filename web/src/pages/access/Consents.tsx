// "Toestemming en grondslagen": the household's consents per member and the other legal bases for
// sharing with partner organisations. Withdrawing a consent or ending a basis ends the partners'
// access to what it covered at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { accessApi, accessKeys } from '../../api-access';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badges';
import { Button, ButtonGroup } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { fieldId } from '../../components/fieldIds';
import { TextAreaField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDate, formatDateTime } from '../../format';
import { consentMethodKey } from '../../i18n';
import { useLang } from '../../lang';
import type { Consent, Consents, ShareBasis, SharedCaseOverview } from '../../types-access';
import { Section } from '../cases/CaseSections';
import { BasisForm, ConsentForm } from './ConsentForms';
import { focusLater, problemText, sectionNames, useNotice } from './shared';
import { ToggleForm } from './ToggleForm';

const consentId = (id: string) => `consent-${id}`;
const withdrawId = (id: string) => `consent-withdraw-${id}`;
const basisId = (id: string) => `basis-${id}`;

interface WithdrawProps {
  caseId: string;
  consent: Consent;
  onDone: (result?: Consents) => void;
}

function WithdrawForm({ caseId, consent, onDone }: WithdrawProps) {
  const { t } = useLang();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const path = `withdraw.${consent.id}.note`;
  const withdraw = useMutation({
    mutationFn: () => accessApi.withdrawConsent(caseId, consent.id, note.trim()),
    onMutate: () => setProblem(null),
    onSuccess: (result) => onDone(result),
    onError: (error) => setProblem(problemText(t, error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!withdraw.isPending) withdraw.mutate();
  };
  return (
    <form noValidate onSubmit={submit} className="doorbraak-triage__form">
      {problem ? (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      <TextAreaField path={path} label={t('consent.withdrawNote')} description={t('consent.withdrawNoteHint')} rows={3} value={note} onValue={setNote} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={withdraw.isPending} aria-describedby={consentId(consent.id)}>
          {t('consent.withdrawSubmit')}
        </Button>
        <Button appearance="subtle" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function ConsentStatus({ consent }: { consent: Consent }) {
  const { t, locale } = useLang();
  if (!consent.withdrawnAt) return <Badge tone="success">{t('consent.active')}</Badge>;
  return (
    <>
      <Badge tone="inactive">{t('consent.withdrawn')}</Badge>
      <br />
      {t('consent.withdrawnBy', { date: formatDateTime(consent.withdrawnAt, locale), name: consent.withdrawnBy ?? t('case.systemActor') })}
      {consent.withdrawalNote ? (
        <>
          <br />
          <span className="doorbraak-prewrap">{consent.withdrawalNote}</span>
        </>
      ) : null}
    </>
  );
}

interface ConsentTableProps {
  caption: string;
  consents: Consent[];
  caseId: string;
  canEdit: boolean;
  onWithdrawn: (result: Consents) => void;
}

function ConsentTable({ caption, consents, caseId, canEdit, onWithdrawn }: ConsentTableProps) {
  const { t, locale } = useLang();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Table caption={caption}>
      <THead>
        <Th>{t('consent.purpose')}</Th>
        <Th>{t('consent.organisations')}</Th>
        <Th>{t('consent.sections')}</Th>
        <Th>{t('consent.how')}</Th>
        <Th>{t('common.status')}</Th>
        {canEdit ? <Th>{t('inbox.actions')}</Th> : null}
      </THead>
      <TBody>
        {consents.map((c) => (
          <Tr key={c.id}>
            <Th scope="row" id={consentId(c.id)}>
              {c.purpose}
            </Th>
            <Td>{c.organisations.join(', ')}</Td>
            <Td>{sectionNames(t, c.sections)}</Td>
            <Td>
              {t('consent.givenOn', { method: t(consentMethodKey(c.method)), date: formatDate(c.givenOn, locale) })}
            </Td>
            <Td>
              <ConsentStatus consent={c} />
            </Td>
            {canEdit ? (
              <Td className="doorbraak-cell--actions">
                {c.withdrawnAt ? null : open === c.id ? (
                  <WithdrawForm
                    caseId={caseId}
                    consent={c}
                    onDone={(result) => {
                      setOpen(null);
                      if (result) onWithdrawn(result);
                      else focusLater(withdrawId(c.id));
                    }}
                  />
                ) : (
                  <Button
                    id={withdrawId(c.id)}
                    aria-describedby={consentId(c.id)}
                    onClick={() => {
                      setOpen(c.id);
                      focusLater(fieldId(`withdraw.${c.id}.note`));
                    }}
                  >
                    {t('consent.withdraw')}
                  </Button>
                )}
              </Td>
            ) : null}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function BasesTable({ bases, caseId, canEdit, onEnded }: { bases: ShareBasis[]; caseId: string; canEdit: boolean; onEnded: (result: Consents, basis: ShareBasis) => void }) {
  const { t, locale } = useLang();
  const [problem, setProblem] = useState<string | null>(null);
  const end = useMutation({
    mutationFn: (basis: ShareBasis) => accessApi.endBasis(caseId, basis.id),
    onMutate: () => setProblem(null),
    onSuccess: (result, basis) => onEnded(result, basis),
    onError: (error) => setProblem(problemText(t, error)),
  });
  if (!bases.length) return <Paragraph>{t('basis.none')}</Paragraph>;
  return (
    <>
      {problem ? (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      <Table caption={t('basis.caption')}>
        <THead>
          <Th>{t('case.organisation')}</Th>
          <Th>{t('consent.sections')}</Th>
          <Th>{t('basis.legalBasis')}</Th>
          <Th>{t('basis.article')}</Th>
          <Th>{t('basis.recorded')}</Th>
          <Th>{t('common.status')}</Th>
          {canEdit ? <Th>{t('inbox.actions')}</Th> : null}
        </THead>
        <TBody>
          {bases.map((b) => (
            <Tr key={b.id}>
              <Th scope="row" id={basisId(b.id)}>
                {b.organisation}
              </Th>
              <Td>{sectionNames(t, b.sections)}</Td>
              <Td>{t(`basis.kind.${b.legalBasis}`)}</Td>
              <Td>{b.article}</Td>
              <Td>{t('basis.recordedBy', { date: formatDateTime(b.recordedAt, locale), name: b.recordedBy ?? t('case.systemActor') })}</Td>
              <Td>
                {b.endedAt ? (
                  <>
                    <Badge tone="inactive">{t('basis.ended')}</Badge> {formatDateTime(b.endedAt, locale)}
                  </>
                ) : (
                  <Badge tone="success">{t('consent.active')}</Badge>
                )}
              </Td>
              {canEdit ? (
                <Td>
                  {b.endedAt ? null : (
                    <Button
                      aria-describedby={basisId(b.id)}
                      busy={end.isPending && end.variables?.id === b.id}
                      onClick={() => end.mutate(b)}
                    >
                      {t('basis.end')}
                    </Button>
                  )}
                </Td>
              ) : null}
            </Tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}

export function ConsentSection({ overview }: { overview: SharedCaseOverview }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const { access } = overview;
  const visible = access.via === 'team' && !access.partner;
  const canEdit = visible && access.role !== 'reader';
  const consents = useQuery({ queryKey: accessKeys.consents(overview.id), queryFn: () => accessApi.consents(overview.id), enabled: visible });
  const notice = useNotice();
  if (!visible) return null;

  const members = overview.household?.members ?? [];
  const all = consents.data?.consents ?? [];
  const others = all.filter((c) => !members.some((m) => m.id === c.personId));
  const settle = (result: Consents, message: string) => {
    queryClient.setQueryData(accessKeys.consents(overview.id), result);
    // The team shows what partners see; the case timeline shows the change.
    void queryClient.invalidateQueries({ queryKey: accessKeys.team(overview.id) });
    void queryClient.invalidateQueries({ queryKey: accessKeys.case(overview.id), exact: true });
    notice.announce(message);
  };

  return (
    <Section id="section-consent" title={t('consent.title')}>
      <Paragraph>{t('consent.intro')}</Paragraph>
      {notice.element}
      <QueryFeedback query={consents} />
      {consents.data ? (
        <>
          <Heading level={3}>{t('consent.perMember')}</Heading>
          {members.map((m) => {
            const own = all.filter((c) => c.personId === m.id);
            return (
              <div key={m.id} className="doorbraak-access-member">
                <Heading level={4}>{m.name}</Heading>
                {own.length ? (
                  <ConsentTable
                    caption={t('consent.caption', { name: m.name })}
                    consents={own}
                    caseId={overview.id}
                    canEdit={canEdit}
                    onWithdrawn={(result) => settle(result, t('consent.withdrawnNotice'))}
                  />
                ) : (
                  <Paragraph>{t('consent.noneForMember')}</Paragraph>
                )}
              </div>
            );
          })}
          {others.length ? (
            <ConsentTable
              caption={t('consent.captionOther')}
              consents={others}
              caseId={overview.id}
              canEdit={canEdit}
              onWithdrawn={(result) => settle(result, t('consent.withdrawnNotice'))}
            />
          ) : null}
          {canEdit && members.length ? (
            <ToggleForm label={t('consent.record')} firstField="consent.personId">
              {(close) => (
                <ConsentForm
                  caseId={overview.id}
                  members={members}
                  onDone={(result) => {
                    close(!!result);
                    if (result) settle(result, t('consent.recorded'));
                  }}
                />
              )}
            </ToggleForm>
          ) : null}

          <Heading level={3}>{t('basis.title')}</Heading>
          <Paragraph>{t('basis.intro')}</Paragraph>
          <BasesTable
            bases={consents.data.bases}
            caseId={overview.id}
            canEdit={canEdit}
            onEnded={(result, basis) => settle(result, t('basis.endedNotice', { organisation: basis.organisation }))}
          />
          {canEdit ? (
            <ToggleForm label={t('basis.record')} firstField="basis.organisation">
              {(close) => (
                <BasisForm
                  caseId={overview.id}
                  onDone={(result) => {
                    close(!!result);
                    if (result) settle(result, t('basis.recordedNotice'));
                  }}
                />
              )}
            </ToggleForm>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}
