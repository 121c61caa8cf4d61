// /privacy — the privacy officer's starting point: what you can do here, in plain words.
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useT } from '../../lang';
import { usePageTitle } from '../../usePageTitle';
import { RoleGate } from '../security/RoleGate';

export function PrivacyHomePage() {
  const t = useT();
  usePageTitle(t('privacy.home.title'));
  const cards = [
    { to: '/privacy/verwerkingen', title: t('privacy.log.title'), text: t('privacy.home.log') },
    { to: '/privacy/verwerkingsregister', title: t('privacy.register.title'), text: t('privacy.home.register') },
    { to: '/privacy/personen', title: t('privacy.persons.title'), text: t('privacy.home.persons') },
    { to: '/privacy/bewaartermijnen', title: t('privacy.retention.title'), text: t('privacy.home.retention') },
  ] as const;
  return (
    <>
      <Heading level={1}>{t('privacy.home.title')}</Heading>
      <RoleGate role="privacy_officer">
        <Paragraph lead>{t('privacy.home.intro')}</Paragraph>
        <ul className="doorbraak-cards">
          {cards.map((card) => (
            <li className="doorbraak-card" key={card.to}>
              <Heading level={2} look={3}>
                <AppLink to={card.to}>{card.title}</AppLink>
              </Heading>
              <p className="utrecht-paragraph doorbraak-card__text">{card.text}</p>
            </li>
          ))}
        </ul>
      </RoleGate>
    </>
  );
}
