import {
  availableEvents,
  approve,
  createItem,
  edit,
  submit,
  whyNot,
  type Actor,
  type ItemFacts,
  type ReviewPolicy,
  type StoredWorkflow,
  type WorkflowEvent,
} from '../../src/engine';
import {
  actors,
  completeChecklist,
  driveTo,
  expectOk,
  incident,
  officePolicy,
  oneLevel,
  simulatedClock,
  twoLevels,
  withFindings,
  type Milestone,
} from './fixtures';

const clock = simulatedClock();
const now = clock.now();

function codes(input: {
  stored: StoredWorkflow;
  actor: Actor;
  event: WorkflowEvent;
  item?: ItemFacts;
  policy?: ReviewPolicy;
}): string[] {
  return whyNot({
    snapshot: input.stored.snapshot,
    actor: input.actor,
    event: input.event,
    item: input.item ?? oneLevel,
    now,
    ...(input.policy ? { policy: input.policy } : {}),
  }).map((reason) => reason.code);
}

const everyone = Object.entries(actors) as Array<[keyof typeof actors, Actor]>;

describe.each<{ milestone: Milestone; item: ItemFacts; event: WorkflowEvent; allowed: Array<keyof typeof actors> }>([
  {
    milestone: 'draft',
    item: oneLevel,
    event: { type: 'editor.submit' },
    allowed: ['author', 'editor2', 'editorReviewer'],
  },
  {
    milestone: 'draft',
    item: oneLevel,
    event: { type: 'editor.edit' },
    allowed: ['author', 'editor2', 'editorReviewer'],
  },
  {
    milestone: 'departmentReview',
    item: oneLevel,
    event: { type: 'reviewer.approve' },
    allowed: ['reviewer', 'dual', 'editorReviewer'],
  },
  {
    milestone: 'departmentReview',
    item: oneLevel,
    event: { type: 'reviewer.return', reason: '数据有误' },
    allowed: ['reviewer', 'dual', 'editorReviewer'],
  },
  { milestone: 'leaderReview', item: twoLevels, event: { type: 'leader.approve' }, allowed: ['leader'] },
  {
    milestone: 'leaderReview',
    item: twoLevels,
    event: { type: 'leader.return', reason: '表述不当' },
    allowed: ['leader'],
  },
  {
    milestone: 'confidentialityReview',
    item: oneLevel,
    event: { type: 'confidentiality.clear', checklist: completeChecklist, basis: '保密审查' },
    allowed: ['secrecy', 'dual'],
  },
  {
    milestone: 'confidentialityReview',
    item: oneLevel,
    event: { type: 'confidentiality.return', reason: '含个人信息' },
    allowed: ['secrecy', 'dual'],
  },
  { milestone: 'approved', item: oneLevel, event: { type: 'publisher.publish' }, allowed: ['publisher'] },
  {
    milestone: 'approved',
    item: oneLevel,
    event: { type: 'publisher.schedule', publishAt: '2026-03-03T01:00:00.000Z' },
    allowed: ['publisher'],
  },
  {
    milestone: 'published',
    item: oneLevel,
    event: { type: 'publisher.withdraw', reason: '信息已过时' },
    allowed: ['publisher'],
  },
  {
    milestone: 'published',
    item: oneLevel,
    event: { type: 'editor.revise' },
    allowed: ['author', 'editor2', 'editorReviewer'],
  },
])('who may send $event.type in $milestone', ({ milestone, item, event, allowed }) => {
  const stored = driveTo(milestone, item);

  it.each(everyone)('%s is allowed only if the table says so', (name, actor) => {
    expect(codes({ stored, actor, event, item }).length === 0).toBe(allowed.includes(name));
  });
});

describe('the department rule', () => {
  it.each([
    { milestone: 'draft' as const, event: { type: 'editor.submit' } as const },
    { milestone: 'departmentReview' as const, event: { type: 'reviewer.approve' } as const },
    { milestone: 'approved' as const, event: { type: 'publisher.publish' } as const },
  ])('refuses $event.type by a holder of every role in another department', ({ milestone, event }) => {
    expect(codes({ stored: driveTo(milestone), actor: actors.outsider, event })).toEqual(
      expect.arrayContaining(['NOT_IN_PRODUCING_DEPARTMENT', 'MISSING_ROLE']),
    );
  });
});

describe('the two-person rule, checked on the person', () => {
  it('refuses approval by the author even when the author holds the reviewer role', () => {
    let stored = expectOk(createItem({ actor: actors.editorReviewer, item: oneLevel, now })).stored;
    stored = expectOk(submit({ stored, actor: actors.author, item: oneLevel, now })).stored;
    expect(codes({ stored, actor: actors.editorReviewer, event: { type: 'reviewer.approve' } })).toEqual([
      'AUTHOR_CANNOT_REVIEW',
    ]);
  });

  it('refuses approval by the last editor', () => {
    let stored = expectOk(createItem({ actor: actors.author, item: oneLevel, now })).stored;
    stored = expectOk(edit({ stored, actor: actors.editorReviewer, item: oneLevel, now })).stored;
    stored = expectOk(submit({ stored, actor: actors.author, item: oneLevel, now })).stored;
    expect(codes({ stored, actor: actors.editorReviewer, event: { type: 'reviewer.approve' } })).toEqual([
      'LAST_EDITOR_CANNOT_REVIEW',
    ]);
  });

  it('refuses approval by the person who submitted the draft', () => {
    let stored = expectOk(createItem({ actor: actors.author, item: oneLevel, now })).stored;
    stored = expectOk(submit({ stored, actor: actors.editorReviewer, item: oneLevel, now })).stored;
    expect(codes({ stored, actor: actors.editorReviewer, event: { type: 'reviewer.approve' } })).toEqual([
      'SUBMITTER_CANNOT_REVIEW',
    ]);
  });

  it('refuses confidentiality clearance by the department head who approved, although they hold both roles', () => {
    let stored = driveTo('departmentReview');
    stored = expectOk(approve({ stored, actor: actors.dual, item: oneLevel, now })).stored;
    const event = { type: 'confidentiality.clear', checklist: completeChecklist, basis: '保密审查' } as const;
    expect(codes({ stored, actor: actors.dual, event })).toEqual(['ALREADY_REVIEWED_AT_ANOTHER_LEVEL']);
    expect(codes({ stored, actor: actors.secrecy, event })).toEqual([]);
  });
});

describe('the confidentiality review scope', () => {
  const event = { type: 'confidentiality.clear', checklist: completeChecklist, basis: '保密审查' } as const;

  it.each([
    { policy: 'department' as const, actor: 'secrecy' as const, allowed: true },
    { policy: 'department' as const, actor: 'officeSecrecy' as const, allowed: false },
    { policy: 'disclosureOffice' as const, actor: 'officeSecrecy' as const, allowed: true },
    { policy: 'disclosureOffice' as const, actor: 'secrecy' as const, allowed: false },
  ])('with scope $policy, $actor may clear: $allowed', ({ policy, actor, allowed }) => {
    const stored = driveTo('confidentialityReview');
    const reviewPolicy: ReviewPolicy =
      policy === 'department' ? { confidentialityReviewScope: 'department' } : officePolicy;
    const result = codes({ stored, actor: actors[actor], event, policy: reviewPolicy });
    expect(result).toEqual(allowed ? [] : ['NOT_CONFIDENTIALITY_REVIEWER']);
  });
});

describe('whyNot', () => {
  it('lists every failing rule, not just the first', () => {
    const stored = driveTo('confidentialityReview', withFindings);
    const result = codes({
      stored,
      actor: actors.outsider,
      item: withFindings,
      event: { type: 'confidentiality.clear', checklist: { stateSecrets: true } },
    });
    expect(result).toEqual(['NOT_CONFIDENTIALITY_REVIEWER', 'SCAN_NOT_CLEAN', 'CHECKLIST_INCOMPLETE']);
  });

  it('says that an event is not allowed in the state, together with the failing rules', () => {
    expect(codes({ stored: driveTo('draft'), actor: actors.author, event: { type: 'publisher.publish' } })).toEqual([
      'EVENT_NOT_ALLOWED_IN_STATE',
      'MISSING_ROLE',
      'REVIEW_LEVEL_MISSING',
      'CONFIDENTIALITY_NOT_CLEARED',
    ]);
  });

  it('names an unknown event', () => {
    const event = { type: 'editor.delete' } as unknown as WorkflowEvent;
    expect(codes({ stored: driveTo('draft'), actor: actors.author, event })).toEqual(['UNKNOWN_EVENT']);
  });

  it('gives every reason in Chinese and English', () => {
    const [reason] = whyNot({
      snapshot: driveTo('draft').snapshot,
      actor: actors.outsider,
      event: { type: 'editor.edit' },
      item: oneLevel,
      now,
    });
    expect(reason?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(reason?.message.en).toMatch(/[a-z]/);
  });

  it.each([
    { milestone: 'departmentReview' as const, event: { type: 'reviewer.return' } as const },
    { milestone: 'published' as const, event: { type: 'publisher.withdraw' } as const },
    { milestone: 'leaderReview' as const, event: { type: 'publisher.emergencyPublish' } as const },
  ])('refuses $event.type without a reason', ({ milestone, event }) => {
    const actor = event.type === 'reviewer.return' ? actors.reviewer : actors.publisher;
    const item = milestone === 'leaderReview' ? incident : oneLevel;
    expect(codes({ stored: driveTo(milestone, item), actor, item, event })).toEqual(['REASON_REQUIRED']);
  });

  it('refuses a return whose reason is only blanks', () => {
    const event = { type: 'reviewer.return', reason: '   ' } as const;
    expect(codes({ stored: driveTo('departmentReview'), actor: actors.reviewer, event })).toEqual(['REASON_REQUIRED']);
  });
});

describe('availableEvents', () => {
  it.each<{ milestone: Milestone; item: ItemFacts; actor: keyof typeof actors; expected: string[] }>([
    { milestone: 'draft', item: oneLevel, actor: 'author', expected: ['editor.edit', 'editor.submit'] },
    { milestone: 'departmentReview', item: oneLevel, actor: 'author', expected: [] },
    {
      milestone: 'departmentReview',
      item: oneLevel,
      actor: 'reviewer',
      expected: ['reviewer.approve', 'reviewer.return'],
    },
    { milestone: 'departmentReview', item: oneLevel, actor: 'publisher', expected: [] },
    { milestone: 'leaderReview', item: incident, actor: 'publisher', expected: ['publisher.emergencyPublish'] },
    { milestone: 'leaderReview', item: twoLevels, actor: 'publisher', expected: [] },
    {
      milestone: 'confidentialityReview',
      item: withFindings,
      actor: 'secrecy',
      expected: ['confidentiality.return', 'confidentiality.dismissFinding'],
    },
    {
      milestone: 'approved',
      item: oneLevel,
      actor: 'publisher',
      expected: ['publisher.publish', 'publisher.schedule'],
    },
    { milestone: 'published', item: oneLevel, actor: 'publisher', expected: ['publisher.withdraw'] },
    { milestone: 'published', item: oneLevel, actor: 'scheduler', expected: [] },
  ])('offers $actor in $milestone exactly $expected', ({ milestone, item, actor, expected }) => {
    const result = availableEvents({ snapshot: driveTo(milestone, item).snapshot, actor: actors[actor], item, now });
    expect(result).toEqual(expected);
  });
});
