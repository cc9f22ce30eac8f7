import { and, assign, setup } from 'xstate';
import { evaluateRules } from '../rules/evaluate-rules';
import { postReviewDueDate } from './post-review-due-date';
import type {
  ConfidentialityChecklist,
  DisclosureContext,
  DisclosureInput,
  MachineEvent,
  PostReviewLevel,
  ReviewLevel,
  ScanAudit,
  ScanSummary,
} from '../types';

function reasonOf(event: MachineEvent): string {
  return 'reason' in event && typeof event.reason === 'string' ? event.reason.trim() : '';
}

/** The scan as the audit and the clearance record keep it: counts, not contents. */
export function scanAudit(scan: ScanSummary | null, dismissals: DisclosureContext['dismissals']): ScanAudit | null {
  if (scan === null) return null;
  const redacted = scan.findings.filter((finding) => finding.status === 'redacted').length;
  const dismissed = scan.findings.filter((finding) => finding.status === 'open' && finding.id in dismissals).length;
  return {
    scannedAt: scan.scannedAt,
    findings: scan.findings.length,
    redacted,
    dismissed,
    open: scan.findings.length - redacted - dismissed,
  };
}

/** A new review round starts from nothing: earlier signatures do not cover changed content. */
const freshRound = {
  approvals: {},
  confidentiality: null,
  dismissals: {},
} as const satisfies Partial<DisclosureContext>;

const disclosureSetup = setup({
  types: {
    context: {} as DisclosureContext,
    events: {} as MachineEvent,
    input: {} as DisclosureInput,
  },
  guards: {
    /** Every rule the registry names for this event passes (pure, synchronous). */
    rulesPass: ({ context, event }) =>
      evaluateRules({ context, actor: event.actor, item: event.item, policy: event.policy, event, now: event.at })
        .length === 0,
    needsLeaderReview: ({ context, event }) =>
      event.item.reviewLevels.includes('leader') && context.approvals.leader === undefined,
    attributeIsProactive: ({ event }) => event.item.attribute === 'proactive',
    attributeIsOnRequest: ({ event }) => event.item.attribute === 'onRequest',
    attributeIsWithheld: ({ event }) => event.item.attribute === 'withheld',
  },
  actions: {
    recordEdit: assign({ lastEditor: ({ event }) => event.actor.id }),
    // Submitting does not change the text, so the last editor stays whoever last saved it.
    startRound: assign(({ event }) => ({ ...freshRound, submittedBy: event.actor.id })),
    startRevision: assign(({ event }) => ({
      ...freshRound,
      lastEditor: event.actor.id,
      revisionAuthor: event.actor.id,
      submittedBy: null,
      lastReturn: null,
    })),
    recordApproval: assign(({ context, event }, params: { level: ReviewLevel }) => ({
      approvals: { ...context.approvals, [params.level]: { by: event.actor.id, at: event.at } },
    })),
    recordReturn: assign(({ event }, params: { level: ReviewLevel | 'confidentiality' }) => ({
      ...freshRound,
      lastReturn: { level: params.level, by: event.actor.id, at: event.at, reason: reasonOf(event) },
    })),
    recordDismissal: assign(({ context, event }) =>
      event.type === 'confidentiality.dismissFinding' && event.findingId !== undefined
        ? {
            dismissals: {
              ...context.dismissals,
              [event.findingId]: { by: event.actor.id, at: event.at, reason: reasonOf(event) },
            },
          }
        : {},
    ),
    recordClearance: assign(({ context, event }) => {
      if (event.type !== 'confidentiality.clear') return {};
      const checklist: ConfidentialityChecklist = {
        stateSecrets: event.checklist?.stateSecrets === true,
        commercialSecrets: event.checklist?.commercialSecrets === true,
        personalPrivacy: event.checklist?.personalPrivacy === true,
      };
      return {
        confidentiality: {
          checklist,
          basis: event.basis?.trim() ?? '',
          conclusion: event.conclusion?.trim() ?? '',
          reviewerId: event.actor.id,
          at: event.at,
          attribute: event.item.attribute,
          scan: scanAudit(event.item.scan, context.dismissals),
        },
      };
    }),
    recordSchedule: assign({
      scheduledAt: ({ event }) =>
        event.type === 'publisher.schedule' && event.publishAt !== undefined
          ? new Date(event.publishAt).toISOString()
          : null,
    }),
    clearSchedule: assign({ scheduledAt: null }),
    recordEmergency: assign(({ context, event }) => {
      const skipped: PostReviewLevel[] = [];
      if (event.item.reviewLevels.includes('leader') && context.approvals.leader === undefined) skipped.push('leader');
      if (context.confidentiality === null) skipped.push('confidentiality');
      const pending = [...new Set([...context.postReviewPending, ...skipped])];
      return {
        emergency: {
          by: event.actor.id,
          at: event.at,
          reason: reasonOf(event),
          skippedLevels: skipped,
          postReviewDueDate: pending.length > 0 ? postReviewDueDate(event.at) : null,
        },
        postReviewPending: pending,
      };
    }),
    recordPublication: assign(({ context, event }) => ({
      online: {
        version: (context.online?.version ?? 0) + 1,
        publishedAt: event.at,
        // The scheduler executes a publisher's decision; the audit names the scheduler as actor.
        publishedBy: event.actor.id,
        emergency: event.type === 'publisher.emergencyPublish',
      },
      scheduledAt: null,
      revisionAuthor: null,
    })),
    recordPostReview: assign(({ context, event }) => {
      if (event.type !== 'reviewer.postReview') return {};
      const level = event.level ?? context.postReviewPending[0];
      if (level === undefined) return {};
      return {
        postReviewPending: context.postReviewPending.filter((pending) => pending !== level),
        postReviews: [
          ...context.postReviews,
          { level, by: event.actor.id, at: event.at, note: event.note?.trim() || null },
        ],
      };
    }),
    recordWithdrawal: assign(({ event }) => ({
      withdrawal: { by: event.actor.id, at: event.at, reason: reasonOf(event) },
      online: null,
      revisionAuthor: null,
    })),
  },
});

/**
 * Transition meta of a choice open to someone at any time that nobody waits for (withdrawing,
 * opening a correction, publishing in an emergency, cancelling a schedule). `nextStep` leaves such
 * transitions out of "who acts next"; the guards treat them like any other.
 */
const discretionary = { discretionary: true } as const;

type MachineConfig = Parameters<typeof disclosureSetup.createMachine>[0];
type StatesConfig = NonNullable<MachineConfig['states']>;
type TransitionsConfig = NonNullable<StatesConfig[string]['on']>;

/**
 * The review chain as data, shared by a first publication and a correction of a published item.
 * `clear` says where confidentiality clearance leads; `extra` adds transitions per review state.
 */
function reviewChain(options: {
  clear: TransitionsConfig['confidentiality.clear'];
  extra?: TransitionsConfig;
}): StatesConfig {
  const extra = options.extra ?? {};
  return {
    draft: {
      on: {
        'editor.edit': { guard: 'rulesPass', actions: 'recordEdit' },
        'editor.submit': { guard: 'rulesPass', target: 'departmentReview', actions: 'startRound' },
      },
    },
    changesRequested: {
      on: {
        'editor.edit': { guard: 'rulesPass', actions: 'recordEdit' },
        'editor.resubmit': { guard: 'rulesPass', target: 'departmentReview', actions: 'startRound' },
      },
    },
    departmentReview: {
      on: {
        'reviewer.approve': [
          {
            guard: and(['rulesPass', 'needsLeaderReview']),
            target: 'leaderReview',
            actions: { type: 'recordApproval', params: { level: 'department' } },
          },
          {
            guard: 'rulesPass',
            target: 'confidentialityReview',
            actions: { type: 'recordApproval', params: { level: 'department' } },
          },
        ],
        'reviewer.return': {
          guard: 'rulesPass',
          target: 'changesRequested',
          actions: { type: 'recordReturn', params: { level: 'department' } },
        },
        ...extra,
      },
    },
    leaderReview: {
      on: {
        'leader.approve': {
          guard: 'rulesPass',
          target: 'confidentialityReview',
          actions: { type: 'recordApproval', params: { level: 'leader' } },
        },
        'leader.return': {
          guard: 'rulesPass',
          target: 'changesRequested',
          actions: { type: 'recordReturn', params: { level: 'leader' } },
        },
        ...extra,
      },
    },
    confidentialityReview: {
      on: {
        'confidentiality.dismissFinding': { guard: 'rulesPass', actions: 'recordDismissal' },
        'confidentiality.clear': options.clear,
        'confidentiality.return': {
          guard: 'rulesPass',
          target: 'changesRequested',
          actions: { type: 'recordReturn', params: { level: 'confidentiality' } },
        },
        ...extra,
      },
    },
  };
}

/**
 * The disclosure lifecycle: draft → departmentReview → [leaderReview] → confidentialityReview →
 * approved → (scheduled →) published, with returns, withdrawal, emergency publication and
 * corrections (`published.revising.*`, while the published version stays online).
 *
 * Every event carries the actor, the item facts, the review policy and the time, so the guards
 * decide from the event and the context alone.
 */
export const disclosureMachine = disclosureSetup.createMachine({
  id: 'disclosure',
  initial: 'draft',
  context: ({ input }) => ({
    author: input.authorId,
    createdAt: input.createdAt,
    lastEditor: input.authorId,
    revisionAuthor: null,
    submittedBy: null,
    ...freshRound,
    lastReturn: null,
    scheduledAt: null,
    online: null,
    emergency: null,
    postReviewPending: [],
    postReviews: [],
    withdrawal: null,
  }),
  states: {
    ...reviewChain({
      clear: [
        { guard: and(['rulesPass', 'attributeIsProactive']), target: 'approved', actions: 'recordClearance' },
        {
          guard: and(['rulesPass', 'attributeIsOnRequest']),
          target: 'releasableOnRequest',
          actions: 'recordClearance',
        },
        { guard: and(['rulesPass', 'attributeIsWithheld']), target: 'withheld', actions: 'recordClearance' },
      ],
      extra: {
        'publisher.emergencyPublish': {
          guard: 'rulesPass',
          target: 'published',
          actions: ['recordEmergency', 'recordPublication'],
          meta: discretionary,
        },
      },
    }),
    approved: {
      on: {
        'publisher.publish': { guard: 'rulesPass', target: 'published', actions: 'recordPublication' },
        'publisher.schedule': { guard: 'rulesPass', target: 'scheduled', actions: 'recordSchedule' },
      },
    },
    scheduled: {
      on: {
        'publisher.unschedule': {
          guard: 'rulesPass',
          target: 'approved',
          actions: 'clearSchedule',
          meta: discretionary,
        },
        'system.publishDue': { guard: 'rulesPass', target: 'published', actions: 'recordPublication' },
      },
    },
    published: {
      initial: 'live',
      on: {
        'publisher.withdraw': {
          guard: 'rulesPass',
          target: 'withdrawn',
          actions: 'recordWithdrawal',
          meta: discretionary,
        },
        'reviewer.postReview': { guard: 'rulesPass', actions: 'recordPostReview' },
      },
      states: {
        live: {
          on: {
            'editor.revise': {
              guard: 'rulesPass',
              target: 'revising',
              actions: 'startRevision',
              meta: discretionary,
            },
          },
        },
        revising: {
          initial: 'draft',
          states: {
            ...reviewChain({
              clear: { guard: 'rulesPass', target: 'approved', actions: 'recordClearance' },
              extra: {
                // A follow-up release (续报) of an incident may go out before the later reviews too.
                'publisher.emergencyPublish': {
                  guard: 'rulesPass',
                  target: '#disclosure.published.live',
                  actions: ['recordEmergency', 'recordPublication'],
                  meta: discretionary,
                },
              },
            }),
            approved: {
              on: {
                // Publishing the correction replaces the online version.
                'publisher.publish': {
                  guard: 'rulesPass',
                  target: '#disclosure.published.live',
                  actions: 'recordPublication',
                },
              },
            },
          },
        },
      },
    },
    /** 依申请公开: reviewed and releasable to an applicant, never listed publicly. */
    releasableOnRequest: {},
    /** 不予公开: reviewed with its exemption basis; can never reach `published`. */
    withheld: {},
    withdrawn: {},
  },
});

export type DisclosureMachine = typeof disclosureMachine;
