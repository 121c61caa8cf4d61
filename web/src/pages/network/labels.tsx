// What the network pages share: who keeps the directory, kinds of organisation in the user's
// language, and a contact's details as a list (on its page and wherever it is linked).
import type { ReactNode } from 'react';
import { hasRole } from '../../auth';
import { DataList } from '../../components/DataList';
import { domainKey, type Translate } from '../../i18n';
import { useLang } from '../../lang';
import type { Me } from '../../types';
import type { Contact, OrganisationKind } from '../../types-network';

/** Administrators and coordinators keep the directory up to date (the server says the same). */
export const mayMaintain = (me: Me | null | undefined) => hasRole(me, 'administrator') || hasRole(me, 'coordinator');

export const kindText = (t: Translate, kind: OrganisationKind) => t(`network.kind.${kind}`);

/** "Linda Smeets, Persoonlijk zaakbehandelaar maatwerk, Dienst Toeslagen (Maatwerkloket)". */
export function contactLine(c: Contact): string {
  return `${c.name}, ${c.role}, ${c.organisation}${c.department ? ` (${c.department})` : ''}`;
}

function Mail({ email }: { email: string }) {
  return <a className="utrecht-link utrecht-link--html-a" href={`mailto:${email}`}>{email}</a>;
}

function Phone({ phone }: { phone: string }) {
  return <a className="utrecht-link utrecht-link--html-a" href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>;
}

/** Everything a professional needs to reach this person and know what they can do. */
export function ContactDetails({ contact: c, extra = [] }: { contact: Contact; extra?: { key: ReactNode; value: ReactNode }[] }) {
  const { t } = useLang();
  const none = t('common.notProvided');
  return (
    <DataList
      items={[
        { key: t('network.field.organisation'), value: [c.organisation, c.department].filter(Boolean).join(', ') },
        { key: t('network.field.organisationKind'), value: kindText(t, c.organisationKind) },
        { key: t('network.field.role'), value: c.role },
        { key: t('network.field.canDecide'), value: c.canDecide ? <span className="doorbraak-prewrap">{c.canDecide}</span> : none },
        { key: t('common.lifeDomains'), value: c.lifeDomains.length ? c.lifeDomains.map((d) => t(domainKey(d))).join(', ') : none },
        { key: t('common.phone'), value: c.phone ? <Phone phone={c.phone} /> : none },
        { key: t('common.email'), value: c.email ? <Mail email={c.email} /> : none },
        { key: t('network.field.reach'), value: c.reach ?? none },
        ...extra,
      ]}
    />
  );
}
