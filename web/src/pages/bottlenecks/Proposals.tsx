// Proposed systemic bottlenecks: rules and organisations that blocked at least the threshold of
// cases in the window and have no open bottleneck yet. An editor makes one of a proposal, saying
// who can change the rule (the owner organisation); one form is open at a time.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { bottlenecksApi, bottlenecksKeys } from '../../api-bottlenecks';
import { useMe } from '../../auth';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryFeedback } from '../../components/Feedback';
import { TextAreaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDate } from '../../format';
import { useLang } from '../../lang';
import type { BottleneckDetail, Proposal } from '../../types-bottlenecks';
import { orNull, useFormErrors } from '../workflow/breakthrough/forms';
import { editsBottlenecks, useCount } from './labels';

const SERVER_PATHS: Record<string, string> = { title: 'title', ownerOrganisation: 'ownerOrganisation', description: 'description' };

function CreateForm({ proposal, onCreated, onCancel }: { proposal: Proposal; onCreated: (b: BottleneckDetail) => void; onCancel: () => void }) {
  const { t } = useLang();
  const [title, setTitle] = useState(proposal.basis === 'rule' ? proposal.label : t('bottlenecks.create.organisationTitle', { organisation: proposal.label }));
  const [owner, setOwner] = useState('');
  const [description, setDescription] = useState('');
  const errors = useFormErrors();

  const create = useMutation({
    mutationFn: () => bottlenecksApi.create({
      basis: proposal.basis,
      ...(proposal.basis === 'rule' ? { ruleId: proposal.key } : { organisation: proposal.label }),
      title, ownerOrganisation: orNull(owner), description: orNull(description),
    }),
    onSuccess: onCreated,
    onError: (error) => errors.fromError(error, t, SERVER_PATHS),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!create.isPending) create.mutate();
  };

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form doorbraak-bottleneck-create" aria-label={t('bottlenecks.create.formLabel', { label: proposal.label })}>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <TextField path="title" label={t('bottlenecks.field.title')} description={t('bottlenecks.field.titleHint')} autoComplete="off" required
        value={title} onValue={setTitle} error={errors.fields.title} />
      <TextField path="ownerOrganisation" label={t('bottlenecks.field.owner')} description={t('bottlenecks.field.ownerHint')} autoComplete="organization"
        value={owner} onValue={setOwner} error={errors.fields.ownerOrganisation} />
      <TextAreaField path="description" label={t('bottlenecks.field.description')} description={t('bottlenecks.field.descriptionHint')} rows={4}
        value={description} onValue={setDescription} error={errors.fields.description} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={create.isPending}>{t('bottlenecks.create.submit')}</Button>
        <Button appearance="subtle" onClick={onCancel}>{t('bottlenecks.create.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

export function Proposals({ onCreated }: { onCreated: (b: BottleneckDetail) => void }) {
  const { t, locale } = useLang();
  const me = useMe().data;
  const count = useCount();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: bottlenecksKeys.proposals, queryFn: () => bottlenecksApi.proposals() });
  const [open, setOpen] = useState<string | null>(null);
  const p = query.data;
  const mayCreate = editsBottlenecks(me);

  return (
    <section className="doorbraak-section" aria-labelledby="bottleneck-proposals">
      <Heading level={2} id="bottleneck-proposals">{t('bottlenecks.proposals.title')}</Heading>
      <QueryFeedback query={query} />
      {p ? (
        <Paragraph>
          {t('bottlenecks.proposals.intro', { threshold: p.threshold, months: p.windowMonths, since: formatDate(p.since, locale) })}
        </Paragraph>
      ) : null}
      {p && p.items.length === 0 ? <Paragraph>{t('bottlenecks.proposals.none')}</Paragraph> : null}
      {p?.items.length ? (
        <ul className="doorbraak-cards">
          {p.items.map((item) => {
            const key = `${item.basis}:${item.key}`;
            return (
              <li key={key} className="doorbraak-card doorbraak-bottleneck-proposal">
                <Heading level={3} look={4}>{item.label}</Heading>
                <Paragraph>
                  {t(item.basis === 'rule' ? 'bottlenecks.proposals.byRule' : 'bottlenecks.proposals.byOrganisation', { count: count(item.cases) })}
                </Paragraph>
                {mayCreate && open !== key ? (
                  <Button onClick={() => setOpen(key)}>
                    {t('bottlenecks.create.open')}<span className="doorbraak-visually-hidden">: {item.label}</span>
                  </Button>
                ) : null}
                {mayCreate && open === key ? (
                  <CreateForm
                    proposal={item}
                    onCancel={() => setOpen(null)}
                    onCreated={(b) => {
                      setOpen(null);
                      void queryClient.invalidateQueries({ queryKey: bottlenecksKeys.all });
                      onCreated(b);
                    }}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
