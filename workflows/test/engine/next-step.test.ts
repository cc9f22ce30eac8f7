import type { AnyStateNode } from 'xstate';
import {
  approve,
  availableEvents,
  clearConfidentiality,
  createItem,
  disclosureMachine,
  emergencyPublish,
  isNextActor,
  nextStep,
  postReview,
  returnForChanges,
  revise,
  schedule,
  submit,
  withdraw,
  type Actor,
  type AwaitedRole,
  type ItemFacts,
  type PersistedWorkflowSnapshot,
  type ReviewPolicy,
  type Role,
  type StoredWorkflow,
  type WorkflowEventType,
} from '../../src/engine';
import {
  DEPT,
  OFFICE,
  actors,
  completeChecklist,
  driveTo,
  expectOk,
  incident,
  officePolicy,
  onRequest,
  oneLevel,
  twoLevels,
  withFindings,
  withheld,
  type Milestone,
} from './fixtures';

const now = new Date('2026-03-02T01:00:00.000Z');

/** Steps beyond the ordinary chain of `driveTo`, each by the representative actor. */
const steps = {
  revise: (stored: StoredWorkflow, item: ItemFacts) =>
    expectOk(revise({ stored, actor: actors.editor2, item, now })).stored,
  submit: (stored: StoredWorkflow, item: ItemFacts) =>
    expectOk(submit({ stored, actor: actors.editor2, item, now })).stored,
  approve: (stored: StoredWorkflow, item: ItemFacts) =>
    expectOk(approve({ stored, actor: actors.reviewer, item, now })).stored,
  return: (stored: StoredWorkflow, item: ItemFacts) =>
    expectOk(returnForChanges({ stored, actor: actors.reviewer, item, now, reason: '数据有误' })).stored,
  clear: (stored: StoredWorkflow, item: ItemFacts) =>
    expectOk(
      clearConfidentiality({
        stored,
        actor: actors.secrecy,
        item,
        now,
        checklist: completeChecklist,
        basis: '保密审查',
      }),
    ).stored,
  schedule: (stored: StoredWorkflow, item: ItemFacts) =>
    expectOk(schedule({ stored, actor: actors.publisher, item, now, at: new Date('2026-03-03T01:00:00.000Z') })).stored,
  withdraw: (stored: StoredWorkflow, item: ItemFacts) =>
    expectOk(withdraw({ stored, actor: actors.publisher, item, now, reason: '信息已过时' })).stored,
  emergencyPublish: (stored: StoredWorkflow, item: ItemFacts) =>
    expectOk(emergencyPublish({ stored, actor: actors.publisher, item, now, reason: '突发环境事件首次发布' })).stored,
  postReviewByLeader: (stored: StoredWorkflow, item: ItemFacts) =>
    expectOk(postReview({ stored, actor: actors.leader, item, now, level: 'leader' })).stored,
};

/** Drives along the ordinary chain to `milestone`, then takes `then` in order. */
function reach(milestone: Milestone, item: ItemFacts, ...then: Array<keyof typeof steps>): StoredWorkflow {
  return then.reduce((stored, step) => steps[step](stored, item), driveTo(milestone, item));
}

function awaiting(
  role: Role,
  events: WorkflowEventType[],
  excludedActorIds: string[] = [],
  department = DEPT,
): AwaitedRole {
  return { role, department, events, excludedActorIds };
}

interface Row {
  readonly stage: string;
  readonly situation: string;
  readonly item: ItemFacts;
  readonly policy?: ReviewPolicy;
  readonly stored: StoredWorkflow;
  readonly waitingFor: AwaitedRole[];
  readonly excludedActorIds: string[];
  readonly editorsTurn: boolean;
  readonly editable: boolean;
}

const editing = { editorsTurn: true, editable: true } as const;
const notEditing = { editorsTurn: false, editable: false } as const;
const nothingPending = { waitingFor: [], excludedActorIds: [], ...notEditing };
const review = ['reviewer.approve', 'reviewer.return'] satisfies WorkflowEventType[];
const leaderReview = ['leader.approve', 'leader.return'] satisfies WorkflowEventType[];
const confidentialityReview = [
  'confidentiality.clear',
  'confidentiality.return',
  'confidentiality.dismissFinding',
] satisfies WorkflowEventType[];
const postReviewers = ['author', 'reviewer', 'publisher'];

const rows: Row[] = [
  {
    stage: 'draft',
    situation: 'a new item',
    item: oneLevel,
    stored: reach('draft', oneLevel),
    waitingFor: [awaiting('editor', ['editor.edit', 'editor.submit'])],
    excludedActorIds: [],
    ...editing,
  },
  {
    stage: 'departmentReview',
    situation: 'submitted by its author',
    item: oneLevel,
    stored: reach('departmentReview', oneLevel),
    waitingFor: [awaiting('reviewer', review, ['author'])],
    excludedActorIds: ['author'],
    ...notEditing,
  },
  {
    stage: 'leaderReview',
    situation: 'a two-level category',
    item: twoLevels,
    stored: reach('leaderReview', twoLevels),
    waitingFor: [awaiting('leader', leaderReview, ['author', 'reviewer'])],
    excludedActorIds: ['author', 'reviewer'],
    ...notEditing,
  },
  {
    stage: 'leaderReview',
    situation: 'a category allowing emergency publication (a choice, not the step)',
    item: incident,
    stored: reach('leaderReview', incident),
    waitingFor: [awaiting('leader', leaderReview, ['author', 'reviewer'])],
    excludedActorIds: ['author', 'reviewer'],
    ...notEditing,
  },
  {
    stage: 'confidentialityReview',
    situation: 'reviewed in the producing department',
    item: oneLevel,
    stored: reach('confidentialityReview', oneLevel),
    waitingFor: [awaiting('confidentiality', confidentialityReview, ['author', 'reviewer'])],
    excludedActorIds: ['author', 'reviewer'],
    ...notEditing,
  },
  {
    stage: 'confidentialityReview',
    situation: 'reviewed by the disclosure office',
    item: oneLevel,
    policy: officePolicy,
    stored: reach('confidentialityReview', oneLevel),
    waitingFor: [awaiting('confidentiality', confidentialityReview, ['author', 'reviewer'], OFFICE)],
    excludedActorIds: ['author', 'reviewer'],
    ...notEditing,
  },
  {
    stage: 'confidentialityReview',
    situation: 'an open scan finding (no clearance yet)',
    item: withFindings,
    stored: reach('confidentialityReview', withFindings),
    waitingFor: [awaiting('confidentiality', ['confidentiality.return', 'confidentiality.dismissFinding'], ['author'])],
    excludedActorIds: ['author'],
    ...notEditing,
  },
  {
    stage: 'changesRequested',
    situation: 'returned by the reviewer',
    item: oneLevel,
    stored: reach('departmentReview', oneLevel, 'return'),
    waitingFor: [awaiting('editor', ['editor.edit', 'editor.resubmit'])],
    excludedActorIds: [],
    ...editing,
  },
  {
    stage: 'approved',
    situation: 'cleared',
    item: oneLevel,
    stored: reach('approved', oneLevel),
    waitingFor: [awaiting('publisher', ['publisher.publish', 'publisher.schedule'])],
    excludedActorIds: [],
    ...notEditing,
  },
  {
    stage: 'scheduled',
    situation: 'the scheduler acts',
    item: oneLevel,
    stored: reach('approved', oneLevel, 'schedule'),
    ...nothingPending,
  },
  {
    stage: 'published.live',
    situation: 'an ordinary publication',
    item: oneLevel,
    stored: reach('published', oneLevel),
    ...nothingPending,
  },
  {
    stage: 'published.live',
    situation: 'an emergency publication awaiting both post-reviews',
    item: incident,
    stored: reach('leaderReview', incident, 'emergencyPublish'),
    waitingFor: [
      awaiting('leader', ['reviewer.postReview'], postReviewers),
      awaiting('confidentiality', ['reviewer.postReview'], postReviewers),
    ],
    excludedActorIds: postReviewers,
    ...notEditing,
  },
  {
    stage: 'published.live',
    situation: 'an emergency publication the leader has post-reviewed',
    item: incident,
    stored: reach('leaderReview', incident, 'emergencyPublish', 'postReviewByLeader'),
    waitingFor: [awaiting('confidentiality', ['reviewer.postReview'], postReviewers)],
    excludedActorIds: postReviewers,
    ...notEditing,
  },
  {
    stage: 'releasableOnRequest',
    situation: 'an on-request item after clearance',
    item: onRequest,
    stored: reach('approved', onRequest),
    ...nothingPending,
  },
  {
    stage: 'withheld',
    situation: 'a withheld item after clearance',
    item: withheld,
    stored: reach('approved', withheld),
    ...nothingPending,
  },
  {
    stage: 'withdrawn',
    situation: 'withdrawn by the publisher',
    item: oneLevel,
    stored: reach('published', oneLevel, 'withdraw'),
    ...nothingPending,
  },
  {
    stage: 'published.revising.draft',
    situation: 'a correction just opened',
    item: oneLevel,
    stored: reach('published', oneLevel, 'revise'),
    waitingFor: [awaiting('editor', ['editor.edit', 'editor.submit'])],
    excludedActorIds: [],
    ...editing,
  },
  {
    stage: 'published.revising.departmentReview',
    situation: 'a correction submitted by its reviser',
    item: oneLevel,
    stored: reach('published', oneLevel, 'revise', 'submit'),
    waitingFor: [awaiting('reviewer', review, ['author', 'editor2'])],
    excludedActorIds: ['author', 'editor2'],
    ...notEditing,
  },
  {
    stage: 'published.revising.leaderReview',
    situation: 'a correction in a two-level category',
    item: twoLevels,
    stored: reach('published', twoLevels, 'revise', 'submit', 'approve'),
    waitingFor: [awaiting('leader', leaderReview, ['author', 'editor2', 'reviewer'])],
    excludedActorIds: ['author', 'editor2', 'reviewer'],
    ...notEditing,
  },
  {
    stage: 'published.revising.confidentialityReview',
    situation: 'a correction the department approved',
    item: oneLevel,
    stored: reach('published', oneLevel, 'revise', 'submit', 'approve'),
    waitingFor: [awaiting('confidentiality', confidentialityReview, ['author', 'editor2', 'reviewer'])],
    excludedActorIds: ['author', 'editor2', 'reviewer'],
    ...notEditing,
  },
  {
    stage: 'published.revising.changesRequested',
    situation: 'a correction returned by the reviewer',
    item: oneLevel,
    stored: reach('published', oneLevel, 'revise', 'submit', 'return'),
    waitingFor: [awaiting('editor', ['editor.edit', 'editor.resubmit'])],
    excludedActorIds: [],
    ...editing,
  },
  {
    stage: 'published.revising.approved',
    situation: 'a cleared correction',
    item: oneLevel,
    stored: reach('published', oneLevel, 'revise', 'submit', 'approve', 'clear'),
    waitingFor: [awaiting('publisher', ['publisher.publish'])],
    excludedActorIds: [],
    ...notEditing,
  },
  {
    stage: 'published.revising.departmentReview',
    situation: 'a correction of an emergency publication still awaiting its post-reviews',
    item: incident,
    stored: reach('leaderReview', incident, 'emergencyPublish', 'revise', 'submit'),
    waitingFor: [
      awaiting('reviewer', review, ['author', 'editor2']),
      awaiting('leader', ['reviewer.postReview'], ['author', 'editor2', 'publisher']),
      awaiting('confidentiality', ['reviewer.postReview'], ['author', 'editor2', 'publisher']),
    ],
    excludedActorIds: ['author', 'editor2', 'publisher'],
    ...notEditing,
  },
];

function nextOf(row: Row) {
  return nextStep({ snapshot: row.stored.snapshot, item: row.item, ...(row.policy ? { policy: row.policy } : {}) });
}

function leafPaths(node: AnyStateNode): string[] {
  const children = Object.values(node.states);
  return children.length === 0 ? [node.path.join('.')] : children.flatMap(leafPaths);
}

describe('nextStep', () => {
  it('is tested in every state of the chart', () => {
    expect([...new Set(rows.map((row) => row.stage))].sort()).toEqual(leafPaths(disclosureMachine.root).sort());
  });

  it.each(rows)('reads $stage with $situation', (row) => {
    const [state, , revision = null] = row.stage.split('.');
    expect(nextOf(row)).toEqual({
      stage: row.stage,
      state,
      revision,
      waitingFor: row.waitingFor,
      excludedActorIds: row.excludedActorIds,
      editorsTurn: row.editorsTurn,
      editable: row.editable,
    });
  });

  it('reads the parsed snapshot like the stored JSON text', () => {
    const stored = reach('departmentReview', oneLevel);
    const parsed = JSON.parse(stored.snapshot as string) as PersistedWorkflowSnapshot;
    expect(nextStep({ snapshot: parsed, item: oneLevel })).toEqual(
      nextStep({ snapshot: stored.snapshot, item: oneLevel }),
    );
  });

  it('refuses a snapshot that is not one of this machine', () => {
    expect(() => nextStep({ snapshot: '{"status":"done"}', item: oneLevel })).toThrow(
      expect.objectContaining({ code: 'INVALID_SNAPSHOT' }),
    );
  });
});

const byStage = (stage: string, situation?: string): Row =>
  rows.find((row) => row.stage === stage && (situation === undefined || row.situation === situation))!;

/** Holds the reviewer role and wrote the item: the two-person rule must stop them. */
function authorWhoReviews(): StoredWorkflow {
  const created = expectOk(createItem({ actor: actors.editorReviewer, item: oneLevel, now })).stored;
  return expectOk(submit({ stored: created, actor: actors.editorReviewer, item: oneLevel, now })).stored;
}

describe('isNextActor', () => {
  it('refuses the author in review, although they hold the reviewer role', () => {
    const next = nextStep({ snapshot: authorWhoReviews().snapshot, item: oneLevel });
    expect(isNextActor({ actor: actors.editorReviewer, next })).toBe(false);
    expect(next.excludedActorIds).toEqual(['editorReviewer']);
  });

  it('names another reviewer of the department as next', () => {
    const next = nextStep({ snapshot: authorWhoReviews().snapshot, item: oneLevel });
    expect(isNextActor({ actor: actors.reviewer, next })).toBe(true);
  });

  const publisherWhoReviews: Actor = {
    id: 'publisher',
    departments: [{ code: DEPT, roles: ['publisher', 'reviewer', 'leader'] }],
  };

  it.each<{ stage: string; situation?: string; actor: Actor; expected: boolean }>([
    { stage: 'draft', actor: actors.author, expected: true },
    { stage: 'draft', actor: actors.editor2, expected: true },
    { stage: 'draft', actor: actors.reviewer, expected: false },
    { stage: 'draft', actor: actors.outsider, expected: false },
    { stage: 'departmentReview', actor: actors.author, expected: false },
    { stage: 'departmentReview', actor: actors.reviewer, expected: true },
    { stage: 'departmentReview', actor: actors.outsider, expected: false },
    { stage: 'leaderReview', actor: actors.leader, expected: true },
    { stage: 'leaderReview', actor: actors.publisher, expected: false },
    { stage: 'confidentialityReview', actor: actors.secrecy, expected: true },
    { stage: 'confidentialityReview', actor: actors.dual, expected: true },
    {
      stage: 'confidentialityReview',
      situation: 'reviewed by the disclosure office',
      actor: actors.officeSecrecy,
      expected: true,
    },
    {
      stage: 'confidentialityReview',
      situation: 'reviewed by the disclosure office',
      actor: actors.secrecy,
      expected: false,
    },
    { stage: 'changesRequested', actor: actors.author, expected: true },
    { stage: 'approved', actor: actors.publisher, expected: true },
    { stage: 'scheduled', actor: actors.publisher, expected: false },
    { stage: 'scheduled', actor: actors.scheduler, expected: false },
    { stage: 'published.live', actor: actors.publisher, expected: false },
    {
      stage: 'published.live',
      situation: 'an emergency publication awaiting both post-reviews',
      actor: actors.leader,
      expected: true,
    },
    {
      stage: 'published.live',
      situation: 'an emergency publication awaiting both post-reviews',
      actor: publisherWhoReviews,
      expected: false,
    },
    { stage: 'published.revising.departmentReview', actor: actors.editor2, expected: false },
    { stage: 'published.revising.departmentReview', actor: actors.reviewer, expected: true },
    {
      stage: 'published.revising.departmentReview',
      situation: 'a correction of an emergency publication still awaiting its post-reviews',
      actor: publisherWhoReviews,
      expected: true,
    },
  ])('in $stage, $actor.id is next: $expected', ({ stage, situation, actor, expected }) => {
    expect(isNextActor({ actor, next: nextOf(byStage(stage, situation)) })).toBe(expected);
  });
});

const everyone = Object.entries(actors) as Array<[keyof typeof actors, Actor]>;

function holds(actor: Actor, entry: AwaitedRole): boolean {
  return actor.departments.some(
    (membership) => membership.code === entry.department && membership.roles.includes(entry.role),
  );
}

describe.each(rows)('in $stage with $situation, isNextActor agrees with availableEvents', (row) => {
  const next = nextOf(row);

  it.each(everyone)('for %s: next exactly when offered every event of an awaited role they hold', (_name, actor) => {
    const offered = availableEvents({
      snapshot: row.stored.snapshot,
      actor,
      item: row.item,
      now,
      ...(row.policy ? { policy: row.policy } : {}),
    });
    const offeredAStep = next.waitingFor.some(
      (entry) => holds(actor, entry) && entry.events.every((type) => offered.includes(type)),
    );
    expect(isNextActor({ actor, next })).toBe(offeredAStep);
  });
});
