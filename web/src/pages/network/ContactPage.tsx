// /netwerk/$contactId — one contact in the network directory: who they are, what they can decide,
// how to reach them, the systemic bottlenecks they are linked to and how many involvements in cases
// point at them (a count only: which cases is not for everyone who reads the directory). The
// administrator and coordinators change it here.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api';
import { networkApi, networkKeys } from '../../api-network';
import { useMe } from '../../auth';
import { Badge } from '../../components/Badges';
import { Button } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { ContactDetail } from '../../types-network';
import { usePageTitle } from '../../usePageTitle';
import { DoneNotice, notice, type Notice } from '../workflow/breakthrough/forms';
import { ContactForm } from './ContactForm';
import { ContactDetails, mayMaintain } from './labels';
import './network.css';

function Links({ contact: c }: { contact: ContactDetail }) {
  const { t } = useLang();
  return (
    <section className="doorbraak-section" aria-labelledby="contact-links">
      <Heading level={2} id="contact-links">{t('network.links.title')}</Heading>
      <Paragraph>{t('network.links.involvements', { n: c.links.involvements })}</Paragraph>
      {c.links.bottlenecks.length ? (
        <>
          <Heading level={3}>{t('network.links.bottlenecks')}</Heading>
          <ul className="utrecht-unordered-list">
            {c.links.bottlenecks.map((b) => (
              <li key={b.id} className="utrecht-unordered-list__item">
                <AppLink to="/knelpunten/$bottleneckId" params={{ bottleneckId: b.id }}>{b.title}</AppLink>
              </li>
            ))}
          </ul>
        </>
      ) : <Paragraph>{t('network.links.noBottlenecks')}</Paragraph>}
    </section>
  );
}

export function ContactPage({ contactId }: { contactId: string }) {
  const { t, locale } = useLang();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: networkKeys.one(contactId), queryFn: () => networkApi.one(contactId) });
  const [editing, setEditing] = useState(false);
  const [news, setNews] = useState<Notice | null>(null);
  const c = query.data;
  const missing = query.isError && [404, 422].some((s) => isApiError(query.error, s));
  usePageTitle(c ? c.name : missing ? t('network.contact.notFound') : t('network.contact.loading'));

  return (
    <>
      <Paragraph><AppLink to="/netwerk">{t('network.contact.back')}</AppLink></Paragraph>
      <Heading level={1}>{c ? c.name : t('network.contact.loading')}</Heading>
      <QueryFeedback query={query} missing={{ when: missing, message: t('network.contact.notFound') }} />
      <DoneNotice notice={news} />
      {c ? (
        <>
          <Paragraph lead>
            {c.role}, {c.organisation}
            {!c.active ? <> <Badge tone="inactive">{t('network.inactive')}</Badge></> : null}
          </Paragraph>
          <ContactDetails
            contact={c}
            extra={[
              ...(c.notes ? [{ key: t('network.field.notes'), value: <span className="doorbraak-prewrap">{c.notes}</span> }] : []),
              { key: t('network.contact.updatedAt'), value: formatDateTime(c.updatedAt, locale) },
            ]}
          />
          {mayMaintain(me) && !editing ? (
            <Button id="contact-edit" onClick={() => { setNews(null); setEditing(true); }}>{t('network.edit.button')}</Button>
          ) : null}
          {editing ? (
            <ContactForm
              key={c.id}
              contact={c}
              onCancel={() => {
                setEditing(false);
                window.setTimeout(() => document.getElementById('contact-edit')?.focus(), 0);
              }}
              onSaved={(saved) => {
                setEditing(false);
                queryClient.setQueryData(networkKeys.one(saved.id), saved);
                void queryClient.invalidateQueries({ queryKey: ['contacts', 'search'] });
                setNews(notice(t('network.edit.done', { name: saved.name })));
              }}
            />
          ) : null}
          <Links contact={c} />
        </>
      ) : null}
    </>
  );
}
