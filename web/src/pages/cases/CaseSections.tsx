// The parts of the case overview below the summary: contact person, household, story,
// reporter and legal basis, and other reports about the same household.
import type { ReactNode } from 'react';
import { DataList } from '../../components/DataList';
import { Heading, Paragraph } from '../../components/Heading';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDate, formatDateTime } from '../../format';
import { domainKey, labelOr, legalBasisKey } from '../../i18n';
import { useLang } from '../../lang';
import type { CaseOverview, ContactDetails } from '../../types';

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="doorbraak-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function Mail({ email }: { email?: string | null }) {
  const { t } = useLang();
  if (!email) return <>{t('common.notProvided')}</>;
  return (
    <a className="utrecht-link utrecht-link--html-a" href={`mailto:${email}`}>
      {email}
    </a>
  );
}

function Phone({ phone }: { phone?: string | null }) {
  const { t } = useLang();
  if (!phone) return <>{t('common.notProvided')}</>;
  return (
    <a className="utrecht-link utrecht-link--html-a utrecht-link--telephone" href={`tel:${phone.replace(/[^+\d]/g, '')}`}>
      {phone}
    </a>
  );
}

export function ContactPerson({ coordinator }: { coordinator: CaseOverview['coordinator'] }) {
  const { t } = useLang();
  return (
    <Section id="section-contact-person" title={t('case.contactPerson')}>
      {coordinator ? (
        <DataList
          items={[
            { key: t('common.name'), value: coordinator.name },
            { key: t('common.email'), value: <Mail email={coordinator.email} /> },
            { key: t('common.phone'), value: <Phone phone={coordinator.phone} /> },
          ]}
        />
      ) : (
        <Paragraph>{t('case.noContactPerson')}</Paragraph>
      )}
    </Section>
  );
}

function ContactList({ contact }: { contact: ContactDetails }) {
  const { t } = useLang();
  return (
    <DataList
      items={[
        { key: t('case.address'), value: contact.address || t('common.notProvided') },
        { key: t('common.phone'), value: <Phone phone={contact.phone} /> },
        { key: t('common.email'), value: <Mail email={contact.email} /> },
      ]}
    />
  );
}

/** `bsnHidden`: the viewer may never see the BSN (partners), so say that instead of "not provided". */
export function Household({ household, bsnHidden = false }: { household: CaseOverview['household']; bsnHidden?: boolean }) {
  const { t, locale } = useLang();
  return (
    <Section id="section-household" title={t('case.household')}>
      <Table caption={t('case.membersCaption')}>
        <THead>
          <Th>{t('common.name')}</Th>
          <Th>{t('case.birthDate')}</Th>
          <Th>{t('case.bsn')}</Th>
          <Th>{t('case.relation')}</Th>
        </THead>
        <TBody>
          {household.members.map((m) => (
            <Tr key={m.id}>
              <Th scope="row">{m.name}</Th>
              <Td>{formatDate(m.birthDate, locale)}</Td>
              <Td>{m.bsnMasked ?? (bsnHidden ? t('partner.bsnHidden') : t('common.notProvided'))}</Td>
              <Td>{m.relation ?? t('common.notProvided')}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <Heading level={3}>{t('case.contact')}</Heading>
      <ContactList contact={household.contact ?? {}} />
    </Section>
  );
}

/** A note replaces the story or the life domains when that part is not shared with the viewer. */
export function Story({
  overview,
  storyNote,
  lifeDomainsNote,
}: {
  overview: Pick<CaseOverview, 'story' | 'lifeDomains'>;
  storyNote?: ReactNode;
  lifeDomainsNote?: ReactNode;
}) {
  const { t } = useLang();
  return (
    <Section id="section-story" title={t('case.story')}>
      {storyNote ?? <Paragraph className="doorbraak-prewrap">{overview.story}</Paragraph>}
      <Heading level={3}>{t('common.lifeDomains')}</Heading>
      {lifeDomainsNote ?? (
        <ul className="utrecht-unordered-list">
          {overview.lifeDomains.map((d) => (
            <li className="utrecht-unordered-list__item" key={d}>
              {t(domainKey(d))}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function ReporterAndBasis({ overview }: { overview: Pick<CaseOverview, 'reporter' | 'legalBasis' | 'consentMethod'> }) {
  const { t } = useLang();
  const { reporter } = overview;
  const method = overview.consentMethod;
  return (
    <Section id="section-reporter" title={t('case.reporter')}>
      <DataList
        items={[
          { key: t('common.name'), value: reporter.name },
          { key: t('case.organisation'), value: reporter.organisation || t('common.notProvided') },
          { key: t('common.phone'), value: <Phone phone={reporter.phone} /> },
          { key: t('common.email'), value: <Mail email={reporter.email} /> },
          { key: t('case.legalBasis'), value: t(legalBasisKey(overview.legalBasis)) },
          ...(method
            ? [{ key: t('case.consentMethod'), value: labelOr(t, `consentMethod.${method}`, method) }]
            : []),
        ]}
      />
    </Section>
  );
}

export function LinkedIntakes({ intakes }: { intakes: CaseOverview['linkedIntakes'] }) {
  const { t, locale } = useLang();
  return (
    <Section id="section-linked" title={t('case.linked')}>
      {intakes.length ? (
        <ul className="doorbraak-cards">
          {intakes.map((intake) => (
            <li key={intake.id} className="doorbraak-card">
              <p className="utrecht-paragraph doorbraak-card__meta">
                {t('case.linkedBy', {
                  name: intake.reporter.organisation
                    ? `${intake.reporter.name} (${intake.reporter.organisation})`
                    : intake.reporter.name,
                  date: formatDateTime(intake.reportedAt, locale),
                })}
              </p>
              <p className="utrecht-paragraph doorbraak-prewrap">{intake.story}</p>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('case.linkedEmpty')}</Paragraph>
      )}
    </Section>
  );
}
