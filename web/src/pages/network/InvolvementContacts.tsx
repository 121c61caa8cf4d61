// Step 2: behind each organisation involved, the person in the network directory to call there.
// The case team links a contact from the directory to an involvement, or removes the link; both
// land on the case's timeline. Only the directory contact is shown here: the involvement's own
// contact name stays in the list above.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { householdApi, householdKeys } from '../../api-household';
import { isStaff, useMe } from '../../auth';
import { networkApi, networkKeys } from '../../api-network';
import { Button, ButtonGroup } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryFeedback } from '../../components/Feedback';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { useLang } from '../../lang';
import type { Involvement } from '../../types-household';
import type { Contact, InvolvementContacts as Links } from '../../types-network';
import { DoneNotice, notice, useFormErrors, type Notice } from '../workflow/breakthrough/forms';
import { contactLine } from './labels';
import './network.css';

const linkButtonId = (involvementId: string) => `inv-contact-${involvementId}`;

function LinkForm({ caseId, involvement, current, onDone }: {
  caseId: string; involvement: Involvement; current: Contact | null; onDone: (result: Links | null, contact?: Contact) => void;
}) {
  const { t } = useLang();
  const [text, setText] = useState(involvement.organisation);
  const [q, setQ] = useState(involvement.organisation);
  const [chosen, setChosen] = useState(current?.id ?? '');
  const errors = useFormErrors();
  const found = useQuery({ queryKey: networkKeys.search({ q, limit: 10 }), queryFn: () => networkApi.search({ q, limit: 10 }), placeholderData: keepPreviousData });
  const link = useMutation({
    mutationFn: (contactId: string) => networkApi.link(caseId, involvement.id, contactId),
    onSuccess: (result, contactId) => onDone(result, result.items.find((i) => i.contact.id === contactId)?.contact),
    onError: (error) => errors.fromError(error, t, { contactId: 'contactId' }),
  });
  const titleId = `link-title-${involvement.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (link.isPending) return;
    if (!chosen) {
      errors.show({ contactId: t('network.link.choose') });
      return;
    }
    link.mutate(chosen);
  }

  const items = found.data?.items ?? [];
  return (
    <form noValidate onSubmit={submit} className="doorbraak-form doorbraak-network-link" aria-labelledby={titleId}>
      <Heading level={3} id={titleId}>{t('network.link.title', { organisation: involvement.organisation })}</Heading>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <div className="doorbraak-network-link__search">
        <TextField path="link-search" type="search" label={t('network.link.search')} description={t('network.search.qHint')} value={text}
          onValue={setText} autoComplete="off"
          onKeyDown={(e) => {
            // Enter searches here; linking is the form's own button.
            if (e.key === 'Enter') {
              e.preventDefault();
              setQ(text.trim());
            }
          }} />
        <Button onClick={() => setQ(text.trim())} busy={found.isFetching}>{t('network.link.find')}</Button>
      </div>
      <QueryFeedback query={found} />
      {found.data ? <p className="utrecht-paragraph" role="status">{!items.length ? t('network.link.none') : found.data.total === 1 ? t('network.results.one') : t('network.results.count', { n: found.data.total })}</p> : null}
      {items.length ? (
        <RadioGroup<string> path="contactId" legend={t('network.link.pick')} value={chosen} onChange={setChosen}
          error={errors.fields.contactId} options={items.map((c) => ({ value: c.id, label: contactLine(c) }))} />
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={link.isPending}>{t('network.link.submit')}</Button>
        <Button appearance="subtle" onClick={() => onDone(null)}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

export function InvolvementContacts({ caseId, editable }: { caseId: string; editable: boolean }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const involvements = useQuery({ queryKey: householdKeys.involvements(caseId), queryFn: () => householdApi.involvements(caseId) });
  const links = useQuery({ queryKey: networkKeys.ofCase(caseId), queryFn: () => networkApi.ofCase(caseId) });
  const staff = isStaff(useMe().data);
  const [linking, setLinking] = useState<string | null>(null);
  const [news, setNews] = useState<Notice | null>(null);
  const byInvolvement = new Map((links.data?.items ?? []).map((l) => [l.involvementId, l.contact]));
  const items = involvements.data?.items ?? [];

  const stored = (result: Links) => {
    queryClient.setQueryData(networkKeys.ofCase(caseId), result);
    // The link is on the case's timeline and counts on the contact's page.
    void queryClient.invalidateQueries({ queryKey: householdKeys.case(caseId), exact: true });
    void queryClient.invalidateQueries({ queryKey: ['contacts', 'one'] });
  };
  const unlink = useMutation({
    mutationFn: (i: Involvement) => networkApi.link(caseId, i.id, null),
    onSuccess: (result, i) => {
      stored(result);
      setNews(notice(t('network.link.removed', { organisation: i.organisation })));
    },
    onError: () => setNews(notice(t('error.generic'), 'error')),
  });

  if (!involvements.data || !links.data) {
    return (
      <>
        <QueryFeedback query={involvements} />
        <QueryFeedback query={links} />
      </>
    );
  }
  const target = items.find((i) => i.id === linking) ?? null;
  return (
    <>
      <Paragraph>{t('network.link.intro')}</Paragraph>
      <DoneNotice notice={news} />
      {items.length ? (
        <Table caption={t('network.link.caption')}>
          <THead>
            <Th>{t('case.organisation')}</Th>
            <Th>{t('network.link.contact')}</Th>
            {editable ? <Th>{t('household.actions')}</Th> : null}
          </THead>
          <TBody>
            {items.map((i) => {
              const c = byInvolvement.get(i.id);
              return (
                <Tr key={i.id}>
                  <Th scope="row">
                    {i.organisation}
                    <span className="doorbraak-cell__sub">{i.service}</span>
                  </Th>
                  <Td>
                    {c ? (
                      <>
                        {/* Partners at other agencies do not open the municipality's directory. */}
                        {staff ? <AppLink to="/netwerk/$contactId" params={{ contactId: c.id }}>{c.name}</AppLink> : c.name}
                        <span className="doorbraak-cell__sub">{c.role}{c.phone ? `, ${c.phone}` : ''}</span>
                      </>
                    ) : t('network.link.notLinked')}
                  </Td>
                  {editable ? (
                    <Td>
                      <span className="doorbraak-row-actions doorbraak-row-actions--stacked">
                        <Button id={linkButtonId(i.id)} appearance="subtle" onClick={() => { setNews(null); setLinking(i.id); }}>
                          {c ? t('network.link.change') : t('network.link.button')}
                          <span className="doorbraak-visually-hidden">: {i.organisation}, {i.service}</span>
                        </Button>
                        {c ? (
                          <Button appearance="subtle" busy={unlink.isPending && unlink.variables?.id === i.id} onClick={() => unlink.mutate(i)}>
                            {t('network.link.remove')}
                            <span className="doorbraak-visually-hidden">: {i.organisation}, {i.service}</span>
                          </Button>
                        ) : null}
                      </span>
                    </Td>
                  ) : null}
                </Tr>
              );
            })}
          </TBody>
        </Table>
      ) : <Paragraph>{t('household.involvements.empty')}</Paragraph>}
      {editable && target ? (
        <LinkForm
          key={target.id}
          caseId={caseId}
          involvement={target}
          current={byInvolvement.get(target.id) ?? null}
          onDone={(result, contact) => {
            const id = target.id;
            setLinking(null);
            if (!result) {
              window.setTimeout(() => document.getElementById(linkButtonId(id))?.focus(), 0);
              return;
            }
            stored(result);
            setNews(notice(t('network.link.done', { name: contact?.name ?? '', organisation: target.organisation })));
          }}
        />
      ) : null}
    </>
  );
}
