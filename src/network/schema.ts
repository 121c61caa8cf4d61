import { z } from '@hono/zod-openapi';
import { lifeDomains } from '../cases/model.ts';
import { organisationKinds } from './model.ts';

/** Request and response schemas of the network directory and its links. */

const uuid = (message: string) => z.string({ error: message }).uuid(message);
const Version = z.number({ error: 'Versie ontbreekt' }).int('Versie is een heel getal').min(1, 'Versie ontbreekt');
const Optional = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens`).nullable().optional()
  .transform((v) => (v === '' ? null : v));
const Required = (what: string, max: number) => z.string({ error: `Vul ${what} in` }).trim().min(2, `Vul ${what} in`).max(max, `Maximaal ${max} tekens`);

export const ContactParam = z.object({ contactId: uuid('Dit is geen geldig contact') });
export const InvolvementParams = z.object({ id: uuid('Dit is geen geldig casusnummer'), involvementId: uuid('Dit is geen geldige betrokkenheid') });
export const CaseParam = z.object({ id: uuid('Dit is geen geldig casusnummer') });

export const Contact = z.object({
  id: z.string(), name: z.string().openapi({ description: 'Naam van de contactpersoon' }),
  organisation: z.string(), organisationKind: z.enum(organisationKinds), organisationKindLabel: z.string(),
  department: z.string().nullable(), role: z.string().openapi({ description: 'Functie of rol, bijvoorbeeld maatwerkfunctionaris' }),
  canDecide: z.string().nullable().openapi({ description: 'Waarover deze persoon kan beslissen of wat hij of zij kan regelen' }),
  lifeDomains: z.array(z.enum(lifeDomains)), phone: z.string().nullable(), email: z.string().nullable(),
  reach: z.string().nullable().openapi({ description: 'Hoe en wanneer bereikbaar, bijvoorbeeld: bellen op werkdagen 9–12 uur' }),
  notes: z.string().nullable(), active: z.boolean(), version: z.number().int(), updatedAt: z.string(),
}).openapi('NetworkContact');

export const ContactDetail = Contact.extend({
  links: z.object({
    involvements: z.number().int().openapi({ description: 'Aantal betrokkenheden in casussen dat naar dit contact verwijst (alleen het aantal)' }),
    bottlenecks: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })),
  }),
}).openapi('NetworkContactDetail');

export const Contacts = z.object({ items: z.array(Contact), total: z.number().int() }).openapi('NetworkContacts');

export const ContactsQuery = z.object({
  q: z.string().optional().openapi({ description: 'Vrije tekst: naam, organisatie, rol, wat iemand kan beslissen; ook een deel van een naam' }),
  organisationKind: z.enum(organisationKinds, { error: 'Onbekende soort organisatie' }).optional(),
  lifeDomain: z.enum(lifeDomains, { error: 'Onbekend leefgebied' }).optional(),
  active: z.enum(['true', 'false', 'all'], { error: "Kies 'true', 'false' of 'all'" }).default('true'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

const Phone = z.string().trim().max(40, 'Maximaal 40 tekens').regex(/^[+\d][\d\s()-]{5,}$/, 'Vul een telefoonnummer in, bijvoorbeeld 088 123 45 67')
  .nullable().optional().or(z.literal('').transform(() => null));
const Email = z.string().trim().max(200).email('Vul een geldig e-mailadres in').nullable().optional().or(z.literal('').transform(() => null));

const fields = {
  name: Required('de naam', 200), organisation: Required('de organisatie', 200),
  organisationKind: z.enum(organisationKinds, { error: 'Kies de soort organisatie' }),
  department: Optional(200), role: Required('de rol of functie', 200), canDecide: Optional(2000),
  lifeDomains: z.array(z.enum(lifeDomains, { error: 'Onbekend leefgebied' })).max(lifeDomains.length).optional(),
  phone: Phone, email: Email, reach: Optional(500), notes: Optional(2000), active: z.boolean().optional(),
};
export const ContactInput = z.object(fields).openapi('NetworkContactInput');
export const ContactPatch = z.object({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> },
  version: Version,
}).openapi('NetworkContactPatch');

export const LinkInput = z.object({
  contactId: uuid('Dit is geen geldig contact').nullable().openapi({ description: 'Het contact uit de sociale kaart, of null om de koppeling weg te halen' }),
}).openapi('InvolvementContactInput');
export const InvolvementContacts = z.object({
  items: z.array(z.object({ involvementId: z.string(), contact: Contact })),
}).openapi('InvolvementContacts');
