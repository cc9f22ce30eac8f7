import type { Actor, DisclosureContext, ItemFacts, ReviewPolicy, Role, WorkflowEvent } from '../types';
import type { RuleCode } from './rule-codes';

/** Everything a rule may look at. Rules are pure and synchronous: no I/O, no clock of their own. */
export interface RuleInput {
  readonly context: DisclosureContext;
  readonly actor: Actor;
  readonly item: ItemFacts;
  readonly policy: ReviewPolicy;
  readonly event: WorkflowEvent;
  /** ISO 8601 time the event is applied. */
  readonly now: string;
}

export interface LocalizedMessage {
  readonly zh: string;
  readonly en: string;
}

/** A reason, not a boolean: which rule failed, a stable code and a sentence for the user. */
export interface RuleFailure {
  readonly ok: false;
  readonly rule: string;
  readonly code: RuleCode;
  readonly message: LocalizedMessage;
}

export type RuleResult = { readonly ok: true } | RuleFailure;

export interface Rule {
  readonly name: string;
  /**
   * True when the rule judges what the event carries (a reason, a time, a checklist). Such rules
   * are skipped when listing the buttons an actor may press, since the form supplies the payload.
   */
  readonly needsPayload: boolean;
  readonly check: (input: RuleInput) => RuleResult;
}

export const passed: RuleResult = { ok: true };

export function failure(rule: string, code: RuleCode, zh: string, en: string): RuleFailure {
  return { ok: false, rule, code, message: { zh, en } };
}

/** The roles a person holds in one department; a system actor holds none anywhere. */
export function rolesIn(actor: Actor, department: string): readonly Role[] {
  if (actor.system === true) return [];
  return actor.departments.find((membership) => membership.code === department)?.roles ?? [];
}

export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
