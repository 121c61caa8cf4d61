// /beheer/regels — the administrator keeps the rules catalogue: the laws and local rules that block
// solutions, each with what it means to achieve. Rules are switched off, never deleted: cases that
// cite a rule keep it.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { breakthroughApi, breakthroughKeys } from '../../api-breakthrough';
import { Badge } from '../../components/Badges';
import { Button } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { fieldId } from '../../components/fieldIds';
import { Heading, Paragraph } from '../../components/Heading';
import { Table, TBody, THead, Td, Th, Tr } from '../../components/Table';
import { useLang } from '../../lang';
import type { Rule } from '../../types-breakthrough';
import { usePageTitle } from '../../usePageTitle';
import { ToggleForm } from '../access/ToggleForm';
import { RoleGate } from '../security/RoleGate';
import { ConflictNotice, DoneNotice, messageOf, notice, useConflict, type Notice } from '../workflow/breakthrough/forms';
import { RuleForm, useFreshRule, useRulesChanged } from '../workflow/breakthrough/RuleForm';
import { LawLink } from '../workflow/breakthrough/RulePicker';
import '../workflow/breakthrough/breakthrough.css';

const editButtonId = (id: string) => `rule-${id}-edit`;

/** Switching a rule on or off, with the version shown on the page; a 409 says so and offers the latest. */
function ActiveToggle({ rule, onNotice }: { rule: Rule; onNotice: (n: Notice) => void }) {
  const { t } = useLang();
  const changed = useRulesChanged();
  const fresh = useFreshRule();
  const conflict = useConflict(() => fresh(rule.id), () => undefined);
  const toggle = useMutation({
    mutationFn: () => breakthroughApi.updateRule(rule.id, { active: !rule.active, version: rule.version }),
    onSuccess: (saved) => {
      changed();
      onNotice(notice(t(saved.active ? 'rules.activated' : 'rules.deactivated', { name: saved.name })));
    },
    onError: (error) => {
      if (!conflict.caught(error, t('conflict.title'))) onNotice(notice(messageOf(error, t), 'error'));
    },
  });
  return (
    <>
      <Button appearance="subtle" busy={toggle.isPending} onClick={() => toggle.mutate()}>
        {t(rule.active ? 'rules.deactivate' : 'rules.activate')}
        <span className="doorbraak-visually-hidden">: {rule.name}</span>
      </Button>
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
    </>
  );
}

function RulesTable({ rules, onEdit, onNotice }: { rules: Rule[]; onEdit: (id: string) => void; onNotice: (n: Notice) => void }) {
  const { t } = useLang();
  if (!rules.length) return <Paragraph>{t('rules.none')}</Paragraph>;
  return (
    <Table caption={t('rules.caption', { n: rules.length })}>
      <THead>
        <Th>{t('rules.rule')}</Th>
        <Th>{t('rules.purpose')}</Th>
        <Th className="doorbraak-number">{t('rules.cases')}</Th>
        <Th>{t('common.status')}</Th>
        <Th>{t('rules.change')}</Th>
      </THead>
      <TBody>
        {rules.map((r) => (
          <Tr key={r.id}>
            <Th scope="row">
              {r.name}
              <span className="doorbraak-rule-meta">{[r.law, r.article].filter(Boolean).join(', ')}</span>
              <span className="doorbraak-rule-meta">{t('rules.codeLabel', { code: r.code })}</span>
              {r.url ? <span className="doorbraak-rule-meta"><LawLink rule={r} /></span> : null}
            </Th>
            <Td className="doorbraak-cell--purpose">{r.purpose ?? t('common.notProvided')}</Td>
            <Td className="doorbraak-number">{r.cases}</Td>
            <Td>
              <Badge tone={r.active ? 'success' : 'inactive'}>{t(r.active ? 'rules.active' : 'rules.inactive')}</Badge>
            </Td>
            <Td>
              <div className="doorbraak-row-actions">
                <Button id={editButtonId(r.id)} onClick={() => onEdit(r.id)}>
                  {t('rules.edit')}<span className="doorbraak-visually-hidden">: {r.name}</span>
                </Button>
                <ActiveToggle rule={r} onNotice={onNotice} />
              </div>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function Catalogue() {
  const { t } = useLang();
  const rules = useQuery({ queryKey: breakthroughKeys.rules('all'), queryFn: () => breakthroughApi.rules('all') });
  const [editing, setEditing] = useState<string | null>(null);
  const [news, setNews] = useState<Notice | null>(null);
  const returnTo = useRef<string | null>(null);
  const rule = rules.data?.items.find((r) => r.id === editing);

  useEffect(() => {
    if (editing) window.setTimeout(() => document.getElementById(fieldId('rule-edit.name'))?.focus(), 0);
    else if (returnTo.current) {
      document.getElementById(returnTo.current)?.focus();
      returnTo.current = null;
    }
  }, [editing]);

  const doneEditing = (n: Notice | null) => {
    returnTo.current = !n && editing ? editButtonId(editing) : null;
    setEditing(null);
    if (n) setNews(n);
  };
  const items = rules.data?.items ?? [];
  const active = items.filter((r) => r.active).length;

  return (
    <>
      <DoneNotice notice={news} />
      <QueryFeedback query={rules} />
      {rules.data ? (
        <>
          <Paragraph>{t('rules.counts', { active, inactive: items.length - active })}</Paragraph>
          <RulesTable rules={items} onEdit={setEditing} onNotice={setNews} />
        </>
      ) : null}
      {rule ? (
        <section className="doorbraak-access-form" aria-labelledby="rule-edit-title">
          <Heading level={2} id="rule-edit-title">{t('rules.editTitle', { name: rule.name })}</Heading>
          <RuleForm key={rule.id} rule={rule} onDone={doneEditing} />
        </section>
      ) : null}
      <section className="doorbraak-section" aria-labelledby="rule-add-title">
        <Heading level={2} id="rule-add-title">{t('rules.addTitle')}</Heading>
        <Paragraph>{t('rules.addIntro')}</Paragraph>
        <ToggleForm label={t('rules.add')} firstField="rule-new.name">
          {(close) => <RuleForm onDone={(n) => {
            close(!!n);
            if (n) setNews(n);
          }} />}
        </ToggleForm>
      </section>
    </>
  );
}

export function RulesPage() {
  const { t } = useLang();
  usePageTitle(t('rules.title'));
  return (
    <>
      <Heading level={1}>{t('rules.title')}</Heading>
      <RoleGate role="administrator">
        <Paragraph lead>{t('rules.intro')}</Paragraph>
        <Catalogue />
      </RoleGate>
    </>
  );
}
