// Up to when the figures are counted, and bringing them up to date now. They also refresh by
// themselves every ten minutes; the button is for a meeting that cannot wait for that.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { policyApi, policyKeys } from '../../api-policy';
import { Button } from '../../components/Button';
import { Paragraph } from '../../components/Heading';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { Dashboard } from '../../types-policy';
import { messageOf } from '../workflow/breakthrough/forms';

export function Refresh({ d }: { d: Dashboard }) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const refresh = useMutation({
    mutationFn: async () => {
      setStatus(t('policy.refresh.busy'));
      const result = await policyApi.refresh();
      await queryClient.refetchQueries({ queryKey: policyKeys.dashboard, exact: true });
      return result;
    },
    onSuccess: (r) => setStatus(t('policy.refresh.done', { n: r.cases, at: formatDateTime(r.refreshedAt, locale) })),
    onError: (error) => setStatus(messageOf(error, t)),
  });
  return (
    <div className="doorbraak-policy-refresh">
      <Paragraph>
        {d.refreshedAt ? t('policy.refresh.at', { at: formatDateTime(d.refreshedAt, locale) }) : t('policy.refresh.never')}{' '}
        {t('policy.refresh.auto')}
      </Paragraph>
      <Button busy={refresh.isPending} onClick={() => refresh.mutate()}>
        {refresh.isPending ? t('policy.refresh.busy') : t('policy.refresh.button')}
      </Button>
      <p className="utrecht-paragraph" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
