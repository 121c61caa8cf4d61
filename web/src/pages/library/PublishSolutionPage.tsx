// /casussen/$id/bibliotheek — the coordinator publishes the breakthrough of a closed case to the
// library: the texts proposed from step 4 and the closure, rewritten until nothing leads back to the
// household, with the cost sum, rules and life domains that the case brings along.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { libraryApi, libraryKeys } from '../../api-library';
import { stepsApi, stepsKeys } from '../../api-steps';
import { Alert } from '../../components/Alert';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useLang } from '../../lang';
import type { LibraryEntry } from '../../types-library';
import { usePageTitle } from '../../usePageTitle';
import { DoneNotice, notice, type Notice } from '../workflow/breakthrough/forms';
import { EntryFacts } from './EntryFacts';
import { PublishForm } from './PublishForm';
import './library.css';

export function PublishSolutionPage({ id }: { id: string }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  usePageTitle(t('library.publish.title'));
  const overview = useQuery({ queryKey: stepsKeys.case(id), queryFn: () => stepsApi.case(id) });
  const draft = useQuery({ queryKey: libraryKeys.draft(id), queryFn: () => libraryApi.draft(id) });
  const [published, setPublished] = useState<LibraryEntry | null>(null);
  const [news, setNews] = useState<Notice | null>(null);
  const reference = overview.data?.reference;
  const d = draft.data;

  const done = (e: LibraryEntry) => {
    setPublished(e);
    setNews(notice(t(e.sharing === 'requested' ? 'library.publish.doneShared' : 'library.publish.done')));
    void queryClient.invalidateQueries({ queryKey: libraryKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['case', id] });
  };

  return (
    <>
      <Paragraph>
        <AppLink to="/casussen/$id" params={{ id }}>{reference ? t('steps.backToCase', { reference }) : t('steps.backToCaseLoading')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('library.publish.title')}</Heading>
      <Paragraph lead>{t('library.publish.intro')}</Paragraph>
      <QueryFeedback query={draft} />
      {published ? (
        <>
          <DoneNotice notice={news} />
          <Paragraph>
            <AppLink to="/bibliotheek/$entryId" params={{ entryId: published.id }}>{t('library.publish.open', { title: published.title })}</AppLink>
          </Paragraph>
        </>
      ) : null}
      {d && !published && !d.publishable ? (
        <Alert type="info">
          <Paragraph>{d.reason}</Paragraph>
          {d.existingEntryId ? (
            <Paragraph><AppLink to="/bibliotheek/$entryId" params={{ entryId: d.existingEntryId }}>{t('library.publish.existing')}</AppLink></Paragraph>
          ) : null}
        </Alert>
      ) : null}
      {d && !published && d.publishable ? (
        <>
          <PublishForm caseId={id} draft={d} onPublished={done} />
          <section className="doorbraak-section" aria-labelledby="library-publish-facts">
            <Heading level={2} id="library-publish-facts">{t('library.publish.factsTitle')}</Heading>
            <Paragraph>{t('library.publish.factsIntro')}</Paragraph>
            <EntryFacts facts={d} />
          </section>
        </>
      ) : null}
    </>
  );
}
