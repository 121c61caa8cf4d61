// /netwerk — the network directory (sociale kaart): who to call at which organisation, what they
// can decide and how to reach them. Search by words, kind of organisation and life domain; the
// administrator and coordinators add contacts here. The search stays out of the URL: people type
// anything into a search box, also a resident's name.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { networkApi, networkKeys } from '../../api-network';
import { useMe } from '../../auth';
import { Badge } from '../../components/Badges';
import { Button } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { domainKey } from '../../i18n';
import { useLang } from '../../lang';
import type { ContactDetail, Contact, ContactsQuery } from '../../types-network';
import { usePageTitle } from '../../usePageTitle';
import { DoneNotice, notice, type Notice } from '../workflow/breakthrough/forms';
import { ContactForm } from './ContactForm';
import { mayMaintain } from './labels';
import { SearchForm } from './SearchForm';
import './network.css';

const PAGE = 50;
const MAX = 100;

function ContactCard({ contact: c }: { contact: Contact }) {
  const { t } = useLang();
  return (
    <li className="doorbraak-card doorbraak-network-card">
      <Heading level={3} look={4}>
        <AppLink to="/netwerk/$contactId" params={{ contactId: c.id }}>{c.name}</AppLink>
        {!c.active ? <> <Badge tone="inactive">{t('network.inactive')}</Badge></> : null}
      </Heading>
      <Paragraph className="doorbraak-card__meta">
        {c.role} · {c.organisation}{c.department ? `, ${c.department}` : ''}
      </Paragraph>
      {c.canDecide ? <Paragraph><strong>{t('network.card.canDecide')}</strong> {c.canDecide}</Paragraph> : null}
      {c.reach ? <Paragraph><strong>{t('network.card.reach')}</strong> {c.reach}</Paragraph> : null}
      {c.lifeDomains.length ? (
        <Paragraph className="doorbraak-card__meta">{t('network.card.domains', { domains: c.lifeDomains.map((d) => t(domainKey(d))).join(', ') })}</Paragraph>
      ) : null}
    </li>
  );
}

function Results({ query }: { query: ContactsQuery }) {
  const { t } = useLang();
  const [limit, setLimit] = useState(PAGE);
  const results = useQuery({ queryKey: networkKeys.search({ ...query, limit }), queryFn: () => networkApi.search({ ...query, limit }), placeholderData: keepPreviousData });
  const data = results.data;
  return (
    <section className="doorbraak-section" aria-labelledby="network-results">
      <Heading level={2} id="network-results">{t('network.results.title')}</Heading>
      <QueryFeedback query={results} />
      {data ? (
        <p className="utrecht-paragraph" role="status" aria-live="polite">
          {data.total === 0 ? t('network.results.none') : data.total === 1 ? t('network.results.one') : t('network.results.count', { n: data.total })}
        </p>
      ) : null}
      {data?.items.length ? (
        <ul className="doorbraak-cards doorbraak-network-cards">
          {data.items.map((c) => <ContactCard key={c.id} contact={c} />)}
        </ul>
      ) : null}
      {data && data.total > data.items.length ? (
        // The API gives at most 100 at a time; past that, a narrower search helps more than paging.
        limit < MAX ? (
          <Button busy={results.isFetching} onClick={() => setLimit((n) => Math.min(n + PAGE, MAX))}>{t('network.results.more')}</Button>
        ) : <Paragraph>{t('network.results.refine')}</Paragraph>
      ) : null}
    </section>
  );
}

function AddContact() {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [news, setNews] = useState<Notice | null>(null);
  const [added, setAdded] = useState<ContactDetail | null>(null);
  return (
    <section className="doorbraak-section" aria-labelledby="network-add">
      <Heading level={2} id="network-add">{t('network.add.section')}</Heading>
      <DoneNotice notice={news} />
      {added && news ? (
        <Paragraph><AppLink to="/netwerk/$contactId" params={{ contactId: added.id }}>{t('network.add.open', { name: added.name })}</AppLink></Paragraph>
      ) : null}
      {open ? (
        <ContactForm
          contact={null}
          onCancel={() => setOpen(false)}
          onSaved={(saved) => {
            setOpen(false);
            setAdded(saved);
            queryClient.setQueryData(networkKeys.one(saved.id), saved);
            void queryClient.invalidateQueries({ queryKey: networkKeys.all });
            setNews(notice(t('network.add.done', { name: saved.name })));
          }}
        />
      ) : (
        <>
          <Paragraph>{t('network.add.intro')}</Paragraph>
          <Button onClick={() => { setNews(null); setOpen(true); }}>{t('network.add.button')}</Button>
        </>
      )}
    </section>
  );
}

export function NetworkPage() {
  const { t } = useLang();
  const me = useMe().data;
  const [query, setQuery] = useState<ContactsQuery>({});
  usePageTitle(t('network.title'));
  return (
    <>
      <Heading level={1}>{t('network.title')}</Heading>
      <Paragraph lead>{t('network.intro')}</Paragraph>
      <SearchForm query={query} onSearch={setQuery} />
      <Results key={JSON.stringify(query)} query={query} />
      {mayMaintain(me) ? <AddContact /> : null}
    </>
  );
}
