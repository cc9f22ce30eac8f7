import { getAdjacencyMap, getShortestPaths, getSimplePaths } from '@xstate/graph';
import {
  disclosureMachine,
  eventsHandledIn,
  workflowEventTypes,
  type DisclosureSnapshot,
  type ItemFacts,
  type MachineEvent,
  type WorkflowEvent,
  type WorkflowEventType,
} from '../../src/engine';
import { actors, completeChecklist, departmentPolicy, incident, oneLevel, twoLevels, withFindings } from './fixtures';

const T0 = '2026-03-02T01:00:00.000Z';
const LATER = '2026-03-02T03:00:00.000Z';

/** The payloads a finite exploration tries for each event type: a valid one and, where it matters, an invalid one. */
const payloads: { [K in WorkflowEventType]: Array<Omit<Extract<WorkflowEvent, { type: K }>, 'type'>> } = {
  'editor.edit': [{}],
  'editor.submit': [{}],
  'editor.resubmit': [{}],
  'editor.revise': [{}],
  'reviewer.approve': [{}],
  'reviewer.return': [{ reason: '数据有误' }, {}],
  'leader.approve': [{}],
  'leader.return': [{ reason: '表述不当' }],
  'confidentiality.clear': [
    { checklist: completeChecklist, basis: '保密审查' },
    { checklist: { stateSecrets: true }, basis: '保密审查' },
  ],
  'confidentiality.return': [{ reason: '含个人信息' }],
  'confidentiality.dismissFinding': [{ findingId: 'f1', reason: '为单位公开电话' }],
  'publisher.publish': [{}],
  'publisher.schedule': [{ publishAt: '2026-03-02T02:00:00.000Z' }],
  'publisher.unschedule': [{}],
  'publisher.withdraw': [{ reason: '信息已过时' }, {}],
  'publisher.emergencyPublish': [{ reason: '突发环境事件首次发布' }, {}],
  'reviewer.postReview': [{ level: 'leader' }, { level: 'confidentiality' }],
  'system.publishDue': [{}],
};

/** The representative actors of the exploration: one per role, the double-role head, an outsider, the scheduler. */
const explorers = [
  actors.author,
  actors.editor2,
  actors.reviewer,
  actors.leader,
  actors.secrecy,
  actors.publisher,
  actors.dual,
  actors.outsider,
  actors.scheduler,
];

/** Every event type, by every representative actor, for each item variant, at a fixed time. */
function eventsFor(items: readonly ItemFacts[]): MachineEvent[] {
  return items.flatMap((item) =>
    explorers.flatMap((actor) =>
      workflowEventTypes.flatMap((type) =>
        payloads[type].flatMap((payload) => {
          const at = type === 'system.publishDue' ? [T0, LATER] : [T0];
          return at.map(
            (time) => ({ ...payload, type, actor, item, policy: departmentPolicy, at: time }) as MachineEvent,
          );
        }),
      ),
    ),
  );
}

/**
 * Two snapshots are the same vertex when they agree on everything a guard reads (and on what the
 * assertions below read). History that no rule consults (timestamps, return notes, the version
 * counter, post-review notes) is left out: it would only multiply equivalent vertices, and the
 * version counter would make the space infinite.
 */
function serializeState(snapshot: DisclosureSnapshot): string {
  const context = snapshot.context;
  return JSON.stringify({
    value: snapshot.value,
    people: [context.author, context.lastEditor, context.revisionAuthor, context.submittedBy],
    approvals: [context.approvals.department?.by, context.approvals.leader?.by],
    confidentiality: context.confidentiality && [context.confidentiality.reviewerId, context.confidentiality.attribute],
    dismissals: Object.keys(context.dismissals).sort(),
    scheduledAt: context.scheduledAt,
    online: context.online && context.online.emergency,
    emergency: context.emergency && [context.emergency.by, context.emergency.reason !== ''],
    postReviewPending: context.postReviewPending,
  });
}

const input = { authorId: actors.author.id, createdAt: T0 };

/** Only events the current state handles are tried; the others cannot change the snapshot anyway. */
function explore(items: readonly ItemFacts[]) {
  const events = eventsFor(items);
  return getAdjacencyMap(disclosureMachine, {
    events: (snapshot) => {
      const handled = eventsHandledIn((snapshot as DisclosureSnapshot).value);
      return events.filter((event) => handled.includes(event.type));
    },
    input,
    serializeState: serializeState as (snapshot: unknown) => string,
  });
}

function isNewPublication(from: DisclosureSnapshot, to: DisclosureSnapshot): boolean {
  return (
    to.matches('published') && to.context.online !== null && to.context.online.version !== from.context.online?.version
  );
}

interface Edge {
  from: DisclosureSnapshot;
  event: MachineEvent;
  to: DisclosureSnapshot;
}

function edges(adjacency: ReturnType<typeof explore>): Edge[] {
  return Object.values(adjacency).flatMap(({ state, transitions }) =>
    Object.values(transitions as Record<string, { event: unknown; state: unknown }>).map(({ event, state: next }) => ({
      from: state as DisclosureSnapshot,
      event: event as MachineEvent,
      to: next as DisclosureSnapshot,
    })),
  );
}

describe.each([
  { catalogue: 'a one-level catalogue', item: { ...oneLevel, emergencyPublication: true } },
  { catalogue: 'a two-level catalogue', item: incident },
])('every reachable publication, with $catalogue allowing emergency publication', ({ item }) => {
  // The attribute may change between events; the withheld variant proves the check happens at publication.
  const variants: ItemFacts[] = [item, { ...item, attribute: 'withheld', exemptionBasis: '条例第十四条' }];
  const publications = edges(explore(variants)).filter(({ from, to }) => isNewPublication(from, to));
  const ordinary = publications.filter(({ to }) => !to.context.online?.emergency);
  const emergencies = publications.filter(({ to }) => to.context.online?.emergency === true);

  it('finds both ordinary and emergency publications (the proof is not vacuous)', () => {
    expect(ordinary.length).toBeGreaterThan(0);
    expect(emergencies.length).toBeGreaterThan(0);
  });

  it('publishes only items whose attribute is proactive at that moment', () => {
    expect(publications.filter(({ event }) => event.item.attribute !== 'proactive')).toEqual([]);
  });

  it('passes department review, every configured level and confidentiality clearance before an ordinary publication', () => {
    const unreviewed = ordinary.filter(
      ({ to }) =>
        !item.reviewLevels.every((level) => to.context.approvals[level] !== undefined) ||
        to.context.confidentiality === null ||
        to.context.confidentiality.attribute !== 'proactive',
    );
    expect(unreviewed).toEqual([]);
  });

  it('flags every emergency publication with a reason, the department review and the skipped levels pending', () => {
    const unflagged = emergencies.filter(
      ({ to }) =>
        to.context.emergency === null ||
        to.context.emergency.reason === '' ||
        to.context.approvals.department === undefined ||
        to.context.postReviewPending.length === 0,
    );
    expect(unflagged).toEqual([]);
  });

  it('lets only the publisher of the producing department or the scheduler publish', () => {
    expect([...new Set(publications.map(({ event }) => event.actor.id))].sort()).toEqual(['publisher', 'scheduler']);
  });
});

describe.each([
  { catalogue: 'a one-level catalogue', item: oneLevel },
  { catalogue: 'a two-level catalogue', item: twoLevels },
])('every reachable publication, with $catalogue not allowing emergency publication', ({ item }) => {
  const publications = edges(explore([item])).filter(({ from, to }) => isNewPublication(from, to));

  it('is an ordinary publication after every review', () => {
    expect(publications.length).toBeGreaterThan(0);
    expect(publications.filter(({ to }) => to.context.online?.emergency !== false)).toEqual([]);
    expect(publications.filter(({ to }) => to.context.confidentiality === null)).toEqual([]);
  });
});

describe('attributes that never go online', () => {
  it('never reaches published with a withheld item, and ends in withheld', () => {
    const states = Object.values(explore([{ ...oneLevel, attribute: 'withheld', exemptionBasis: '条例第十四条' }])).map(
      ({ state }) => state as DisclosureSnapshot,
    );
    expect(states.some((state) => state.matches('published'))).toBe(false);
    expect(states.some((state) => state.matches('withheld'))).toBe(true);
  });

  it('never reaches published with an on-request item, and ends in releasableOnRequest', () => {
    const states = Object.values(explore([{ ...oneLevel, attribute: 'onRequest' }])).map(
      ({ state }) => state as DisclosureSnapshot,
    );
    expect(states.some((state) => state.matches('published'))).toBe(false);
    expect(states.some((state) => state.matches('releasableOnRequest'))).toBe(true);
  });
});

describe('confidentiality clearance of an item with scan findings', () => {
  it('clears only after every open finding is dismissed with a reason', () => {
    const clearances = edges(explore([withFindings])).filter(
      ({ from, event, to }) =>
        event.type === 'confidentiality.clear' && to !== from && to.context.confidentiality !== null,
    );
    expect(clearances.length).toBeGreaterThan(0);
    expect(clearances.filter(({ to }) => to.context.dismissals.f1?.reason !== '为单位公开电话')).toEqual([]);
  });
});

describe('paths to published', () => {
  /** A coarse vertex (state and which findings are dismissed) keeps the number of simple paths small. */
  const byValue = (snapshot: unknown) => {
    const { value, context } = snapshot as DisclosureSnapshot;
    return JSON.stringify({ value, dismissed: Object.keys(context.dismissals) });
  };
  const toPublished = (snapshot: unknown) => (snapshot as DisclosureSnapshot).matches('published');

  function eventTypes(steps: ReadonlyArray<{ event: { type: string } }>): string[] {
    return steps.map((step) => step.event.type).filter((type) => type !== 'xstate.init');
  }

  it.each([
    {
      catalogue: 'one level',
      item: oneLevel,
      expected: ['editor.submit', 'reviewer.approve', 'confidentiality.clear', 'publisher.publish'],
    },
    {
      catalogue: 'two levels',
      item: twoLevels,
      expected: ['editor.submit', 'reviewer.approve', 'leader.approve', 'confidentiality.clear', 'publisher.publish'],
    },
  ])('the shortest ordinary path with $catalogue goes through every review', ({ item, expected }) => {
    const events = eventsFor([item]).filter((event) => event.type !== 'publisher.emergencyPublish');
    const [path] = getShortestPaths(disclosureMachine, {
      events,
      input,
      serializeState: byValue,
      toState: toPublished,
    });
    expect(path && eventTypes(path.steps)).toEqual(expected);
  });

  it.each([
    { catalogue: 'one level', item: { ...oneLevel, emergencyPublication: true } },
    { catalogue: 'two levels', item: incident },
    { catalogue: 'one level with scan findings', item: { ...withFindings, emergencyPublication: true } },
  ])(
    'every simple path with $catalogue contains department approval, and clearance or a flagged emergency',
    ({ item }) => {
      const paths = getSimplePaths(disclosureMachine, {
        events: eventsFor([item]),
        input,
        serializeState: byValue,
        toState: toPublished,
      });
      const missing = paths.filter((path) => {
        const types = eventTypes(path.steps);
        const reviewed =
          types.includes('confidentiality.clear') &&
          (!item.reviewLevels.includes('leader') || types.includes('leader.approve'));
        return !types.includes('reviewer.approve') || !(reviewed || types.includes('publisher.emergencyPublish'));
      });
      expect(paths.length).toBeGreaterThan(0);
      expect(missing).toEqual([]);
    },
  );
});
