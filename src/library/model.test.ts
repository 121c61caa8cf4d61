import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkTexts, cleanQuery, describeFindings, findIdentifiers, MAX_QUERY, similarityMatch, similarityReasons } from './model.ts';

const kinds = (text: string, names: string[] = []) => findIdentifiers(text, names).map((f) => `${f.kind}:${f.text}`);

describe('identifiers in a library text', () => {
  test('names written with initials or a title', () => {
    assert.deepEqual(kinds('Het gesprek met J. de Vries ging goed.'), ['name:J. de Vries']);
    assert.deepEqual(kinds('Volgens A.B. Jansen van de corporatie'), ['name:A.B. Jansen']);
    assert.deepEqual(kinds('Mevrouw Öztürk belde; daarna dhr. van den Berg.'), ['name:Mevrouw Öztürk', 'name:dhr. van den Berg']);
  });

  test("household members' names, also first name or surname alone, but not the same word in lower case", () => {
    const household = ['Marloes Bakker', 'Thijs Bakker', 'Ruud de Graaf'];
    assert.deepEqual(kinds('Thijs raakt overprikkeld.', household), ['name:Thijs']);
    assert.deepEqual(kinds('Het gezin Bakker wil thuis blijven.', household), ['name:Bakker']);
    assert.deepEqual(kinds('De bakker om de hoek hielp mee.', household), []);
    assert.deepEqual(kinds('Vader De Graaf brengt de jongens.', household), ['name:De Graaf']);
    assert.deepEqual(kinds('Marloes Bakker tekende het plan.', household), ['name:Marloes Bakker']);
  });

  test('BSNs that pass the eleven-test, written in any common way; other nine-digit numbers are left alone', () => {
    assert.deepEqual(kinds('BSN 999993367 staat op de brief.'), ['bsn:*****3367']);
    assert.deepEqual(kinds('bsn: 9999.93.367'), ['bsn:*****3367']);
    assert.deepEqual(kinds('BSN 999 993 367'), ['bsn:*****3367']);
    assert.deepEqual(kinds('Kenmerk 123456789 van de brief.'), [], 'fails the eleven-test');
    assert.deepEqual(kinds('De doorbraak bespaarde € 1.850.000 in vijf jaar.'), []);
  });

  test('street with house number, and postcodes', () => {
    assert.deepEqual(kinds('Zij woont op Kerkstraat 12 in de wijk.'), ['address:Kerkstraat 12']);
    assert.deepEqual(kinds('Pieter de Hoochstraat 23, 2524 BT Den Haag'), ['address:Hoochstraat 23', 'postcode:2524 BT']);
    assert.deepEqual(kinds('Meidoornplein 3a en Wilgenlaan 64'), ['address:Meidoornplein 3a', 'address:Wilgenlaan 64']);
    assert.deepEqual(kinds('In Amsterdam 3 gezinnen en in Tilburg 2 gezinnen; stap 4 van de Jeugdwet 2.3.'), []);
  });

  test('phone numbers: mobile, landline, service numbers and +31', () => {
    assert.deepEqual(kinds('Bel 06-12345678 of 06 12 34 56 78.'), ['phone:06-12345678', 'phone:06 12 34 56 78']);
    assert.deepEqual(kinds('Bel 070 353 00 01, of +31 6 12345678'), ['phone:070 353 00 01', 'phone:+31 6 12345678']);
    assert.deepEqual(kinds('Via 088-1234567 of 0800-1234.'), ['phone:088-1234567', 'phone:0800-1234']);
  });

  test('e-mail addresses, bank accounts and precise dates (a birth date looks like any other date)', () => {
    assert.deepEqual(kinds('Mail naar fam.bakker@example.nl voor een afspraak.'), ['email:fam.bakker@example.nl']);
    assert.deepEqual(kinds('Rekening NL91 ABNA 0417 1643 00'), ['iban:NL91 ABNA 0417 1643 00']);
    assert.deepEqual(kinds('Geboren op 12-03-1985, ingeschreven 2024-01-31, verhuisd 3 maart 2023.'),
      ['date:12-03-1985', 'date:2024-01-31', 'date:3 maart 2023']);
    assert.deepEqual(kinds('In het voorjaar van 2024, binnen 10 werkdagen, voor € 500.'), []);
  });

  test('a clean, general text has nothing', () => {
    const clean = 'Een vader brengt zijn twee zoons zelf naar het speciaal onderwijs. Toen de auto kapotging, betaalde de gemeente de reparatie van € 500 in plaats van taxivervoer. Participatiewet art. 35.';
    assert.deepEqual(findIdentifiers(clean, ['Ruud de Graaf', 'Daan de Graaf', 'Sem de Graaf']), []);
  });

  test('per field, with a Dutch sentence that names what was found', () => {
    const checked = checkTexts({ title: 'Oppas voor jonge moeder', problem: 'Naomi belt 06-12345678' }, ['Naomi Verhoef']);
    assert.equal(checked.length, 1);
    assert.equal(checked[0].field, 'problem');
    const sentence = describeFindings(checked[0].findings);
    assert.match(sentence, /een naam \(Naomi\) en een telefoonnummer \(06-12345678\)/);
  });
});

describe('search input and suggestions', () => {
  test('control characters go and very long input is cut', () => {
    assert.equal(cleanQuery('aanvraag\u0000 bijstand\n'), 'aanvraag bijstand');
    assert.equal(cleanQuery('x'.repeat(5000)).length, MAX_QUERY);
    assert.equal(cleanQuery(undefined), '');
  });

  test('the match names what is shared; the reasons say it in words', () => {
    const match = similarityMatch(
      { lifeDomains: ['housing', 'income'], kinds: ['registration'], ruleCodes: ['BRP-2.39'] },
      { lifeDomains: ['housing'], kinds: ['registration', 'rule'], ruleCodes: ['BRP-2.39', 'PW-35'] }, true);
    assert.deepEqual(match, { ruleCodes: ['BRP-2.39'], kinds: ['registration'], lifeDomains: ['housing'], text: true });
    assert.deepEqual(similarityReasons({ ...match, text: false, ruleCodes: [] }), ['zelfde soort blokkade (1)', '1 gedeelde leefgebied']);
    assert.deepEqual(similarityReasons(match), ['zelfde regel: BRP-2.39', 'zelfde soort blokkade (1)', '1 gedeelde leefgebied', 'de beschrijving lijkt op die van deze casus']);
  });
});
