// Fresh recovery codes, shown once: with advice to print or store them, copy and print buttons.
// The heading takes focus when the codes appear, so a screen reader starts reading here.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { Heading, Paragraph } from '../../components/Heading';
import { useT } from '../../lang';

interface RecoveryCodesViewProps {
  codes: string[];
  level: 2 | 3;
  /** What comes after (e.g. a "Verder" button). */
  children?: ReactNode;
}

export function RecoveryCodesView({ codes, level, children }: RecoveryCodesViewProps) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<string>('');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(t('mfa.codes.copied'));
    } catch {
      setCopied(t('mfa.codes.copyFailed'));
    }
  }

  return (
    <section className="doorbraak-recovery" aria-labelledby="recovery-codes-title">
      <Heading level={level} id="recovery-codes-title" ref={headingRef} tabIndex={-1}>
        {t('mfa.codes.title')}
      </Heading>
      <Alert type="warning">
        <p className="utrecht-paragraph">{t('mfa.codes.once')}</p>
      </Alert>
      <Paragraph>{t('mfa.codes.advice')}</Paragraph>
      <ol className="doorbraak-recovery__codes" aria-label={t('mfa.codes.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code className="utrecht-code">{code}</code>
          </li>
        ))}
      </ol>
      <ButtonGroup>
        <Button onClick={() => void copy()}>{t('mfa.codes.copy')}</Button>
        <Button onClick={() => window.print()}>{t('mfa.codes.print')}</Button>
      </ButtonGroup>
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {copied}
      </p>
      {children}
    </section>
  );
}
