import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BOM, CSV_HEADER, csvLine, writeExport, type LogLine } from './export.ts';

const line = (id: string): LogLine => ({
  id, at: '2026-03-01T10:00:00.000Z', traceId: 't', spanId: 's', activity: 'casus-inzien', purpose: 'Doel; met puntkomma', action: 'read',
  objectType: 'case', objectId: null, caseReference: '2026-00001', actor: null, legalBasis: 'consent', result: 'success',
  origin: '=HYPERLINK("x")', subjectPseudonym: `p-${id}`,
});

describe('uitvoer voor Excel', () => {
  test('fields are separated by ";" and quoted when they hold ";", quotes or line breaks', () => {
    assert.equal(csvLine(['a', 'b;c', 'zeg "ja"', 'twee\nregels', null, 'één']), 'a;"b;c";"zeg ""ja""";"twee\nregels";;één\r\n');
  });

  test('a value that Excel would run as a formula is defused', () => {
    assert.equal(csvLine(['=1+1', '+31 6', '-5', '@SUM(A1)', 'gewoon']), "'=1+1;'+31 6;'-5;'@SUM(A1);gewoon\r\n");
  });

  test('an export writes BOM and header, then every page until an empty one', async () => {
    const pages = [[line('1'), line('2')], [line('3')], []];
    const out: string[] = [];
    const n = await writeExport('csv', async () => pages.shift()!, async (c) => { out.push(c); });
    assert.equal(n, 3);
    const text = out.join('');
    assert.ok(text.startsWith(BOM + csvLine(CSV_HEADER)));
    assert.equal(text.split('\r\n').filter(Boolean).length, 4);
    assert.ok(text.includes(`'=HYPERLINK(""x"")`));
  });

  test('JSON export is one valid array, also when empty', async () => {
    for (const pages of [[[line('1')], [line('2')], []], [[]]]) {
      const out: string[] = [];
      const n = await writeExport('json', async () => pages.shift()!, async (c) => { out.push(c); });
      const parsed = JSON.parse(out.join(''));
      assert.equal(parsed.length, n);
    }
  });
});
