import {
  disclosureAttributes,
  reviewLevels,
  roles,
  workflowEventTypes,
  type Actor,
  type ItemFacts,
  type ReviewPolicy,
} from '../types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function actorProblem(actor: unknown): string | null {
  if (!isRecord(actor) || typeof actor.id !== 'string' || actor.id === '') return 'actor.id must be a non-empty string';
  if (!Array.isArray(actor.departments)) return 'actor.departments must be an array';
  for (const membership of actor.departments as unknown[]) {
    if (!isRecord(membership) || typeof membership.code !== 'string' || !Array.isArray(membership.roles)) {
      return 'every actor membership needs a code and roles';
    }
    if (!(membership.roles as unknown[]).every((role) => includes(roles, role)))
      return `unknown role in ${membership.code}`;
  }
  return null;
}

function itemProblem(item: unknown): string | null {
  if (!isRecord(item)) return 'item must be an object';
  if (typeof item.producingDepartment !== 'string' || item.producingDepartment === '')
    return 'item.producingDepartment is required';
  if (typeof item.category !== 'string') return 'item.category must be a string';
  if (!includes(disclosureAttributes, item.attribute)) return 'item.attribute must be proactive, onRequest or withheld';
  const levels = item.reviewLevels;
  if (!Array.isArray(levels) || levels[0] !== 'department' || !levels.every((level) => includes(reviewLevels, level))) {
    return "item.reviewLevels must start with 'department' and name only known levels";
  }
  if (new Set(levels).size !== levels.length) return 'item.reviewLevels must not repeat a level';
  if (item.emergencyPublication !== undefined && typeof item.emergencyPublication !== 'boolean')
    return 'item.emergencyPublication must be a boolean when given';
  if (item.scan !== null) {
    if (!isRecord(item.scan) || typeof item.scan.scannedAt !== 'string' || !Array.isArray(item.scan.findings)) {
      return 'item.scan must be null or { scannedAt, findings }';
    }
    const findingsOk = (item.scan.findings as unknown[]).every(
      (finding) =>
        isRecord(finding) &&
        typeof finding.id === 'string' &&
        (finding.status === 'open' || finding.status === 'redacted'),
    );
    if (!findingsOk) return 'every scan finding needs an id and a status of open or redacted';
  }
  return null;
}

function policyProblem(policy: unknown): string | null {
  if (policy === undefined) return null;
  if (!isRecord(policy)) return 'policy must be an object';
  if (policy.confidentialityReviewScope === 'department') return null;
  if (policy.confidentialityReviewScope === 'disclosureOffice' && typeof policy.disclosureOfficeDepartment === 'string')
    return null;
  return "policy needs confidentialityReviewScope 'department', or 'disclosureOffice' with disclosureOfficeDepartment";
}

/**
 * What is wrong with a command's input, or `null`. Callers are other packages and HTTP adapters, so
 * the engine checks the shapes itself rather than trusting the types.
 */
export function inputProblem(input: {
  actor: Actor;
  item: ItemFacts;
  now: Date;
  policy?: ReviewPolicy;
  event?: unknown;
}): string | null {
  if (!(input.now instanceof Date) || Number.isNaN(input.now.getTime())) return 'now must be a valid Date';
  if ('event' in input && input.event !== undefined) {
    if (!isRecord(input.event) || !includes(workflowEventTypes, input.event.type))
      return 'event.type is not a known event';
  }
  return actorProblem(input.actor) ?? itemProblem(input.item) ?? policyProblem(input.policy);
}
