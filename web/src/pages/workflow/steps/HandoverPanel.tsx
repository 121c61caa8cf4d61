// Warm handover on the case page. The coordinator offers the case to a colleague with a note and
// stays the coordinator until the colleague accepts; the colleague accepts or refuses with a reason.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { stepsApi, stepsKeys } from '../../../api-steps';
import { useMe } from '../../../auth';
import { Alert } from '../../../components/Alert';
import { Button, ButtonGroup } from '../../../components/Button';
import { LoadError, Loading } from '../../../components/Feedback';
import { Heading, Paragraph } from '../../../components/Heading';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/Table';
import { formatDateTime } from '../../../format';
import { useLang } from '../../../lang';
import type { Handover, HandoverStatus, StepsOverview } from '../../../types-steps';
import { Section } from '../../cases/CaseSections';
import { messageOf } from '../breakthrough/forms';
import { canManage } from './labels';
import { OfferForm, RefuseForm } from './HandoverForms';

const statusKey = (s: HandoverStatus) => `handover.status.${s}` as const;

/** What the panel tells the case page: a message to announce, and whether the viewer's access may have ended. */
export type HandoverNews = (message: string, opts?: { accessMayEnd?: boolean }) => void;

function Note({ handover }: { handover: Handover }) {
  const { t } = useLang();
  return (
    <>
      <Heading level={3}>{t('handover.noteTitle')}</Heading>
      <Paragraph className="doorbraak-prewrap doorbraak-handover__note">{handover.note}</Paragraph>
    </>
  );
}

function History({ caseId }: { caseId: string }) {
  const { t, locale } = useLang();
  const list = useQuery({ queryKey: stepsKeys.handovers(caseId), queryFn: () => stepsApi.handovers(caseId) });
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} retry={() => void list.refetch()} />;
  const items = list.data.items.filter((h) => h.status !== 'offered');
  if (!items.length) return <Paragraph>{t('handover.historyEmpty')}</Paragraph>;
  return (
    <Table caption={t('handover.historyCaption')}>
      <THead>
        <Th>{t('handover.offeredAt')}</Th>
        <Th>{t('handover.from')}</Th>
        <Th>{t('handover.to')}</Th>
        <Th>{t('handover.answer')}</Th>
      </THead>
      <TBody>
        {items.map((h) => (
          <Tr key={h.id}>
            <Td>{formatDateTime(h.offeredAt, locale)}</Td>
            <Td>{h.from.name}</Td>
            <Td>{h.to.name}</Td>
            <Td>
              {t(statusKey(h.status))}
              {h.answeredAt ? ` (${formatDateTime(h.answeredAt, locale)})` : ''}
              {h.answer ? <span className="doorbraak-prewrap">{`: ${h.answer}`}</span> : null}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function OfferToMe({ handover, onNews }: { handover: Handover; onNews: HandoverNews }) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const [refusing, setRefusing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refuseButton = useRef<HTMLButtonElement>(null);
  const settled = () => {
    void queryClient.invalidateQueries({ queryKey: stepsKeys.offersToMe });
    void queryClient.invalidateQueries({ queryKey: stepsKeys.cases });
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  };
  const accept = useMutation({
    mutationFn: () => stepsApi.accept(handover.caseId, handover.id),
    onSuccess: (next) => {
      queryClient.setQueryData(stepsKeys.case(handover.caseId), next);
      void queryClient.invalidateQueries({ queryKey: stepsKeys.case(handover.caseId) });
      settled();
      onNews(t('handover.accepted'));
    },
    onError: (e) => setError(messageOf(e, t)),
  });
  return (
    <Alert type="info">
      <Heading level={3}>{t('handover.toMeTitle', { name: handover.from.name })}</Heading>
      <Paragraph>{t('handover.toMeIntro', { date: formatDateTime(handover.offeredAt, locale), name: handover.from.name })}</Paragraph>
      <Note handover={handover} />
      {error ? (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      {refusing ? (
        <RefuseForm
          handover={handover}
          onDone={(refused) => {
            setRefusing(false);
            if (refused) {
              settled();
              onNews(t('handover.refused', { name: handover.from.name }), { accessMayEnd: true });
            } else {
              window.setTimeout(() => refuseButton.current?.focus(), 0);
            }
          }}
        />
      ) : (
        <ButtonGroup>
          <Button appearance="primary" busy={accept.isPending} onClick={() => { setError(null); accept.mutate(); }}>
            {t('handover.accept')}
          </Button>
          <Button ref={refuseButton} onClick={() => { setError(null); setRefusing(true); }}>{t('handover.refuse')}</Button>
        </ButtonGroup>
      )}
    </Alert>
  );
}

function OfferByMe({ handover, onNews }: { handover: Handover; onNews: HandoverNews }) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const withdraw = useMutation({
    mutationFn: () => stepsApi.withdraw(handover.caseId, handover.id),
    onSuccess: () => {
      queryClient.setQueryData<StepsOverview>(stepsKeys.case(handover.caseId), (old) => (old ? { ...old, handover: null } : old));
      void queryClient.invalidateQueries({ queryKey: stepsKeys.case(handover.caseId) });
      onNews(t('handover.withdrawn', { name: handover.to.name }));
    },
    onError: (e) => setError(messageOf(e, t)),
  });
  return (
    <>
      <Alert type="warning">
        <Paragraph>
          <strong>{t('handover.waiting')}</strong>
        </Paragraph>
        <Paragraph>{t('handover.waitingByMe', { name: handover.to.name, date: formatDateTime(handover.offeredAt, locale) })}</Paragraph>
      </Alert>
      <Note handover={handover} />
      {error ? (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      <Button busy={withdraw.isPending} onClick={() => { setError(null); withdraw.mutate(); }}>{t('handover.withdraw')}</Button>
    </>
  );
}

export function HandoverPanel({ overview, onNews }: { overview: StepsOverview; onNews: HandoverNews }) {
  const { t, locale } = useLang();
  const me = useMe().data;
  const [offering, setOffering] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const offerButton = useRef<HTMLButtonElement>(null);
  const open = overview.handover;
  const manage = canManage(overview);
  if (overview.access.partner || (!open && !manage)) return null;

  return (
    <Section id="section-handover" title={t('handover.title')}>
      {open && open.to.id === me?.user.id ? (
        <OfferToMe handover={open} onNews={onNews} />
      ) : open && open.from.id === me?.user.id ? (
        <OfferByMe handover={open} onNews={onNews} />
      ) : open ? (
        <Paragraph>
          {t('handover.waitingOther', { to: open.to.name, from: open.from.name, date: formatDateTime(open.offeredAt, locale) })}
        </Paragraph>
      ) : offering ? (
        <OfferForm
          overview={overview}
          ownId={me?.user.id}
          onDone={(offered) => {
            setOffering(false);
            if (offered) onNews(t('handover.offered', { name: offered.to.name }));
            else window.setTimeout(() => offerButton.current?.focus(), 0);
          }}
        />
      ) : (
        <>
          <Paragraph>{t('handover.intro')}</Paragraph>
          <Button ref={offerButton} onClick={() => setOffering(true)}>{t('handover.start')}</Button>
        </>
      )}
      {manage ? (
        showHistory ? (
          <>
            <Heading level={3}>{t('handover.historyTitle')}</Heading>
            <History caseId={overview.id} />
          </>
        ) : (
          <Paragraph>
            <Button appearance="subtle" onClick={() => setShowHistory(true)}>{t('handover.showHistory')}</Button>
          </Paragraph>
        )
      ) : null}
    </Section>
  );
}
