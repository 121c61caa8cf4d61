import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { escalateOverdue } from '../../src/decisions/escalation.ts';
import { dueOn } from '../../src/decisions/model.ts';
import { jobHandlers, schedules } from '../../src/jobs.ts';
import { addWorkingDays, amsterdamDate } from '../../src/platform/time/working-days.ts';
import { type TestApp, testApp } from '../helpers/app.ts';
import { DECIDER, MANAGER, ask, caseAtStep5 } from '../helpers/decisions.ts';
import { COORDINATOR, notificationsOf } from '../helpers/workflow.ts';

let t: TestApp;
let caseId: string;
let decisionId: string;
let due: string;
before(async () => {
  t = await testApp();
  ({ caseId } = await caseAtStep5(t, { name: 'Door Zetten', birthDate: '1975-05-05' }));
  decisionId = (await (await ask(t, caseId)).json()).id;
  due = dueOn(amsterdamDate(new Date()), 5);
});
after(() => t.close());

/** 06:45 in the Netherlands on that day, when the job runs. */
const morning = (day: string) => new Date(`${day}T06:45:00+01:00`);
const request = () => t.db.kysely.selectFrom('decision_request as d').innerJoin('mandate_level as l', 'l.id', 'd.level_id')
  .select(['l.name', 'd.due_on', 'd.escalations', 'd.status']).where('d.id', '=', decisionId).executeTakeFirstOrThrow();

test('the job runs every morning', () => {
  assert.ok(schedules.some((s) => s.kind === 'decision-escalation' && s.dailyAt));
  assert.ok('decision-escalation' in jobHandlers({ db: t.db.kysely, crypto: t.crypto, mailer: null }));
});

test('on the due day itself nothing moves', async () => {
  await escalateOverdue(t.db.kysely, t.crypto, morning(due));
  assert.deepEqual(await request(), { name: 'Teamleider', due_on: due, escalations: 0, status: 'pending' });
});

test('the working day after, the request goes up one level with a new due date; the requester is told', async () => {
  const next = addWorkingDays(due, 1);
  const report = await escalateOverdue(t.db.kysely, t.crypto, morning(next));
  assert.ok(report.escalated >= 1);
  assert.deepEqual(await request(), { name: 'Manager', due_on: dueOn(next, 5), escalations: 1, status: 'pending' });
  assert.equal((await notificationsOf(t, COORDINATOR, caseId, 'decision_escalated')).length, 1);
  assert.equal((await notificationsOf(t, MANAGER, caseId, 'decision_requested')).length, 1);
  const d = await (await t.request(`/api/cases/${caseId}/decisions/${decisionId}`, { as: COORDINATOR })).json();
  assert.deepEqual(d.route.map((s: { reason: string; level: { name: string } }) => [s.reason, s.level.name]), [['routed', 'Teamleider'], ['overdue', 'Manager']]);
  const o = await (await t.request(`/api/cases/${caseId}`, { as: COORDINATOR })).json();
  assert.ok(o.timeline.some((e: { summary: string }) => e.summary === 'Besluit niet op tijd genomen: doorgezet naar Manager'));
  const logged = await t.db.kysely.selectFrom('processing_log').select('action').where('case_id', '=', caseId).where('activity', '=', 'besluit-doorzetten').execute();
  assert.ok(logged.length >= 1);
  // The case follows the request: the team lead no longer reads it, the manager does.
  assert.equal((await t.request(`/api/cases/${caseId}`, { as: DECIDER })).status, 404);
  assert.equal((await t.request(`/api/cases/${caseId}`, { as: MANAGER })).status, 200);

  await escalateOverdue(t.db.kysely, t.crypto, morning(next));
  assert.equal((await request()).escalations, 1, 'a second run the same day does nothing');
});

test('with nobody above who can decide, it stays and everyone is reminded', async () => {
  const later = addWorkingDays((await request()).due_on, 1);
  const report = await escalateOverdue(t.db.kysely, t.crypto, morning(later));
  assert.ok(report.reminded >= 1);
  const r = await request();
  assert.deepEqual([r.name, r.escalations, r.due_on], ['Manager', 1, dueOn(later, 5)]);
  assert.equal((await notificationsOf(t, MANAGER, caseId, 'decision_overdue')).length, 1);
  assert.equal((await notificationsOf(t, COORDINATOR, caseId, 'decision_overdue')).length, 1);
});
