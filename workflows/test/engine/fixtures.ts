import { approve, clearConfidentiality, createItem, publish, submit } from '../../src/engine';
import type { Actor, CommandResult, CommandSuccess, ItemFacts, ReviewPolicy, StoredWorkflow } from '../../src/engine';

export const DEPT = 'ENV-MONITORING';
export const OTHER_DEPT = 'ENV-LAW';
export const OFFICE = 'DISCLOSURE-OFFICE';

function person(id: string, roles: Actor['departments'][number]['roles'], code = DEPT): Actor {
  return { id, departments: [{ code, roles }] };
}

/** One representative person per role, plus the awkward cases the two-person rule is about. */
export const actors = {
  author: person('author', ['editor']),
  editor2: person('editor2', ['editor']),
  reviewer: person('reviewer', ['reviewer']),
  leader: person('leader', ['leader']),
  secrecy: person('secrecy', ['confidentiality']),
  publisher: person('publisher', ['publisher']),
  /** Department head who is also the department's confidentiality reviewer. */
  dual: person('dual', ['reviewer', 'confidentiality']),
  /** An editor who also holds the reviewer role. */
  editorReviewer: person('editorReviewer', ['editor', 'reviewer']),
  /** Holds every role, but in another department. */
  outsider: person('outsider', ['editor', 'reviewer', 'leader', 'confidentiality', 'publisher'], OTHER_DEPT),
  officeSecrecy: person('officeSecrecy', ['confidentiality'], OFFICE),
  scheduler: { id: 'scheduler', departments: [], system: true },
} satisfies Record<string, Actor>;

export const cleanScan = { scannedAt: '2026-03-02T00:30:00.000Z', findings: [] } as const;

export const oneLevel: ItemFacts = {
  producingDepartment: DEPT,
  category: 'airQualityDaily',
  attribute: 'proactive',
  reviewLevels: ['department'],
  scan: cleanScan,
};

export const twoLevels: ItemFacts = {
  ...oneLevel,
  category: 'incidentRelease',
  reviewLevels: ['department', 'leader'],
};

/** A two-level category whose catalogue entry allows emergency publication (突发环境事件). */
export const incident: ItemFacts = { ...twoLevels, emergencyPublication: true };

export const onRequest: ItemFacts = { ...oneLevel, attribute: 'onRequest', exemptionBasis: '条例第十条' };

export const withheld: ItemFacts = { ...oneLevel, attribute: 'withheld', exemptionBasis: '条例第十四条 国家秘密' };

export const withFindings: ItemFacts = {
  ...oneLevel,
  scan: {
    scannedAt: '2026-03-02T00:30:00.000Z',
    findings: [
      { id: 'f1', kind: 'mobile', status: 'open' },
      { id: 'f2', kind: 'idNumber', status: 'redacted' },
    ],
  },
};

export const departmentPolicy: ReviewPolicy = { confidentialityReviewScope: 'department' };
export const officePolicy: ReviewPolicy = {
  confidentialityReviewScope: 'disclosureOffice',
  disclosureOfficeDepartment: OFFICE,
};

export const completeChecklist = { stateSecrets: true, commercialSecrets: true, personalPrivacy: true } as const;

/** A simulated clock: time only moves when a test says so. */
export function simulatedClock(start = '2026-03-02T01:00:00.000Z'): {
  now: () => Date;
  advance: (minutes: number) => void;
} {
  let current = Date.parse(start);
  return {
    now: () => new Date(current),
    advance: (minutes) => {
      current += minutes * 60_000;
    },
  };
}

/** Unwraps a successful command (failing the test with the error otherwise) and returns what to store next. */
export function expectOk(result: CommandResult): CommandSuccess & { stored: StoredWorkflow } {
  if (!result.ok) {
    throw new Error(
      `expected success, got ${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.details)}`,
    );
  }
  // Store as a JSON string, as a database column would, so every step exercises the round trip.
  return { ...result, stored: { snapshot: JSON.stringify(result.snapshot), version: result.version } };
}

export type Milestone =
  | 'draft'
  | 'departmentReview'
  | 'leaderReview'
  | 'confidentialityReview'
  | 'approved'
  | 'published';

/** Drives a new item along the ordinary chain up to `milestone`, by the representative actors. */
export function driveTo(
  milestone: Milestone,
  item: ItemFacts = oneLevel,
  now: () => Date = simulatedClock().now,
): StoredWorkflow {
  const order: Milestone[] = [
    'draft',
    'departmentReview',
    'leaderReview',
    'confidentialityReview',
    'approved',
    'published',
  ];
  const wanted = order.indexOf(milestone);
  let stored = expectOk(createItem({ actor: actors.author, item, now: now() })).stored;
  if (wanted >= 1) stored = expectOk(submit({ stored, actor: actors.author, item, now: now() })).stored;
  if (wanted >= 2 && item.reviewLevels.includes('leader')) {
    stored = expectOk(approve({ stored, actor: actors.reviewer, item, now: now() })).stored;
  }
  if (wanted >= 3) {
    const actor = item.reviewLevels.includes('leader') ? actors.leader : actors.reviewer;
    stored = expectOk(approve({ stored, actor, item, now: now() })).stored;
  }
  if (wanted >= 4) {
    stored = expectOk(
      clearConfidentiality({
        stored,
        actor: actors.secrecy,
        item,
        now: now(),
        checklist: completeChecklist,
        basis: '保密审查办法第五条',
      }),
    ).stored;
  }
  if (wanted >= 5) stored = expectOk(publish({ stored, actor: actors.publisher, item, now: now() })).stored;
  return stored;
}
