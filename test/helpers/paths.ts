import path from 'node:path';

export const TEMPLATE_FILE = path.resolve('.tmp/template.tar');
export const TEMPLATE_DB = 'doorbraak_test_template';

export function serverUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

