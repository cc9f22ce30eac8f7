import { WorkflowError } from '../../src/errors';
import {
  applyEvent,
  approve,
  clearConfidentiality,
  createItem,
  dismissFinding,
  emergencyPublish,
  postReview,
  publish,
  publishDue,
  restoreSnapshot,
  returnForChanges,
  revise,
  schedule,
  submit,
  unschedule,
  whyNot,
  withdraw,
  workflowStatus,
  type CommandResult,
  type ItemFacts,
  type StoredWorkflow,
  type WorkflowEvent,
} from '../../src/engine';
import {
  actors,
  completeChecklist,
  driveTo,
  expectOk,
  incident,
  onRequest,
  oneLevel,
  simulatedClock,
  twoLevels,
  withFindings,
  withheld,
} from './fixtures';

const basis = '《保密审查办法》第五条';

function errorOf(result: CommandResult): { error: WorkflowError; codes: string[] } {
  if (result.ok) throw new Error(`expected a refusal, got state ${JSON.stringify(result.state)}`);
  const reasons = (result.error.details.reasons ?? []) as Array<{ code: string }>;
  return { error: result.error, codes: reasons.map((reason) => reason.code) };
}

describe('an ordinary publication with a one-level catalogue', () => {
  const clock = simulatedClock();
  const item = oneLevel;
  const created = expectOk(createItem({ actor: actors.author, item, now: clock.now() }));
  const submitted = expectOk(
    submit({ stored: created.stored, expectedVersion: 1, actor: actors.author, item, now: clock.now() }),
  );
  const approved = expectOk(
    approve({ stored: submitted.stored, expectedVersion: 2, actor: actors.reviewer, item, now: clock.now() }),
  );
  const cleared = expectOk(
    clearConfidentiality({
      stored: approved.stored,
      actor: actors.secrecy,
      item,
      now: clock.now(),
      checklist: completeChecklist,
      basis,
    }),
  );
  const published = expectOk(publish({ stored: cleared.stored, actor: actors.publisher, item, now: clock.now() }));

  it('moves draft → departmentReview → confidentialityReview → approved → published', () => {
    expect([created, submitted, approved, cleared, published].map((step) => step.state.state)).toEqual([
      'draft',
      'departmentReview',
      'confidentialityReview',
      'approved',
      'published',
    ]);
  });

  it('increments the version by one per command', () => {
    expect([created, submitted, approved, cleared, published].map((step) => step.version)).toEqual([1, 2, 3, 4, 5]);
  });

  it('asks for publishing and indexing after commit', () => {
    expect(published.effects).toEqual([
      { kind: 'publish', version: 1, replaces: null, emergency: false },
      { kind: 'index' },
    ]);
  });

  it('notifies the next reviewers when the item moves on', () => {
    expect(submitted.effects).toEqual([
      {
        kind: 'notify',
        template: 'reviewRequested',
        recipients: [{ kind: 'role', role: 'reviewer', department: item.producingDepartment }],
      },
    ]);
  });

  it('audits the confidentiality conclusion with the checklist, basis, reviewer, date and scan', () => {
    expect(cleared.audit).toMatchObject({
      actorId: 'secrecy',
      at: '2026-03-02T01:00:00.000Z',
      from: 'confidentialityReview',
      to: 'approved',
      event: 'confidentiality.clear',
      confidentiality: { checklist: completeChecklist, basis, reviewerId: 'secrecy', attribute: 'proactive' },
      scan: { findings: 0, open: 0 },
    });
  });
});

describe('a two-level catalogue', () => {
  it('requires the leader after the department', () => {
    const stored = driveTo('leaderReview', twoLevels);
    const result = expectOk(approve({ stored, actor: actors.leader, item: twoLevels, now: new Date() }));
    expect(result.state.state).toBe('confidentialityReview');
    expect(result.audit.event).toBe('leader.approve');
  });

  it('refuses clearance when the catalogue gained a level the item has not passed', () => {
    const stored = driveTo('confidentialityReview', oneLevel);
    const result = clearConfidentiality({
      stored,
      actor: actors.secrecy,
      item: twoLevels,
      now: new Date(),
      checklist: completeChecklist,
      basis,
    });
    expect(errorOf(result).codes).toEqual(['REVIEW_LEVEL_MISSING']);
  });
});

describe('returns for changes', () => {
  it.each([
    {
      milestone: 'departmentReview' as const,
      item: oneLevel,
      actor: actors.reviewer,
      event: 'reviewer.return',
      level: 'department',
    },
    {
      milestone: 'leaderReview' as const,
      item: twoLevels,
      actor: actors.leader,
      event: 'leader.return',
      level: 'leader',
    },
    {
      milestone: 'confidentialityReview' as const,
      item: oneLevel,
      actor: actors.secrecy,
      event: 'confidentiality.return',
      level: 'confidentiality',
    },
  ])('sends the item back from $milestone with the reason in the audit', ({ milestone, item, actor, event }) => {
    const result = expectOk(
      returnForChanges({ stored: driveTo(milestone, item), actor, item, now: new Date(), reason: '请核对数据' }),
    );
    expect(result.state.state).toBe('changesRequested');
    expect(result.audit).toMatchObject({ event, reason: '请核对数据', to: 'changesRequested' });
  });

  it('starts a new round on resubmission: earlier approvals no longer count', () => {
    let stored = driveTo('confidentialityReview');
    stored = expectOk(
      returnForChanges({ stored, actor: actors.secrecy, item: oneLevel, now: new Date(), reason: '含手机号' }),
    ).stored;
    const resubmitted = expectOk(submit({ stored, actor: actors.author, item: oneLevel, now: new Date() }));
    expect(resubmitted.audit.event).toBe('editor.resubmit');
    expect(resubmitted.state.state).toBe('departmentReview');
    expect(restoreSnapshot(resubmitted.snapshot).context.approvals).toEqual({});
  });

  it('refuses a return without a reason', () => {
    const result = returnForChanges({
      stored: driveTo('departmentReview'),
      actor: actors.reviewer,
      item: oneLevel,
      now: new Date(),
      reason: '',
    });
    expect(errorOf(result).error.code).toBe('RULE_FAILED');
    expect(errorOf(result).codes).toEqual(['REASON_REQUIRED']);
  });
});

describe('scan findings', () => {
  it('refuses clearance while a finding is open, and clears once it is dismissed with a reason', () => {
    let stored = driveTo('confidentialityReview', withFindings);
    const clear = (at: StoredWorkflow) =>
      clearConfidentiality({
        stored: at,
        actor: actors.secrecy,
        item: withFindings,
        now: new Date(),
        checklist: completeChecklist,
        basis,
      });
    expect(errorOf(clear(stored)).codes).toEqual(['SCAN_NOT_CLEAN']);
    const dismissed = expectOk(
      dismissFinding({
        stored,
        actor: actors.secrecy,
        item: withFindings,
        now: new Date(),
        findingId: 'f1',
        reason: '单位公开值班电话',
      }),
    );
    expect(dismissed.audit).toMatchObject({
      findingId: 'f1',
      reason: '单位公开值班电话',
      scan: { dismissed: 1, redacted: 1, open: 0 },
    });
    stored = dismissed.stored;
    expect(expectOk(clear(stored)).state.state).toBe('approved');
  });

  it('refuses clearance before any scan has run', () => {
    const item: ItemFacts = { ...oneLevel, scan: null };
    const result = clearConfidentiality({
      stored: driveTo('confidentialityReview', item),
      actor: actors.secrecy,
      item,
      now: new Date(),
      checklist: completeChecklist,
      basis,
    });
    expect(errorOf(result).codes).toEqual(['SCAN_MISSING']);
  });

  it('refuses dismissing a finding that was already redacted', () => {
    const result = dismissFinding({
      stored: driveTo('confidentialityReview', withFindings),
      actor: actors.secrecy,
      item: withFindings,
      now: new Date(),
      findingId: 'f2',
      reason: '已处理',
    });
    expect(errorOf(result).codes).toEqual(['FINDING_NOT_OPEN']);
  });
});

describe('disclosure attributes', () => {
  it('ends an on-request item in releasableOnRequest, never listed publicly', () => {
    const stored = driveTo('confidentialityReview', onRequest);
    const result = expectOk(
      clearConfidentiality({
        stored,
        actor: actors.secrecy,
        item: onRequest,
        now: new Date(),
        checklist: completeChecklist,
        basis,
      }),
    );
    expect(result.state).toMatchObject({ state: 'releasableOnRequest', online: false });
    expect(result.effects.filter((effect) => effect.kind === 'publish' || effect.kind === 'index')).toEqual([]);
    expect(
      errorOf(publish({ stored: expectOk(result).stored, actor: actors.publisher, item: onRequest, now: new Date() }))
        .error.code,
    ).toBe('EVENT_NOT_ALLOWED');
  });

  it('ends a withheld item in withheld', () => {
    const stored = driveTo('confidentialityReview', withheld);
    const result = expectOk(
      clearConfidentiality({
        stored,
        actor: actors.secrecy,
        item: withheld,
        now: new Date(),
        checklist: completeChecklist,
        basis,
      }),
    );
    expect(result.state.state).toBe('withheld');
  });

  it('refuses to submit a withheld item without its exemption basis', () => {
    const item: ItemFacts = { ...withheld, exemptionBasis: null };
    const stored = driveTo('draft', item);
    expect(errorOf(submit({ stored, actor: actors.author, item, now: new Date() })).codes).toEqual([
      'EXEMPTION_BASIS_REQUIRED',
    ]);
  });

  it('refuses to publish when the attribute changed after clearance', () => {
    const stored = driveTo('approved');
    const result = publish({ stored, actor: actors.publisher, item: withheld, now: new Date() });
    expect(errorOf(result).codes).toEqual(['ATTRIBUTE_FORBIDS_PUBLICATION', 'ATTRIBUTE_CHANGED_SINCE_CLEARANCE']);
  });
});

describe('scheduled publication on a simulated clock', () => {
  const clock = simulatedClock('2026-03-02T01:00:00.000Z');
  const approvedItem = driveTo('approved', oneLevel, clock.now);
  const publishAt = new Date('2026-03-02T09:00:00.000Z');
  const scheduled = expectOk(
    schedule({ stored: approvedItem, actor: actors.publisher, item: oneLevel, now: clock.now(), at: publishAt }),
  );

  it('asks the caller to schedule the publication', () => {
    expect(scheduled.state).toMatchObject({ state: 'scheduled', scheduledAt: '2026-03-02T09:00:00.000Z' });
    expect(scheduled.effects).toEqual([{ kind: 'schedule', at: '2026-03-02T09:00:00.000Z' }]);
  });

  it('does not publish before the time', () => {
    clock.advance(7 * 60 + 59);
    expect(
      errorOf(publishDue({ stored: scheduled.stored, actor: actors.scheduler, item: oneLevel, now: clock.now() }))
        .codes,
    ).toEqual(['SCHEDULE_NOT_DUE']);
  });

  it('publishes at the time, by the system actor', () => {
    clock.advance(1);
    const result = expectOk(
      publishDue({ stored: scheduled.stored, actor: actors.scheduler, item: oneLevel, now: clock.now() }),
    );
    expect(result.state.state).toBe('published');
    expect(result.audit).toMatchObject({
      actorId: 'scheduler',
      at: '2026-03-02T09:00:00.000Z',
      event: 'system.publishDue',
    });
  });

  it('refuses the due event from a person', () => {
    expect(
      errorOf(publishDue({ stored: scheduled.stored, actor: actors.publisher, item: oneLevel, now: clock.now() }))
        .codes,
    ).toEqual(['NOT_SYSTEM_ACTOR']);
  });

  it('does not let the system actor publish an item nobody scheduled', () => {
    const result = applyEvent({
      stored: approvedItem,
      actor: actors.scheduler,
      item: oneLevel,
      now: clock.now(),
      event: { type: 'publisher.publish' },
    });
    expect(errorOf(result).codes).toEqual(['NOT_IN_PRODUCING_DEPARTMENT', 'MISSING_ROLE']);
  });

  it('refuses a schedule in the past', () => {
    const result = schedule({
      stored: approvedItem,
      actor: actors.publisher,
      item: oneLevel,
      now: clock.now(),
      at: new Date('2026-03-01T00:00:00Z'),
    });
    expect(errorOf(result).codes).toEqual(['SCHEDULE_NOT_IN_FUTURE']);
  });

  it('refuses a schedule with an invalid time', () => {
    const result = schedule({
      stored: approvedItem,
      actor: actors.publisher,
      item: oneLevel,
      now: clock.now(),
      at: new Date('nonsense'),
    });
    expect(errorOf(result).codes).toEqual(['SCHEDULE_INVALID']);
  });

  it('returns to approved when unscheduled, cancelling the job', () => {
    const result = expectOk(
      unschedule({ stored: scheduled.stored, actor: actors.publisher, item: oneLevel, now: clock.now() }),
    );
    expect(result.state).toMatchObject({ state: 'approved', scheduledAt: null });
    expect(result.effects).toEqual([{ kind: 'schedule', at: null }]);
  });
});

describe('emergency publication', () => {
  const now = new Date('2026-03-02T01:00:00.000Z');
  const atLeader = driveTo('leaderReview', incident);
  const emergency = expectOk(
    emergencyPublish({
      stored: atLeader,
      actor: actors.publisher,
      item: incident,
      now,
      reason: '突发环境事件首次发布',
    }),
  );

  it('publishes, flagged, with the skipped levels pending review', () => {
    expect(emergency.state).toMatchObject({
      state: 'published',
      online: true,
      postReviewPending: ['leader', 'confidentiality'],
    });
    expect(emergency.effects).toContainEqual({ kind: 'publish', version: 1, replaces: null, emergency: true });
  });

  it('shows the reason and the skipped levels in the audit', () => {
    expect(emergency.audit.emergency).toMatchObject({
      by: 'publisher',
      reason: '突发环境事件首次发布',
      skippedLevels: ['leader', 'confidentiality'],
    });
  });

  it('asks the skipped levels to review afterwards', () => {
    expect(emergency.effects).toContainEqual({
      kind: 'notify',
      template: 'postReviewRequested',
      recipients: [
        { kind: 'role', role: 'leader', department: incident.producingDepartment },
        { kind: 'role', role: 'confidentiality', department: incident.producingDepartment },
      ],
    });
  });

  it('refuses without a written reason', () => {
    expect(
      errorOf(emergencyPublish({ stored: atLeader, actor: actors.publisher, item: incident, now, reason: '' })).codes,
    ).toEqual(['REASON_REQUIRED']);
  });

  it('refuses before the department review', () => {
    const stored = driveTo('departmentReview', incident);
    const result = emergencyPublish({ stored, actor: actors.publisher, item: incident, now, reason: '突发' });
    expect(errorOf(result).codes).toEqual(['DEPARTMENT_REVIEW_MISSING']);
  });

  it('clears the pending reviews level by level, then refuses another', () => {
    const byLeader = expectOk(
      postReview({ stored: emergency.stored, actor: actors.leader, item: incident, now, level: 'leader' }),
    );
    expect(byLeader.state.postReviewPending).toEqual(['confidentiality']);
    const bySecrecy = expectOk(
      postReview({ stored: byLeader.stored, actor: actors.secrecy, item: incident, now, level: 'confidentiality' }),
    );
    expect(bySecrecy.state.postReviewPending).toEqual([]);
    expect(bySecrecy.audit.postReview).toMatchObject({ level: 'confidentiality', by: 'secrecy' });
    const again = postReview({ stored: bySecrecy.stored, actor: actors.leader, item: incident, now, level: 'leader' });
    expect(errorOf(again).codes).toEqual(['NO_POST_REVIEW_PENDING']);
  });

  it('refuses a post-review by someone without the role of the skipped level', () => {
    const result = postReview({
      stored: emergency.stored,
      actor: actors.reviewer,
      item: incident,
      now,
      level: 'leader',
    });
    expect(errorOf(result).codes).toEqual(['MISSING_ROLE', 'ALREADY_REVIEWED_AT_ANOTHER_LEVEL']);
  });
});

describe('emergency publication only where the catalogue allows it', () => {
  const now = new Date('2026-03-02T01:00:00.000Z');
  const reason = '突发环境事件首次发布';

  function reasonsOf(item: ItemFacts): string[] {
    return whyNot({
      snapshot: driveTo('leaderReview', item).snapshot,
      actor: actors.publisher,
      item,
      event: { type: 'publisher.emergencyPublish', reason },
      now,
    }).map((failure) => failure.code);
  }

  it.each([
    { catalogue: 'says nothing', item: twoLevels },
    { catalogue: 'says no', item: { ...twoLevels, emergencyPublication: false } },
  ])('refuses the publisher when the catalogue $catalogue', ({ item }) => {
    expect(reasonsOf(item)).toEqual(['EMERGENCY_PUBLICATION_NOT_ALLOWED']);
  });

  it('accepts the publisher when the catalogue allows it', () => {
    expect(reasonsOf(incident)).toEqual([]);
  });

  it('refuses the command in a category without the flag, as a rule failure', () => {
    const result = emergencyPublish({
      stored: driveTo('leaderReview', twoLevels),
      actor: actors.publisher,
      item: twoLevels,
      now,
      reason,
    });
    const { error, codes } = errorOf(result);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.code).toBe('RULE_FAILED');
    expect(codes).toEqual(['EMERGENCY_PUBLICATION_NOT_ALLOWED']);
  });

  it('names the category rule first, before every other reason', () => {
    const result = emergencyPublish({
      stored: driveTo('departmentReview', twoLevels),
      actor: actors.outsider,
      item: twoLevels,
      now,
      reason: '',
    });
    expect(errorOf(result).codes[0]).toBe('EMERGENCY_PUBLICATION_NOT_ALLOWED');
  });

  it('refuses item facts whose flag is not a boolean', () => {
    const item = { ...incident, emergencyPublication: 'yes' } as unknown as ItemFacts;
    const result = emergencyPublish({
      stored: driveTo('leaderReview', incident),
      actor: actors.publisher,
      item,
      now,
      reason,
    });
    expect(errorOf(result).error.code).toBe('INVALID_INPUT');
  });
});

describe('the post-review due date of an emergency publication', () => {
  function publishInEmergency(at: string) {
    const clock = () => new Date(at);
    const stored = driveTo('leaderReview', incident, clock);
    return expectOk(
      emergencyPublish({
        stored,
        actor: actors.publisher,
        item: incident,
        now: clock(),
        reason: '突发环境事件首次发布',
      }),
    );
  }

  it.each([
    { when: 'on a Monday', at: '2026-03-02T01:00:00.000Z', due: '2026-03-03' },
    { when: 'on a Friday, across the weekend', at: '2026-03-06T02:00:00.000Z', due: '2026-03-09' },
    {
      when: 'early on a Friday in Shanghai (still Thursday in UTC)',
      at: '2026-03-05T16:30:00.000Z',
      due: '2026-03-09',
    },
    { when: 'on the Friday before the Qingming holiday', at: '2026-04-03T02:00:00.000Z', due: '2026-04-07' },
    { when: 'on the eve of the National Day holiday', at: '2026-09-30T02:00:00.000Z', due: '2026-10-08' },
    { when: 'on a Friday before a make-up working Saturday', at: '2026-05-08T02:00:00.000Z', due: '2026-05-09' },
  ])('is 1 working day later when published $when', ({ at, due }) => {
    const result = publishInEmergency(at);
    expect(result.state.postReviewDueDate).toBe(due);
    expect(result.audit.emergency?.postReviewDueDate).toBe(due);
  });

  it('is gone once every skipped level has reviewed', () => {
    const now = new Date('2026-03-03T01:00:00.000Z');
    const published = publishInEmergency('2026-03-02T01:00:00.000Z');
    const stored = expectOk(
      postReview({ stored: published.stored, actor: actors.leader, item: incident, now, level: 'leader' }),
    ).stored;
    const done = expectOk(postReview({ stored, actor: actors.secrecy, item: incident, now, level: 'confidentiality' }));
    expect(done.state.postReviewDueDate).toBeNull();
  });

  it('is null for an ordinary publication', () => {
    expect(workflowStatus(restoreSnapshot(driveTo('published').snapshot)).postReviewDueDate).toBeNull();
  });

  it('reads as null from a snapshot stored before the field existed, and the workflow goes on', () => {
    const published = publishInEmergency('2026-03-02T01:00:00.000Z');
    const { postReviewDueDate: _dropped, ...oldRecord } = published.snapshot.context.emergency!;
    const old = { ...published.snapshot, context: { ...published.snapshot.context, emergency: oldRecord } };

    expect(workflowStatus(restoreSnapshot(old)).postReviewDueDate).toBeNull();
    const next = postReview({
      stored: { snapshot: JSON.stringify(old), version: published.version },
      actor: actors.leader,
      item: incident,
      now: new Date('2026-03-03T01:00:00.000Z'),
      level: 'leader',
    });
    expect(expectOk(next).state).toMatchObject({ postReviewPending: ['confidentiality'], postReviewDueDate: null });
  });

  it('refuses a stored due date that is not a string', () => {
    const published = publishInEmergency('2026-03-02T01:00:00.000Z');
    const context = published.snapshot.context;
    const corrupt = {
      ...published.snapshot,
      context: { ...context, emergency: { ...context.emergency, postReviewDueDate: 20260303 } },
    };
    expect(() => restoreSnapshot(corrupt)).toThrow(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });
});

describe('an incident follow-up release (续报)', () => {
  const now = new Date('2026-03-02T01:00:00.000Z');
  const first = driveTo('published', incident);
  const revising = expectOk(revise({ stored: first, actor: actors.editor2, item: incident, now }));
  const inReview = expectOk(submit({ stored: revising.stored, actor: actors.editor2, item: incident, now }));
  const approved = expectOk(approve({ stored: inReview.stored, actor: actors.reviewer, item: incident, now }));

  it('may go out by emergency publication after the department review, replacing the online version', () => {
    const followUp = expectOk(
      emergencyPublish({ stored: approved.stored, actor: actors.publisher, item: incident, now, reason: '续报' }),
    );

    expect(followUp.state).toMatchObject({ state: 'published', revision: null, online: true });
    expect(followUp.state.postReviewPending).toEqual(expect.arrayContaining(['confidentiality']));
    expect(followUp.effects).toContainEqual({ kind: 'publish', version: 2, replaces: 1, emergency: true });
  });

  it('is refused in a category the catalogue does not mark', () => {
    const plain = { ...incident, emergencyPublication: false };
    const result = emergencyPublish({
      stored: approved.stored,
      actor: actors.publisher,
      item: plain,
      now,
      reason: '续报',
    });

    expect(errorOf(result).codes).toEqual(['EMERGENCY_PUBLICATION_NOT_ALLOWED']);
  });
});

describe('corrections of a published item', () => {
  const now = new Date('2026-03-02T01:00:00.000Z');
  const v1 = driveTo('published');
  const revising = expectOk(revise({ stored: v1, actor: actors.editor2, item: oneLevel, now }));
  const inReview = expectOk(submit({ stored: revising.stored, actor: actors.editor2, item: oneLevel, now }));

  it('keeps the published version online while the revision goes through the chain', () => {
    expect(revising.state).toMatchObject({ state: 'published', revision: 'draft', online: true });
    expect(inReview.state).toMatchObject({ state: 'published', revision: 'departmentReview', online: true });
    expect([...revising.effects, ...inReview.effects].filter((effect) => effect.kind === 'unpublish')).toEqual([]);
  });

  it('refuses the reviser as reviewer of the revision', () => {
    const reviser = {
      ...actors.editor2,
      departments: [{ code: oneLevel.producingDepartment, roles: ['editor', 'reviewer'] as const }],
    };
    expect(errorOf(approve({ stored: inReview.stored, actor: reviser, item: oneLevel, now })).codes).toEqual([
      'AUTHOR_CANNOT_REVIEW',
    ]);
  });

  it('replaces the online version when the revision is published', () => {
    let stored = expectOk(approve({ stored: inReview.stored, actor: actors.reviewer, item: oneLevel, now })).stored;
    stored = expectOk(
      clearConfidentiality({ stored, actor: actors.secrecy, item: oneLevel, now, checklist: completeChecklist, basis }),
    ).stored;
    const v2 = expectOk(publish({ stored, actor: actors.publisher, item: oneLevel, now }));
    expect(v2.state).toMatchObject({ state: 'published', revision: null, online: true });
    expect(v2.effects).toEqual([{ kind: 'publish', version: 2, replaces: 1, emergency: false }, { kind: 'index' }]);
    expect(v2.audit).toMatchObject({ from: 'published.revising.approved', to: 'published.live' });
  });

  it('takes everything offline when withdrawn during a revision', () => {
    const result = expectOk(
      withdraw({ stored: inReview.stored, actor: actors.publisher, item: oneLevel, now, reason: '数据来源变更' }),
    );
    expect(result.state).toMatchObject({ state: 'withdrawn', online: false, revision: null });
  });
});

describe('withdrawal', () => {
  const now = new Date();

  it('unpublishes and unindexes with the public reason', () => {
    const result = expectOk(
      withdraw({ stored: driveTo('published'), actor: actors.publisher, item: oneLevel, now, reason: '信息有误' }),
    );
    expect(result.state.state).toBe('withdrawn');
    expect(result.effects.slice(0, 2)).toEqual([{ kind: 'unpublish', reason: '信息有误' }, { kind: 'unindex' }]);
    expect(result.audit.reason).toBe('信息有误');
  });

  it('refuses without a reason', () => {
    const result = withdraw({
      stored: driveTo('published'),
      actor: actors.publisher,
      item: oneLevel,
      now,
      reason: ' ',
    });
    expect(errorOf(result).codes).toEqual(['REASON_REQUIRED']);
  });
});

describe('snapshot persistence', () => {
  it('round-trips through JSON without change', () => {
    const stored = driveTo('published');
    const parsed = JSON.parse(stored.snapshot as string) as object;
    const again = expectOk(
      revise({
        stored: { snapshot: parsed, version: stored.version } as StoredWorkflow,
        actor: actors.author,
        item: oneLevel,
        now: new Date(),
      }),
    );
    expect(JSON.parse(JSON.stringify(again.snapshot))).toEqual(again.snapshot);
    expect(restoreSnapshot(JSON.stringify(again.snapshot)).value).toEqual({ published: { revising: 'draft' } });
  });

  it('gives whyNot the same answer from the string and from the parsed object', () => {
    const stored = driveTo('departmentReview');
    const ask = (snapshot: StoredWorkflow['snapshot']) =>
      whyNot({ snapshot, actor: actors.author, item: oneLevel, event: { type: 'reviewer.approve' }, now: new Date() });
    expect(ask(stored.snapshot)).toEqual(ask(JSON.parse(stored.snapshot as string) as StoredWorkflow['snapshot']));
  });
});

describe('every engine error code', () => {
  const now = new Date();
  const base = { actor: actors.author, item: oneLevel, now };
  const draft = driveTo('draft');

  it.each<{ code: WorkflowError['code']; run: () => CommandResult }>([
    { code: 'VERSION_CONFLICT', run: () => submit({ ...base, stored: draft, expectedVersion: draft.version - 1 }) },
    { code: 'EVENT_NOT_ALLOWED', run: () => publish({ ...base, stored: draft, actor: actors.publisher }) },
    { code: 'RULE_FAILED', run: () => submit({ ...base, stored: draft, actor: actors.outsider }) },
    { code: 'INVALID_SNAPSHOT', run: () => submit({ ...base, stored: { snapshot: '{not json', version: 1 } }) },
    {
      code: 'INVALID_SNAPSHOT',
      run: () =>
        submit({
          ...base,
          stored: { snapshot: { ...JSON.parse(draft.snapshot as string), value: 'deleted' }, version: 1 },
        }),
    },
    {
      code: 'INVALID_SNAPSHOT',
      run: () =>
        submit({
          ...base,
          stored: { snapshot: { ...JSON.parse(draft.snapshot as string), context: { author: 1 } }, version: 1 },
        }),
    },
    { code: 'INVALID_INPUT', run: () => submit({ ...base, stored: draft, now: new Date('nonsense') }) },
    {
      code: 'INVALID_INPUT',
      run: () => submit({ ...base, stored: draft, item: { ...oneLevel, reviewLevels: ['leader'] } }),
    },
    {
      code: 'INVALID_INPUT',
      run: () => applyEvent({ ...base, stored: draft, event: { type: 'editor.delete' } as unknown as WorkflowEvent }),
    },
  ])('returns $code as a WorkflowError', ({ code, run }) => {
    const { error } = errorOf(run());
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.code).toBe(code);
  });

  it('puts every failing rule in details.reasons of RULE_FAILED', () => {
    const { codes } = errorOf(submit({ ...base, stored: draft, actor: actors.outsider }));
    expect(codes).toEqual(['NOT_IN_PRODUCING_DEPARTMENT', 'MISSING_ROLE']);
  });

  it('refuses to create an item for a department the actor does not belong to', () => {
    expect(errorOf(createItem({ actor: actors.outsider, item: oneLevel, now })).codes).toEqual([
      'NOT_IN_PRODUCING_DEPARTMENT',
      'MISSING_ROLE',
    ]);
  });
});
