// /beheer — the administrator's starting point: every setting of the municipality in one place.
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useT } from '../../lang';
import { usePageTitle } from '../../usePageTitle';
import { RoleGate } from '../security/RoleGate';

export function AdminHomePage() {
  const t = useT();
  usePageTitle(t('admin.home.title'));
  const cards = [
    { to: '/beheer/inloggen', title: t('admin.login.title'), text: t('admin.home.login') },
    { to: '/beheer/prijslijst', title: t('priceList.title'), text: t('admin.home.priceList') },
    { to: '/beheer/regels', title: t('rules.title'), text: t('admin.home.rules') },
    { to: '/beheer/mandaten', title: t('mandates.title'), text: t('mandates.card') },
    { to: '/beheer/waardendriehoek', title: t('triangle.title'), text: t('triangle.card') },
    { to: '/budget', title: t('budget.title'), text: t('budget.card') },
    { to: '/privacy/bewaartermijnen', title: t('admin.more.retention'), text: t('admin.home.retention') },
  ] as const;
  return (
    <>
      <Heading level={1}>{t('admin.home.title')}</Heading>
      <RoleGate role="administrator">
        <Paragraph lead>{t('admin.home.intro')}</Paragraph>
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
