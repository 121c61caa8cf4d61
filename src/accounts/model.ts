/** The roles a person can have within one municipality. */
export const roles = [
  'reporter', 'coordinator', 'mandate_holder', 'partner', 'policy', 'privacy_officer', 'administrator',
] as const;
export type Role = (typeof roles)[number];
