// The people from the network directory who can help move this bottleneck: whoever owns the rule,
// decides on exceptions or sits at the table where it is discussed. Editors search the directory
// and add or remove contacts; every change sends the whole list, as the API wants.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { bottlenecksApi, bottlenecksKeys } from '../../api-bottlenecks';
import { networkApi, networkKeys } from '../../api-network';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryFeedback } from '../../components/Feedback';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useLang } from '../../lang';
import type { BottleneckDetail } from '../../types-bottlenecks';
import type { Contact } from '../../types-network';
import { useFormErrors } from '../workflow/breakthrough/forms';

function ContactLines({ contact: c }: { contact: Contact }) {
  const { t } = useLang();
  return (
    <>
      <AppLink to="/netwerk/$contactId" params={{ contactId: c.id }}>{c.name}</AppLink>
      {', '}{c.role}, {c.organisation}
      {c.phone || c.email ? (
        <>
          <br />
          {c.phone ? <>{t('bottlenecks.contacts.phone')} <a className="utrecht-link utrecht-link--html-a" href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a></> : null}
          {c.phone && c.email ? ' · ' : null}
          {c.email ? <a className="utrecht-link utrecht-link--html-a" href={`mailto:${c.email}`}>{c.email}</a> : null}
        </>
      ) : null}
      {c.reach ? <><br />{c.reach}</> : null}
    </>
  );
}

export function Contacts({ bottleneck: b, editable, onChanged }: { bottleneck: BottleneckDetail; editable: boolean; onChanged: (b: BottleneckDetail) => void }) {
  const { t } = useLang();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const errors = useFormErrors();
  const query = { q, active: 'true', limit: 10 } as const;
  const found = useQuery({ queryKey: networkKeys.search(query), queryFn: () => networkApi.search(query), enabled: editable && q !== '' });
  const linked = new Set(b.contacts.map((c) => c.id));

  const save = useMutation({
    mutationFn: (ids: string[]) => bottlenecksApi.setContacts(b.id, ids),
    onSuccess: (next) => {
      errors.clear();
      onChanged(next);
    },
    onError: (error) => errors.fromError(error, t),
  });
  const set = (ids: string[]) => {
    if (!save.isPending) save.mutate(ids);
  };

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
  };

  return (
    <section className="doorbraak-section" aria-labelledby="bottleneck-contacts">
      <Heading level={2} id="bottleneck-contacts">{t('bottlenecks.contacts.title')}</Heading>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {b.contacts.length === 0 ? <Paragraph>{t('bottlenecks.contacts.none')}</Paragraph> : (
        <ul className="doorbraak-bottleneck-contacts" aria-label={t('bottlenecks.contacts.linked')}>
          {b.contacts.map((c) => (
            <li key={c.id}>
              <ContactLines contact={c} />
              {editable ? (
                <>
                  {' '}
                  <Button appearance="subtle" busy={save.isPending} onClick={() => set(b.contacts.filter((x) => x.id !== c.id).map((x) => x.id))}>
                    {t('bottlenecks.contacts.remove')}<span className="doorbraak-visually-hidden"> {c.name}</span>
                  </Button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <>
          <form noValidate onSubmit={search} className="doorbraak-form" role="search" aria-label={t('bottlenecks.contacts.search')}>
            <TextField path="contactSearch" label={t('bottlenecks.contacts.searchLabel')} description={t('bottlenecks.contacts.searchHint')}
              autoComplete="off" value={text} onValue={setText} />
            <Button type="submit">{t('bottlenecks.contacts.searchSubmit')}</Button>
          </form>
          {q ? <QueryFeedback query={found} /> : null}
          {found.data && found.data.items.length === 0 ? (
            <Paragraph role="status">{t('bottlenecks.contacts.noneFound', { q })}</Paragraph>
          ) : null}
          {found.data?.items.length ? (
            <ul className="doorbraak-bottleneck-contacts" aria-label={t('bottlenecks.contacts.results', { q })}>
              {found.data.items.map((c) => (
                <li key={c.id}>
                  <ContactLines contact={c} />{' '}
                  {linked.has(c.id) ? <>({t('bottlenecks.contacts.already')})</> : (
                    <Button busy={save.isPending} onClick={() => set([...b.contacts.map((x) => x.id), c.id])}>
                      {t('bottlenecks.contacts.add')}<span className="doorbraak-visually-hidden"> {c.name}</span>
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
