// Confirmation after a successful intake: reference, deadlines, linked case, receipt code.
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { formatDate } from '../../format';
import { useLang } from '../../lang';
import type { IntakeReceipt } from '../../types';
import { usePageTitle } from '../../usePageTitle';

interface Props {
  receipt: IntakeReceipt;
  showMine: boolean;
  onAnother: () => void;
}

export function IntakeReceiptView({ receipt, showMine, onAnother }: Props) {
  const { t, locale } = useLang();
  usePageTitle(t('receipt.title'));
  return (
    <section aria-labelledby="receipt-title">
      <Heading level={1} id="receipt-title">
        {t('receipt.title')}
      </Heading>
      <Alert type="ok" role="status">
        <Paragraph>{t('receipt.thanks')}</Paragraph>
        <Paragraph>
          <strong>{t('receipt.reference', { reference: receipt.reference })}</strong>
        </Paragraph>
      </Alert>
      <ul className="utrecht-unordered-list doorbraak-deadlines">
        <li className="utrecht-unordered-list__item">
          {t('receipt.firstContact', { date: formatDate(receipt.firstContactDue, locale) })}
        </li>
        <li className="utrecht-unordered-list__item">
          {t('receipt.start', { date: formatDate(receipt.startDue, locale) })}
        </li>
      </ul>
      {receipt.linked ? (
        <Alert type="info">
          <Paragraph>{t('receipt.linked')}</Paragraph>
        </Alert>
      ) : null}
      {receipt.receipt ? (
        <div className="doorbraak-receipt-code">
          <Paragraph>
            <strong>{t('receipt.code', { code: receipt.receipt })}</strong>
          </Paragraph>
          <Paragraph>{t('receipt.codeHint')}</Paragraph>
          <Paragraph>
            <AppLink to="/melding/$receipt" params={{ receipt: receipt.receipt }}>
              {t('receipt.statusLink')}
            </AppLink>
          </Paragraph>
        </div>
      ) : null}
      <ButtonGroup>
        {showMine ? (
          <AppLink to="/mijn-meldingen" className="doorbraak-action-link">
            {t('receipt.mine')}
          </AppLink>
        ) : null}
        <Button appearance="secondary" onClick={onAnother}>
          {t('receipt.another')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
