// Form fields are named by their API path (e.g. `household.members.0.birthDate`), so server
// errors can be shown next to the right input. These helpers turn a path into DOM ids.

export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

export const errorId = (path: string) => `${fieldId(path)}-error`;
export const descriptionId = (path: string) => `${fieldId(path)}-description`;

/** The aria-describedby value for a field: its description and its error, when present. */
export function describedBy(path: string, hasDescription: boolean, hasError: boolean) {
  const ids = [hasDescription ? descriptionId(path) : '', hasError ? errorId(path) : ''].filter(
    Boolean,
  );
  return ids.length ? ids.join(' ') : undefined;
}

/** Field path → message. */
export type FieldErrors = Record<string, string>;
