// English texts for the policy view (figures without personal data), typed against the Dutch keys.
import type { PolicyKey } from './policy.nl';

export const policyEn: Record<PolicyKey, string> = {
  'policy.nav': 'Policy',
};
