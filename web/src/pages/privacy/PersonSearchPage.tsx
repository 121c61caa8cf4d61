// /privacy/personen — find a resident by BSN, or by name and birth date. The search is a POST:
// personal data never goes in a URL. The results stay in memory for the person page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { privacyApi } from '../../api-privacy';
import { Badge, StatusBadge } from '../../components/Badges';
import { Button } from '../../components/Button';
import { Fieldset } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDate, todayInAmsterdam } from '../../format';
import { kindKey } from '../../i18n';
import { useLang } from '../../lang';
import type { PersonFound, PersonSearchInput } from '../../types-privacy';
import { usePageTitle } from '../../usePageTitle';
import { problemOf, useFormErrors } from '../security/problems';
import { RoleGate } from '../security/RoleGate';

export const personKey = (id: string) => ['privacy', 'person', id] as const;
const resultsKey = ['privacy', 'person-search'] as const;
const paths = { bsn: 'bsn', name: 'name', birthDate: 'birthDate' };

export function PersonSearchPage() {
  const { t } = useLang();
  usePageTitle(t('privacy.persons.title'));
  return (
    <>
      <Heading level={1}>{t('privacy.persons.title')}</Heading>
      <RoleGate role="privacy_officer">
        <PersonSearch />
      </RoleGate>
    </>
  );
}

function PersonSearch() {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const [bsn, setBsn] = useState('');
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [results, setResults] = useState<PersonFound[] | null>(() => queryClient.getQueryData<PersonFound[]>(resultsKey) ?? null);
  const errors = useFormErrors();
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const search = useMutation({
    mutationFn: (input: PersonSearchInput) => privacyApi.searchPersons(input),
    onSuccess: ({ items }) => {
      for (const person of items) queryClient.setQueryData(personKey(person.id), person);
      queryClient.setQueryData(resultsKey, items);
      setResults(items);
      window.setTimeout(() => resultsRef.current?.focus(), 0);
    },
    onError: (error) => {
      const { fields, summary } = problemOf(error, t, paths);
      errors.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (search.isPending) return;
    const found: FieldErrors = {};
    const number = bsn.replace(/[\s.]/g, '');
    if (number) {
      if (!/^\d{9}$/.test(number)) found.bsn = t('privacy.persons.bsnFormat');
    } else if (!name.trim() && !birthDate) {
      found.bsn = t('privacy.persons.nothing');
    } else {
      if (!name.trim()) found.name = t('privacy.persons.nameRequired');
      if (!birthDate) found.birthDate = t('privacy.persons.birthDateRequired');
    }
    if (Object.keys(found).length) {
      errors.show(found);
      return;
    }
    errors.clear();
    search.mutate(number ? { bsn: number } : { name: name.trim(), birthDate });
  }

  return (
    <>
      <Paragraph>{t('privacy.persons.intro')}</Paragraph>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <Fieldset path="by-bsn" legend={t('privacy.persons.byBsn')}>
          <TextField
            path="bsn"
            label={t('privacy.persons.bsn')}
            description={t('privacy.persons.bsnHint')}
            className="doorbraak-input--short"
            inputMode="numeric"
            autoComplete="off"
            value={bsn}
            onValue={setBsn}
            error={errors.fields.bsn}
          />
        </Fieldset>
        <Fieldset path="by-name" legend={t('privacy.persons.byName')}>
          <TextField
            path="name"
            label={t('privacy.persons.name')}
            autoComplete="off"
            value={name}
            onValue={setName}
            error={errors.fields.name}
          />
          <TextField
            path="birthDate"
            label={t('privacy.persons.birthDate')}
            type="date"
            className="doorbraak-input--date"
            max={todayInAmsterdam()}
            value={birthDate}
            onValue={setBirthDate}
            error={errors.fields.birthDate}
          />
        </Fieldset>
        <Button type="submit" appearance="primary" busy={search.isPending}>
          {t('privacy.persons.search')}
        </Button>
        {search.isPending ? (
          <p className="doorbraak-visually-hidden" role="status">
            {t('privacy.persons.busy')}
          </p>
        ) : null}
      </form>

      {results ? (
        <section aria-labelledby="person-results-title">
          <Heading level={2} id="person-results-title" ref={resultsRef} tabIndex={-1}>
            {t('privacy.persons.found', { n: results.length })}
          </Heading>
          {results.length === 0 ? <Paragraph>{t('privacy.persons.none')}</Paragraph> : null}
          {results.length ? (
            <Table caption={t('privacy.persons.caption')}>
              <THead>
                <Th>{t('privacy.persons.name')}</Th>
                <Th>{t('privacy.persons.birthDate')}</Th>
                <Th>{t('privacy.persons.bsn')}</Th>
                <Th>{t('privacy.persons.relation')}</Th>
                <Th>{t('privacy.persons.cases')}</Th>
              </THead>
              <TBody>
                {results.map((p) => (
                  <Tr key={p.id}>
                    <Th scope="row">
                      <AppLink to="/privacy/personen/$personId" params={{ personId: p.id }}>
                        {p.name}
                      </AppLink>
                      {p.erased ? (
                        <>
                          {' '}
                          <Badge tone="inactive">{t('privacy.person.erased')}</Badge>
                        </>
                      ) : null}
                    </Th>
                    <Td>{p.birthDate ? formatDate(p.birthDate, locale) : t('common.notProvided')}</Td>
                    <Td>{p.bsnMasked ?? t('common.notProvided')}</Td>
                    <Td>{p.relation ?? t('common.notProvided')}</Td>
                    <Td>
                      {p.cases.length
                        ? p.cases.map((c) => (
                            <span className="doorbraak-person__case" key={c.id}>
                              {c.reference} ({t(kindKey(c.kind))}) <StatusBadge status={c.status} />
                            </span>
                          ))
                        : t('privacy.persons.noCases')}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
