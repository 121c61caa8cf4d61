// Dutch texts (B1) for the policy view (figures without personal data).
export const policyNl = {
  'policy.nav': 'Beleid',
} as const;

export type PolicyKey = keyof typeof policyNl;
