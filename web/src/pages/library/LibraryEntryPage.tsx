// /bibliotheek/$entryId — one solution in full: the problem, what blocked it, the breakthrough and
// what it brought, the cost sum, rules and life domains, and which municipality it comes from. The
// owning municipality improves the texts, asks for sharing or takes the entry out; its privacy
// officer approves or refuses sharing with other municipalities.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { libraryApi, libraryKeys } from '../../api-library';
import { isApiError } from '../../api';
import { useMe } from '../../auth';
import { Button } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { LibraryEntry } from '../../types-library';
import { usePageTitle } from '../../usePageTitle';
import { DoneNotice, notice, type Notice } from '../workflow/breakthrough/forms';
import { EntryEditForm } from './EntryEditForm';
import { EntryFacts } from './EntryFacts';
import { fieldKey, mayEdit, mayJudge } from './labels';
import { RemoveEntry, SharingDecisionForm, SharingSection } from './SharingPanel';
import './library.css';

function Texts({ entry: e }: { entry: LibraryEntry }) {
  const { t } = useLang();
  const parts = [
    { id: 'problem', text: e.problem }, { id: 'blocker', text: e.blocker }, { id: 'breakthrough', text: e.breakthrough }, { id: 'outcome', text: e.outcome },
  ] as const;
  return (
    <>
      {parts.map((p) => (
        <section key={p.id} className="doorbraak-library-part" aria-labelledby={`library-part-${p.id}`}>
          <Heading level={2} id={`library-part-${p.id}`}>{t(fieldKey(p.id))}</Heading>
          <Paragraph className="doorbraak-prewrap">{p.text || t('common.notProvided')}</Paragraph>
        </section>
      ))}
    </>
  );
}

export function LibraryEntryPage({ entryId }: { entryId: string }) {
  const { t, locale } = useLang();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const key = libraryKeys.entry(entryId);
  const query = useQuery({ queryKey: key, queryFn: () => libraryApi.entry(entryId) });
  const [editing, setEditing] = useState(false);
  const [removed, setRemoved] = useState(false);
  const [news, setNews] = useState<Notice | null>(null);
  const e = query.data;
  const missing = query.isError && [400, 404, 422].some((s) => isApiError(query.error, s));
  usePageTitle(removed ? t('library.remove.doneTitle') : e ? e.title : missing ? t('library.entry.notFound') : t('library.entry.loading'));

  const keep = (next: LibraryEntry, text: string) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: ['library', 'search'] });
    setEditing(false);
    setNews(notice(text));
  };
  const reload = () => void query.refetch();

  if (removed) {
    return (
      <>
        <Heading level={1}>{t('library.remove.doneTitle')}</Heading>
        <DoneNotice notice={news} />
        <Paragraph><AppLink to="/bibliotheek">{t('library.entry.back')}</AppLink></Paragraph>
      </>
    );
  }

  return (
    <>
      <Paragraph><AppLink to="/bibliotheek">{t('library.entry.back')}</AppLink></Paragraph>
      <Heading level={1}>{e ? e.title : missing ? t('library.entry.notFound') : t('library.entry.loading')}</Heading>
      <QueryFeedback query={query} missing={{ when: missing, message: t('library.entry.notFoundText') }} />
      <DoneNotice notice={news} />
      {e ? (
        <>
          <Paragraph lead>
            {e.own ? t('library.card.own', { municipality: e.municipality }) : t('library.card.other', { municipality: e.municipality })}
          </Paragraph>
          <Paragraph className="doorbraak-card__meta">
            {e.origin ? `${t('library.entry.origin', { origin: e.origin })} ` : ''}
            {t('library.entry.dates', { created: formatDateTime(e.createdAt, locale), updated: formatDateTime(e.updatedAt, locale) })}
          </Paragraph>
          {editing ? (
            <EntryEditForm
              entry={e}
              onCancel={() => setEditing(false)}
              onSaved={(saved) => keep(saved, t(saved.sharing !== e.sharing ? 'library.edit.doneShared' : 'library.edit.done'))}
            />
          ) : (
            <>
              <Texts entry={e} />
              {mayEdit(me, e) ? <Button onClick={() => setEditing(true)}>{t('library.edit.open')}</Button> : null}
            </>
          )}
          <section className="doorbraak-section" aria-labelledby="library-facts-title">
            <Heading level={2} id="library-facts-title">{t('library.facts.title')}</Heading>
            <EntryFacts facts={e} />
          </section>
          {e.own ? <SharingSection entry={e} mayChange={mayEdit(me, e)} onChanged={keep} onReload={reload} /> : null}
          {mayJudge(me, e) ? <SharingDecisionForm entry={e} onChanged={keep} onReload={reload} /> : null}
          {mayEdit(me, e) ? (
            <RemoveEntry
              entry={e}
              onReload={reload}
              onRemoved={() => {
                queryClient.removeQueries({ queryKey: key });
                void queryClient.invalidateQueries({ queryKey: libraryKeys.all });
                setNews(notice(t('library.remove.done', { title: e.title })));
                setRemoved(true);
              }}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
