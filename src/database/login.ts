/** Tables of the login-hardening migration: second factor and identity providers. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LoginTables {}
