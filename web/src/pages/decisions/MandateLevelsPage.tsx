// /beheer/mandaten — the mandate ladder of the municipality, low to high: what each level may
// decide, whether it is narrowed to life domains or rules, and who holds it. The administrator adds
// and changes levels and gives or takes a level from a colleague.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { accessApi, accessKeys } from '../../api-access';
import { breakthroughApi, breakthroughKeys } from '../../api-breakthrough';
import { decisionsApi, decisionsKeys } from '../../api-decisions';
import { Badge } from '../../components/Badges';
import { Button } from '../../components/Button';
import { CheckboxGroup } from '../../components/Choices';
import { QueryFeedback } from '../../components/Feedback';
import { SelectField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { domainKey } from '../../i18n';
import { useLang } from '../../lang';
import type { RuleRef } from '../../types-breakthrough';
import type { MandateLevel } from '../../types-decisions';
import { usePageTitle } from '../../usePageTitle';
import { RoleGate } from '../security/RoleGate';
import { DoneNotice, messageOf, notice, type Notice } from '../workflow/breakthrough/forms';
import { ruleTitle } from '../workflow/breakthrough/RulePicker';
import { LevelForm } from './LevelForm';
import './decisions.css';

type Editing = { mode: 'add' } | { mode: 'edit'; id: string } | null;

/** Give this level to a colleague with the role of decider or coordinator (the server checks who may). */
function AddHolder({ level, onNews }: { level: MandateLevel; onNews: (n: Notice) => void }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const colleagues = useQuery({ queryKey: accessKeys.colleagues, queryFn: () => accessApi.colleagues() });
  const [userId, setUserId] = useState('');
  const [own, setOwn] = useState<'own'[]>([]);
  const [error, setError] = useState<string | undefined>();
  const add = useMutation({
    mutationFn: () => decisionsApi.setHolder(level.id, userId, own.length > 0),
    onSuccess: (l) => {
      setError(undefined);
      setUserId('');
      setOwn([]);
      void queryClient.invalidateQueries({ queryKey: decisionsKeys.levels });
      onNews(notice(t('mandates.holders.added', { level: l.name })));
    },
    onError: (e) => setError(messageOf(e, t)),
  });
  if (colleagues.isError) return <Paragraph>{t('mandates.holders.noList')}</Paragraph>;
  const candidates = (colleagues.data?.items ?? [])
    .filter((c) => c.roles.includes('mandate_holder') || c.roles.includes('coordinator'))
    .filter((c) => !level.holders.some((h) => h.userId === c.id));
  if (!colleagues.data || candidates.length === 0) return null;
  const path = `holder-${level.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!userId) {
      setError(t('mandates.holders.choose'));
      return;
    }
    if (!add.isPending) add.mutate();
  };
  return (
    <form noValidate onSubmit={submit} className="doorbraak-decision-holder-form" aria-label={t('mandates.holders.addLabel', { level: level.name })}>
      <SelectField path={path} label={t('mandates.holders.colleague')} value={userId} error={error}
        options={[{ value: '', label: t('mandates.holders.choose') }, ...candidates.map((c) => ({ value: c.id, label: c.organisation ? `${c.name} (${c.organisation})` : c.name }))]}
        onChange={(e) => setUserId(e.target.value)} />
      <CheckboxGroup<'own'> path={`${path}-own`} legend={t('mandates.holders.ownLegend')}
        options={[{ value: 'own', label: t('mandates.holders.own') }]} value={own} onChange={setOwn} />
      <Button type="submit" busy={add.isPending}>{t('mandates.holders.add')}</Button>
    </form>
  );
}

function Holders({ level, onNews }: { level: MandateLevel; onNews: (n: Notice) => void }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (userId: string) => decisionsApi.removeHolder(level.id, userId),
    onSuccess: (l) => {
      void queryClient.invalidateQueries({ queryKey: decisionsKeys.levels });
      onNews(notice(t('mandates.holders.removed', { level: l.name })));
    },
    onError: (e) => onNews(notice(messageOf(e, t), 'error')),
  });
  return (
    <>
      {level.holders.length === 0 ? <Paragraph>{t('mandates.holders.none')}</Paragraph> : (
        <ul className="doorbraak-decision-holders">
          {level.holders.map((h) => (
            <li key={h.userId}>
              {h.name}
              {h.mayDecideOwn ? ` (${t('mandates.holders.mayDecideOwn')})` : ''}{' '}
              <Button appearance="subtle" busy={remove.isPending && remove.variables === h.userId} onClick={() => remove.mutate(h.userId)}>
                {t('mandates.holders.remove')}<span className="doorbraak-visually-hidden"> {h.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <AddHolder level={level} onNews={onNews} />
    </>
  );
}

function LevelCard({ level: l, rules, onEdit, onNews }: { level: MandateLevel; rules: RuleRef[]; onEdit: () => void; onNews: (n: Notice) => void }) {
  const { t } = useLang();
  const narrowed = [...l.lifeDomains.map((d) => t(domainKey(d))), ...l.ruleIds.map((id) => {
    const r = rules.find((x) => x.id === id);
    return r ? ruleTitle(r) : id;
  })];
  return (
    <li className="doorbraak-card doorbraak-decision-level">
      <Heading level={2} look={3}>
        {t('mandates.levelTitle', { rank: l.rank, name: l.name })}{' '}
        {!l.active ? <Badge tone="inactive">{t('mandates.inactive')}</Badge> : null}
      </Heading>
      <Paragraph>{t('mandates.mayDecide', { mandate: l.mandate })}</Paragraph>
      <Paragraph>{narrowed.length ? t('mandates.onlyAbout', { what: narrowed.join(', ') }) : t('mandates.everything')}</Paragraph>
      <Heading level={3} look={4}>{t('mandates.holders.title')}</Heading>
      <Holders level={l} onNews={onNews} />
      <Paragraph>
        <Button onClick={onEdit}>{t('mandates.edit')}<span className="doorbraak-visually-hidden"> {l.name}</span></Button>
      </Paragraph>
    </li>
  );
}

function Ladder() {
  const { t } = useLang();
  const levels = useQuery({ queryKey: decisionsKeys.levels, queryFn: () => decisionsApi.levels() });
  const rules = useQuery({ queryKey: breakthroughKeys.rules('all'), queryFn: () => breakthroughApi.rules('all') });
  const [editing, setEditing] = useState<Editing>(null);
  const [news, setNews] = useState<Notice | null>(null);
  const items = levels.data?.items ?? [];
  const catalogue = rules.data?.items ?? [];
  const done = (saved?: MandateLevel) => {
    setEditing(null);
    if (saved) setNews(notice(t('mandates.saved', { name: saved.name })));
  };
  return (
    <>
      <QueryFeedback query={levels} />
      <DoneNotice notice={news} />
      {levels.data && items.length === 0 ? <Paragraph>{t('mandates.none')}</Paragraph> : null}
      <ul className="doorbraak-cards">
        {items.map((l) => editing?.mode === 'edit' && editing.id === l.id
          ? <li key={l.id} className="doorbraak-card"><LevelForm level={l} nextRank={l.rank} rules={catalogue} onDone={done} /></li>
          : <LevelCard key={l.id} level={l} rules={catalogue} onEdit={() => setEditing({ mode: 'edit', id: l.id })} onNews={setNews} />)}
      </ul>
      {editing?.mode === 'add' ? (
        <LevelForm level={null} nextRank={Math.max(0, ...items.map((l) => l.rank)) + 1} rules={catalogue} onDone={done} />
      ) : levels.data ? (
        <Button appearance="primary" onClick={() => { setNews(null); setEditing({ mode: 'add' }); }}>{t('mandates.add')}</Button>
      ) : null}
    </>
  );
}

export function MandateLevelsPage() {
  const { t } = useLang();
  usePageTitle(t('mandates.title'));
  return (
    <>
      <Paragraph><AppLink to="/beheer">{t('mandates.back')}</AppLink></Paragraph>
      <Heading level={1}>{t('mandates.title')}</Heading>
      <RoleGate role="administrator">
        <Paragraph lead>{t('mandates.intro')}</Paragraph>
        <Ladder />
      </RoleGate>
    </>
  );
}
