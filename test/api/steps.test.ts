import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app.ts';
import { POLICY, caseOfMember, outsiderStatus } from '../helpers/access.ts';
import { COLLEAGUE, COORDINATOR, acceptedCase, fill, userId, versionOf } from '../helpers/workflow.ts';

let t: TestApp;
let caseId: string;
before(async () => {
  t = await testApp();
  ({ caseId } = await acceptedCase(t, { name: 'Stap Pieterse', birthDate: '1979-04-04' }));
});
after(() => t.close());

type Step = { number: number; name: string; state: string; missing: string[]; missingCodes: string[]; completedBy: { name: string } | null; reopenReason: string | null };
const steps = async (as = COORDINATOR) => (await t.request(`/api/cases/${caseId}/steps`, { as })).json();
const move = (step: number | string, action: 'complete' | 'reopen', json: Record<string, unknown>, as = COORDINATOR) =>
  t.request(`/api/cases/${caseId}/steps/${step}/${action}`, { method: 'POST', as, json });
const caseRow = () => t.db.kysely.selectFrom('cases').select(['step', 'version', 'next_due', 'start_due']).where('id', '=', caseId).executeTakeFirstOrThrow();

describe('step states', () => {
  test('a new case has six open steps; each says what it still needs', async () => {
    const body = await steps();
    assert.equal(body.step, 1);
    assert.deepEqual(body.steps.map((s: Step) => s.name), [
      'Aanmelding & verhaal', 'Betrokkenen & kosten', 'Perspectief', 'Knelpunt & doorbraak', 'Onderbouwing & besluit', 'Uitvoeren, volgen & leren',
    ]);
    assert.ok(body.steps.every((s: Step) => s.state === 'open'));
    // The intake brought the story and a member; the life domains are not assessed yet.
    assert.deepEqual(body.steps[0].missingCodes, ['life_domain']);
    assert.match(body.steps[0].missing[0], /leefgebied/);
    assert.deepEqual(body.steps[5].missingCodes, ['plan_action']);
  });

  test('completing a step with missing essentials is 422 listing them under the field "step"; nothing moves', async () => {
    const before = await caseRow();
    const res = await move(1, 'complete', { version: before.version });
    assert.equal(res.status, 422);
    const problem = await res.json();
    assert.deepEqual(problem.errors.map((e: { field: string }) => e.field), ['step']);
    assert.match(problem.errors[0].message, /leefgebied/);
    const res4 = await move(4, 'complete', { version: before.version });
    assert.equal((await res4.json()).errors.length, 3, 'problem, kind and proposed step are all named');
    assert.deepEqual(await caseRow(), before);
  });

  test('completing step 1 moves the case to step 2, on the timeline and in the processing log', async () => {
    await fill(t, caseId, ['life_domain']);
    const { version } = await caseRow();
    const res = await move(1, 'complete', { version });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.step, 2);
    assert.equal(body.version, version + 1);
    assert.equal(body.steps[0].state, 'complete');
    assert.equal(body.steps[0].completedBy.name, 'Rachid Regisseur');
    const row = await caseRow();
    assert.equal(row.step, 2);
    assert.equal(row.next_due, null, 'past step 1 the start date no longer applies');
    const overview = await (await t.request(`/api/cases/${caseId}`, { as: COORDINATOR })).json();
    assert.ok(overview.timeline.some((e: { summary: string }) => e.summary === 'Stap 1 afgerond: Aanmelding & verhaal'));
    assert.deepEqual(overview.steps, body.steps, 'the overview carries the same step list');
    assert.equal(overview.step, 2);
    const logged = await t.db.kysely.selectFrom('processing_log').select('activity')
      .where('case_id', '=', caseId).where('activity', '=', 'stap-afronden').execute();
    assert.ok(logged.length >= 1);
  });

  test('a stale version is 409 and changes nothing', async () => {
    await fill(t, caseId, ['involvement']);
    const { version } = await caseRow();
    const res = await move(2, 'complete', { version: version - 1 });
    assert.equal(res.status, 409);
    assert.match((await res.json()).detail, /stap 2/);
    assert.equal((await caseRow()).version, version);
    assert.equal((await steps()).steps[1].state, 'open');
  });

  test('a step completed out of order leaves the case at the first incomplete step', async () => {
    await fill(t, caseId, ['perspective']);
    const res = await move(3, 'complete', { version: await versionOf(t, caseId) });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.step, 2);
    assert.deepEqual(body.steps.map((s: Step) => s.state), ['complete', 'open', 'complete', 'open', 'open', 'open']);
  });

  test('completing a completed step, or reopening an open one, is 409', async () => {
    assert.equal((await move(3, 'complete', { version: await versionOf(t, caseId) })).status, 409);
    assert.equal((await move(2, 'reopen', { version: await versionOf(t, caseId) })).status, 409);
  });

  test('reopening sends the case back to that step, with the reason kept', async () => {
    const res = await move(1, 'reopen', { version: await versionOf(t, caseId), reason: 'Nieuwe informatie over de schulden' });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.step, 1);
    assert.equal(body.steps[0].state, 'open');
    assert.equal(body.steps[0].reopenReason, 'Nieuwe informatie over de schulden');
    assert.equal(body.steps[0].completedBy, null);
    const row = await caseRow();
    assert.equal(row.next_due, row.start_due, 'back at step 1 the start date applies again');
    const overview = await (await t.request(`/api/cases/${caseId}`, { as: COORDINATOR })).json();
    assert.ok(overview.timeline.some((e: { summary: string }) => e.summary === 'Stap 1 heropend: Aanmelding & verhaal'));
    const data = await t.db.kysely.selectFrom('case_event').select('data').where('case_id', '=', caseId).where('type', '=', 'step_reopened').executeTakeFirstOrThrow();
    assert.doesNotMatch(JSON.stringify(data), /schulden/, 'the timeline holds no free text');
  });

  test('with every essential there, all six steps complete and the case stands at step 6', async () => {
    await fill(t, caseId, ['blocker', 'cost_sum', 'plan_action']);
    for (const step of [1, 2, 4, 5, 6]) {
      const res = await move(step, 'complete', { version: await versionOf(t, caseId) });
      assert.equal(res.status, 200, `stap ${step}`);
    }
    const body = await steps();
    assert.ok(body.steps.every((s: Step) => s.state === 'complete' && s.missing.length === 0));
    assert.equal(body.step, 6);
  });

  test('an unknown step number is 422', async () => {
    const res = await move(7, 'complete', { version: await versionOf(t, caseId) });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).errors[0].field, 'step');
  });
});

describe('who may move steps', () => {
  test('outside the team the case does not exist', async () => {
    for (const who of [COLLEAGUE, POLICY, 'regisseur@elders.nl']) {
      assert.equal((await t.request(`/api/cases/${caseId}/steps`, { as: who })).status, outsiderStatus(who), who);
      assert.equal((await move(6, 'reopen', { version: 1 }, who)).status, outsiderStatus(who), who);
    }
  });

  test('a reader sees the steps but cannot move them', async () => {
    const reader = await userId(t, 'beslisser@voorbeeld.nl');
    assert.equal((await t.request(`/api/cases/${caseId}/team`, { method: 'POST', as: COORDINATOR, json: { userId: reader, role: 'reader' } })).status, 200);
    assert.equal((await t.request(`/api/cases/${caseId}/steps`, { as: 'beslisser@voorbeeld.nl' })).status, 200);
    assert.equal((await move(6, 'reopen', { version: await versionOf(t, caseId) }, 'beslisser@voorbeeld.nl')).status, 403);
  });

  test('a contributing colleague can move steps', async () => {
    const colleague = await userId(t, COLLEAGUE);
    await t.request(`/api/cases/${caseId}/team`, { method: 'POST', as: COORDINATOR, json: { userId: colleague, role: 'contributor' } });
    const res = await move(6, 'reopen', { version: await versionOf(t, caseId) }, COLLEAGUE);
    assert.equal(res.status, 200);
    assert.equal((await res.json()).step, 6);
  });

  test('a partner on the team sees step states without reopen reasons, and cannot move them', async () => {
    const { caseId: vanDijk } = await caseOfMember(t, 'Lotte van Dijk');
    const res = await t.request(`/api/cases/${vanDijk}/steps`, { as: 'partner@woonstad.nl' });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.ok(body.steps.every((s: Step) => s.reopenReason === null));
    const moved = await t.request(`/api/cases/${vanDijk}/steps/1/complete`, { method: 'POST', as: 'partner@woonstad.nl', json: { version: body.version } });
    assert.equal(moved.status, 403);
  });
});
