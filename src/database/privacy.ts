/** Tables of the privacy-officer migration: rights requests, rectification history, retention. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PrivacyTables {}
