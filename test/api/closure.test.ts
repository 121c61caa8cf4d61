import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { followUpDueDates } from '../../src/closure/model.ts';
import { jobHandlers, schedules } from '../../src/jobs.ts';
import { amsterdamDate } from '../../src/platform/time/working-days.ts';
import { type TestApp, minimalIntake, testApp } from '../helpers/app.ts';
import { COLLEAGUE, COORDINATOR, acceptedCase, notificationsOf, userId, versionOf } from '../helpers/workflow.ts';

let t: TestApp;
let caseId: string;
before(async () => {
  t = await testApp();
  ({ caseId } = await acceptedCase(t, { name: 'Sluit Afstra', birthDate: '1968-08-08' }));
});
after(() => t.close());

const WORDS = 'Ik kan weer zelf mijn kinderen naar school brengen. Dat geeft rust.';
const patchKind = (json: Record<string, unknown>, id = caseId) => t.request(`/api/cases/${id}/kind`, { method: 'PATCH', as: COORDINATOR, json });
const close = (json: Record<string, unknown>, id = caseId, as = COORDINATOR) => t.request(`/api/cases/${id}/close`, { method: 'POST', as, json });
const fields = async (res: Response) => (await res.json()).errors.map((e: { field: string }) => e.field);
const inAYear = () => amsterdamDate(new Date(Date.now() + 365 * 86400_000));

describe('case kinds', () => {
  test('a temporary takeover needs a return date (422 naming plannedReturn)', async () => {
    const version = await versionOf(t, caseId);
    const res = await patchKind({ kind: 'takeover', version });
    assert.equal(res.status, 422);
    assert.deepEqual(await fields(res), ['plannedReturn']);
    assert.deepEqual(await fields(await patchKind({ kind: 'takeover', plannedReturn: '2001-01-01', version })), ['plannedReturn']);
    const ok = await patchKind({ kind: 'takeover', plannedReturn: inAYear(), version });
    assert.equal(ok.status, 200);
    const body = await ok.json();
    assert.equal(body.kind, 'takeover');
    assert.equal(body.plannedReturn, inAYear());
    assert.ok(body.timeline.some((e: { summary: string }) => e.summary === 'Soort casus gewijzigd in: tijdelijke overname'));
  });

  test('a stale version is 409; an unknown kind is 422', async () => {
    assert.equal((await patchKind({ kind: 'consult', version: 1 })).status, 409);
    assert.deepEqual(await fields(await patchKind({ kind: 'anders', version: await versionOf(t, caseId) })), ['kind']);
  });

  test('a takeover closes with the warm handover back written down', async () => {
    const res = await close({ outcome: 'returned', residentWords: WORDS, version: await versionOf(t, caseId) });
    assert.equal(res.status, 422);
    assert.deepEqual(await fields(res), ['outcomeNote']);
  });

  test('advice closes with "advice given" and the advice recorded; the return date goes', async () => {
    const switched = await (await patchKind({ kind: 'consult', plannedReturn: inAYear(), version: await versionOf(t, caseId) })).json();
    assert.equal(switched.kind, 'consult');
    assert.equal(switched.plannedReturn, null);
    const version = await versionOf(t, caseId);
    assert.deepEqual(await fields(await close({ outcome: 'breakthrough', residentWords: WORDS, advice: 'Bel de CAK', version })), ['outcome']);
    assert.deepEqual(await fields(await close({ outcome: 'advice_given', residentWords: WORDS, version })), ['advice']);
    await patchKind({ kind: 'breakthrough', version });
  });
});

describe('closing', () => {
  test('only the coordinator closes; outside the team the case does not exist', async () => {
    const version = await versionOf(t, caseId);
    assert.equal((await close({ outcome: 'breakthrough', residentWords: WORDS, version }, caseId, COLLEAGUE)).status, 404);
    assert.equal((await close({ outcome: 'breakthrough', residentWords: WORDS, version }, caseId, 'beslisser@voorbeeld.nl')).status, 404);
  });

  test('without the resident’s own words it is 422 naming residentWords', async () => {
    const version = await versionOf(t, caseId);
    const res = await close({ outcome: 'breakthrough', version });
    assert.equal(res.status, 422);
    assert.deepEqual(await fields(res), ['residentWords']);
    assert.deepEqual(await fields(await close({ outcome: 'breakthrough', residentWords: '   ', version })), ['residentWords']);
    assert.deepEqual(await fields(await close({ residentWords: WORDS, version })), ['outcome']);
  });

  test('not with an open handover offer', async () => {
    const offered = await t.request(`/api/cases/${caseId}/handover`, {
      method: 'POST', as: COORDINATOR, json: { toUserId: await userId(t, COLLEAGUE), note: 'Graag overnemen tijdens mijn verlof.' },
    });
    const { id } = await offered.json();
    assert.equal((await close({ outcome: 'breakthrough', residentWords: WORDS, version: await versionOf(t, caseId) })).status, 409);
    await t.request(`/api/cases/${caseId}/handover/${id}/withdraw`, { method: 'POST', as: COORDINATOR });
  });

  test('closing sets status, closer and outcome, and plans follow-ups at 3, 6 and 12 months', async () => {
    const version = await versionOf(t, caseId);
    assert.equal((await close({ outcome: 'breakthrough', residentWords: WORDS, version: version - 1 })).status, 409, 'stale version');
    const res = await close({ outcome: 'breakthrough', outcomeNote: 'De reparatie hield het vervoer op gang.', residentWords: WORDS, version });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.status, 'closed');
    assert.equal(body.outcome, 'breakthrough');
    assert.equal(body.residentWords, WORDS);
    assert.equal(body.closedBy.name, 'Rachid Regisseur');
    assert.ok(body.closedAt);
    assert.deepEqual(body.followUps.map((f: { months: number; dueOn: string; doneAt: null }) => [f.months, f.dueOn, f.doneAt]),
      followUpDueDates(amsterdamDate(new Date())).map((d) => [d.months, d.dueOn, null]));
    assert.ok(body.timeline.some((e: { summary: string }) => e.summary === 'Casus afgesloten'));
    const row = await t.db.kysely.selectFrom('cases').select(['status', 'closed_by', 'next_due']).where('id', '=', caseId).executeTakeFirstOrThrow();
    assert.equal(row.status, 'closed');
    assert.equal(row.closed_by, await userId(t, COORDINATOR));
    assert.equal(row.next_due, null);
    const logged = await t.db.kysely.selectFrom('processing_log').select('id').where('case_id', '=', caseId).where('activity', '=', 'casus-afsluiten').execute();
    assert.ok(logged.length >= 1);
  });

  test('a closed case does not close again, and its steps do not move', async () => {
    const version = await versionOf(t, caseId);
    assert.equal((await close({ outcome: 'breakthrough', residentWords: WORDS, version })).status, 409);
    assert.equal((await t.request(`/api/cases/${caseId}/steps/1/complete`, { method: 'POST', as: COORDINATOR, json: { version } })).status, 409);
  });
});

describe('follow-up', () => {
  const followUps = async () => (await (await t.request(`/api/cases/${caseId}`, { as: COORDINATOR })).json()).followUps as { id: string; months: number; dueOn: string; remindedAt: string | null }[];
  const remind = (now: Date) => {
    const handlers = jobHandlers({ db: t.db.kysely, crypto: t.crypto, mailer: null });
    const handler = handlers['follow-up-reminders'];
    return (typeof handler === 'function' ? handler : handler.run)({ id: 'x', tenantId: null, payload: {}, attempt: 1, now, signal: new AbortController().signal });
  };

  test('the daily job reminds the coordinator once of a follow-up that is due', async () => {
    assert.deepEqual(schedules.find((s) => s.kind === 'follow-up-reminders'), { name: 'follow-up-reminders', kind: 'follow-up-reminders', dailyAt: '07:00', timeZone: 'Europe/Amsterdam' });
    const [three] = await followUps();
    await remind(new Date(new Date(`${three.dueOn}T06:00:00Z`).getTime() - 86400_000));
    assert.equal((await notificationsOf(t, COORDINATOR, caseId, 'follow_up_due')).length, 0, 'not before the due date');
    await remind(new Date(`${three.dueOn}T06:00:00Z`));
    await remind(new Date(`${three.dueOn}T06:00:00Z`));
    const sent = await notificationsOf(t, COORDINATOR, caseId, 'follow_up_due');
    assert.equal(sent.length, 1, 'reminded once, however often the job runs');
    assert.deepEqual(sent[0].data, { reference: (await t.db.kysely.selectFrom('cases').select('reference').where('id', '=', caseId).executeTakeFirstOrThrow()).reference, months: 3 });
    const after = await followUps();
    assert.ok(after[0].remindedAt);
    assert.equal(after[1].remindedAt, null, 'the 6-month follow-up is not due yet');
  });

  test('recording a follow-up; a second time is 409; someone outside the team cannot', async () => {
    const [three] = await followUps();
    const path = `/api/cases/${caseId}/follow-ups/${three.id}`;
    assert.equal((await t.request(path, { method: 'POST', as: COLLEAGUE, json: { result: 'holding', reopen: false } })).status, 404);
    assert.deepEqual(await fields(await t.request(path, { method: 'POST', as: COORDINATOR, json: { result: 'goed', reopen: false } })), ['result']);
    const res = await t.request(path, { method: 'POST', as: COORDINATOR, json: { result: 'holding', note: 'Auto rijdt, jongens gaan op tijd naar school.', reopen: false } });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.status, 'closed');
    assert.equal(body.followUps[0].result, 'holding');
    assert.ok(body.followUps[0].doneAt);
    assert.ok(body.timeline.some((e: { summary: string }) => e.summary === 'Nazorg na 3 maanden: de oplossing houdt stand'));
    assert.equal((await t.request(path, { method: 'POST', as: COORDINATOR, json: { result: 'holding', reopen: false } })).status, 409);
  });

  test('a follow-up can reopen the case', async () => {
    const [, six, twelve] = await followUps();
    const res = await t.request(`/api/cases/${caseId}/follow-ups/${six.id}`, { method: 'POST', as: COORDINATOR, json: { result: 'relapsed', reopen: true } });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.status, 'active');
    assert.equal(body.closedAt, null);
    assert.equal(body.followUps[1].reopened, true);
    assert.ok(body.timeline.some((e: { summary: string }) => e.summary === 'Casus heropend na de nazorg'));
    const again = await t.request(`/api/cases/${caseId}/follow-ups/${twelve.id}`, { method: 'POST', as: COORDINATOR, json: { result: 'wavering', reopen: true } });
    assert.equal(again.status, 422);
    assert.deepEqual(await fields(again), ['reopen']);
    // A running case gets no reminders, even when a follow-up is due.
    await remind(new Date(`${twelve.dueOn}T06:00:00Z`));
    assert.equal((await notificationsOf(t, COORDINATOR, caseId, 'follow_up_due')).length, 1);
  });
});

describe('recurrence', () => {
  const intake = async (member: { name: string; birthDate: string }) => {
    const res = await t.request('/api/intakes', { method: 'POST', as: 'melder@voorbeeld.nl', json: minimalIntake({ household: { members: [member] } }) });
    return (await res.json()) as { caseId: string; linked: boolean };
  };
  const closeNow = async (id: string) => {
    const res = await close({ outcome: 'no_breakthrough', residentWords: 'Het hielp even.', version: await versionOf(t, id) }, id);
    assert.equal(res.status, 200);
  };

  test('a new intake within a year of closure counts as a recurrence, visible on the overview', async () => {
    const member = { name: 'Terug Komst', birthDate: '1990-10-10' };
    const first = await acceptedCase(t, member);
    await closeNow(first.caseId);
    const again = await intake(member);
    assert.equal(again.linked, false, 'a closed case takes no new intakes');
    assert.notEqual(again.caseId, first.caseId);
    const overview = await (await t.request(`/api/cases/${again.caseId}`, { as: COORDINATOR })).json();
    assert.equal(overview.recurrence.of, first.caseId);
    assert.equal(overview.recurrence.reference, first.reference);
    assert.ok(overview.timeline.some((e: { summary: string }) => e.summary === 'Dit huishouden kwam binnen een jaar terug na een afgesloten casus'));
  });

  test('after more than a year it is a new case, not a recurrence', async () => {
    const member = { name: 'Lang Geleden', birthDate: '1955-05-05' };
    const first = await acceptedCase(t, member);
    await closeNow(first.caseId);
    await t.db.kysely.updateTable('cases').set({ closed_at: new Date(Date.now() - 400 * 86400_000) }).where('id', '=', first.caseId).execute();
    const again = await intake(member);
    const row = await t.db.kysely.selectFrom('cases').select('recurrence_of').where('id', '=', again.caseId).executeTakeFirstOrThrow();
    assert.equal(row.recurrence_of, null);
    const overview = await (await t.request(`/api/cases/${again.caseId}`, { as: COORDINATOR })).json();
    assert.equal(overview.recurrence, null);
  });
});
