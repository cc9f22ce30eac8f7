// Mean time per workflow command over a long, realistic event sequence, reported as a ratio to a
// baseline measured in the same run: JSON.parse(JSON.stringify(snapshot)), which any persistence
// of the snapshot pays anyway. No assertions on time. Run `npx tsc -b workflows` first.
import workflows from '@disclosure-hub/workflows';

const {
  createItem,
  submit,
  approve,
  returnForChanges,
  dismissFinding,
  clearConfidentiality,
  schedule,
  publishDue,
  revise,
  publish,
  withdraw,
  emergencyPublish,
  postReview,
} = workflows;

const DEPT = 'ENV-MONITORING';
const person = (id, roles) => ({ id, departments: [{ code: DEPT, roles }] });
const a = {
  author: person('author', ['editor']),
  editor2: person('editor2', ['editor']),
  reviewer: person('reviewer', ['reviewer']),
  leader: person('leader', ['leader']),
  secrecy: person('secrecy', ['confidentiality']),
  publisher: person('publisher', ['publisher']),
  scheduler: { id: 'scheduler', departments: [], system: true },
};
const checklist = { stateSecrets: true, commercialSecrets: true, personalPrivacy: true };
const item = {
  producingDepartment: DEPT,
  category: 'incidentRelease',
  attribute: 'proactive',
  reviewLevels: ['department', 'leader'],
  scan: { scannedAt: '2026-03-02T00:00:00Z', findings: [{ id: 'f1', kind: 'mobile', status: 'open' }] },
};

/** One item's life: return, resubmit, dismiss a finding, clear, schedule, publish when due, two corrections, emergency case, withdrawal. */
function lifeOfAnItem(start) {
  let t = start;
  const now = () => new Date((t += 60_000));
  const steps = [];
  const run = (command, extra) => {
    const result = command({ stored, item, now: now(), ...extra });
    if (!result.ok) throw result.error;
    steps.push(result.snapshot);
    stored = { snapshot: result.snapshot, version: result.version };
  };
  const created = createItem({ actor: a.author, item, now: now() });
  let stored = { snapshot: created.snapshot, version: created.version };
  run(submit, { actor: a.author });
  run(returnForChanges, { actor: a.reviewer, reason: '请补充监测点位' });
  run(submit, { actor: a.author });
  run(approve, { actor: a.reviewer });
  run(approve, { actor: a.leader });
  run(dismissFinding, { actor: a.secrecy, findingId: 'f1', reason: '单位值班电话' });
  run(clearConfidentiality, { actor: a.secrecy, checklist, basis: '保密审查' });
  run(schedule, { actor: a.publisher, at: new Date(t + 3_600_000) });
  t += 2 * 3_600_000;
  run(publishDue, { actor: a.scheduler });
  for (let i = 0; i < 2; i += 1) {
    run(revise, { actor: a.editor2 });
    run(submit, { actor: a.editor2 });
    run(approve, { actor: a.reviewer });
    run(approve, { actor: a.leader });
    run(dismissFinding, { actor: a.secrecy, findingId: 'f1', reason: '单位值班电话' });
    run(clearConfidentiality, { actor: a.secrecy, checklist, basis: '保密审查' });
    run(publish, { actor: a.publisher });
  }
  run(withdraw, { actor: a.publisher, reason: '数据更正后重新发布' });
  const incident = { ...item, emergencyPublication: true, scan: { scannedAt: '2026-03-02T00:00:00Z', findings: [] } };
  const second = createItem({ actor: a.author, item: incident, now: now() });
  stored = { snapshot: second.snapshot, version: second.version };
  run(submit, { actor: a.author, item: incident });
  run(approve, { actor: a.reviewer, item: incident });
  run(emergencyPublish, { actor: a.publisher, item: incident, reason: '突发环境事件首次发布' });
  run(postReview, { actor: a.leader, item: incident, level: 'leader' });
  run(postReview, { actor: a.secrecy, item: incident, level: 'confidentiality' });
  return steps;
}

function measure(label, rounds, body) {
  body(); // warm-up
  const started = process.hrtime.bigint();
  let events = 0;
  for (let i = 0; i < rounds; i += 1) events += body();
  const ns = Number(process.hrtime.bigint() - started);
  return { label, events, meanMicros: ns / events / 1000 };
}

const rounds = Number(process.env.BENCH_ROUNDS ?? 300);
const sample = lifeOfAnItem(Date.parse('2026-03-02T01:00:00Z'));
const engine = measure(
  'workflow command (restore, rules, transition, persist)',
  rounds,
  () => lifeOfAnItem(Date.parse('2026-03-02T01:00:00Z')).length,
);
const baseline = measure('baseline: JSON.parse(JSON.stringify(snapshot))', rounds, () => {
  for (const snapshot of sample) JSON.parse(JSON.stringify(snapshot));
  return sample.length;
});

console.log(`events per item life: ${sample.length}, rounds: ${rounds}`);
console.table(
  [baseline, engine].map((row) => ({
    measurement: row.label,
    events: row.events,
    'mean µs/event': row.meanMicros.toFixed(2),
    'ratio to baseline': (row.meanMicros / baseline.meanMicros).toFixed(1),
  })),
);
