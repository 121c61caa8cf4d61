// In step 4: the systemic bottlenecks this case's blocker belongs to (through its rules, the
// organisations involved, or a flag by hand), and flagging the blocker as systemic by hand — to an
// open bottleneck or a new one — and taking that back. Texts go to policy makers, so the server
// refuses names and other details of the household; its message lands at the field.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { bottlenecksApi, bottlenecksKeys } from '../../api-bottlenecks';
import { useMe } from '../../auth';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryFeedback } from '../../components/Feedback';
import { TextAreaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useLang } from '../../lang';
import type { CaseOverview } from '../../types';
import type { BreakthroughOverview } from '../../types-breakthrough';
import type { CaseBottleneck } from '../../types-bottlenecks';
import { DoneNotice, canChange, notice, orNull, useFormErrors, type Notice } from '../workflow/breakthrough/forms';
import { BottleneckBadge, readsBottlenecks } from './labels';
import './bottlenecks.css';

const NEW = 'new';
const SERVER_PATHS: Record<string, string> = {
  bottleneckId: 'flag.bottleneck', title: 'flag.title', ownerOrganisation: 'flag.owner', description: 'flag.description', note: 'flag.note',
};

function FlagForm({ caseId, current, onFlagged }: { caseId: string; current: CaseBottleneck[]; onFlagged: (items: CaseBottleneck[]) => void }) {
  const { t } = useLang();
  const me = useMe().data;
  const [choice, setChoice] = useState('');
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [description, setDescription] = useState('');
  const [note, setNote] = useState('');
  const errors = useFormErrors();
  // Partners do not read the list of bottlenecks; they can still start a new one from the case.
  const open = useQuery({ queryKey: bottlenecksKeys.list('open'), queryFn: () => bottlenecksApi.list('open'), enabled: readsBottlenecks(me) });
  const joinable = (open.data?.items ?? []).filter((b) => !current.some((c) => c.id === b.id && c.flaggedByHand));

  const flag = useMutation({
    mutationFn: () => bottlenecksApi.flag(caseId, choice === NEW
      ? { title, ownerOrganisation: orNull(owner), description: orNull(description), note: orNull(note) }
      : { bottleneckId: choice, note: orNull(note) }),
    onSuccess: (r) => {
      errors.clear();
      setChoice('');
      setTitle('');
      setOwner('');
      setDescription('');
      setNote('');
      onFlagged(r.items);
    },
    onError: (error) => errors.fromError(error, t, SERVER_PATHS),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      errors.show({ 'flag.bottleneck': t('bottlenecks.flag.choose') });
      return;
    }
    if (!flag.isPending) flag.mutate();
  };

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-labelledby="systemic-flag-form">
      <Heading level={3} id="systemic-flag-form">{t('bottlenecks.flag.formTitle')}</Heading>
      <Paragraph>{t('bottlenecks.flag.intro')}</Paragraph>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {readsBottlenecks(me) ? <QueryFeedback query={open} /> : null}
      <RadioGroup<string>
        path="flag.bottleneck"
        legend={t('bottlenecks.flag.which')}
        options={[...joinable.map((b) => ({ value: b.id, label: b.title })), { value: NEW, label: t('bottlenecks.flag.new') }]}
        value={choice}
        onChange={setChoice}
        error={errors.fields['flag.bottleneck']}
      />
      {choice === NEW ? (
        <>
          <TextField path="flag.title" label={t('bottlenecks.field.title')} description={t('bottlenecks.flag.titleHint')} autoComplete="off" required
            value={title} onValue={setTitle} error={errors.fields['flag.title']} />
          <TextField path="flag.owner" label={t('bottlenecks.field.owner')} description={t('bottlenecks.field.ownerHint')} autoComplete="organization"
            value={owner} onValue={setOwner} error={errors.fields['flag.owner']} />
          <TextAreaField path="flag.description" label={t('bottlenecks.field.description')} description={t('bottlenecks.field.descriptionHint')} rows={3}
            value={description} onValue={setDescription} error={errors.fields['flag.description']} />
        </>
      ) : null}
      <TextAreaField path="flag.note" label={t('bottlenecks.flag.note')} description={t('bottlenecks.flag.noteHint')} rows={3}
        value={note} onValue={setNote} error={errors.fields['flag.note']} />
      <Button type="submit" appearance="primary" busy={flag.isPending}>{t('bottlenecks.flag.submit')}</Button>
    </form>
  );
}

export function SystemicFlag({ overview }: { overview: CaseOverview }) {
  const { t } = useLang();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const o = overview as unknown as BreakthroughOverview;
  const key = bottlenecksKeys.ofCase(o.id);
  const visible = o.access.sections.includes('breakthrough');
  const query = useQuery({ queryKey: key, queryFn: () => bottlenecksApi.ofCase(o.id), enabled: visible });
  const [news, setNews] = useState<Notice | null>(null);
  const editable = canChange(o);
  const linkable = readsBottlenecks(me);

  const keep = (items: CaseBottleneck[], text: string) => {
    queryClient.setQueryData(key, { items });
    void queryClient.invalidateQueries({ queryKey: bottlenecksKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['case', o.id], exact: true });
    setNews(notice(text));
  };
  const unflag = useMutation({
    mutationFn: (bottleneckId: string) => bottlenecksApi.unflag(o.id, bottleneckId),
    onSuccess: (r) => keep(r.items, t('bottlenecks.flag.removed')),
    onError: () => setNews(notice(t('error.generic'), 'error')),
  });

  if (!visible) return null;
  const items = query.data?.items ?? [];
  return (
    <section className="doorbraak-section" aria-labelledby="systemic-flag">
      <Heading level={2} id="systemic-flag">{t('bottlenecks.flag.title')}</Heading>
      <DoneNotice notice={news} />
      <QueryFeedback query={query} />
      {query.data && items.length === 0 ? <Paragraph>{t('bottlenecks.flag.none')}</Paragraph> : null}
      {items.length ? (
        <ul className="doorbraak-bottleneck-links" aria-label={t('bottlenecks.flag.listLabel')}>
          {items.map((b) => (
            <li key={b.id}>
              {linkable ? <AppLink to="/knelpunten/$bottleneckId" params={{ bottleneckId: b.id }}>{b.title}</AppLink> : b.title}{' '}
              <BottleneckBadge status={b.status} />{' '}
              {b.flaggedByHand ? t('bottlenecks.flag.byHand') : t('bottlenecks.flag.derived')}
              {b.flaggedByHand && editable ? (
                <>
                  {' '}
                  <Button appearance="subtle" busy={unflag.isPending} onClick={() => unflag.mutate(b.id)}>
                    {t('bottlenecks.flag.remove')}<span className="doorbraak-visually-hidden">: {b.title}</span>
                  </Button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {editable && query.data ? (
        <FlagForm caseId={o.id} current={items} onFlagged={(next) => keep(next, t('bottlenecks.flag.done'))} />
      ) : null}
    </section>
  );
}
