import { initialTransition } from 'xstate';
import { WorkflowError } from '../../errors';
import { disclosureMachine } from '../machines/disclosure-machine';
import { persistSnapshot } from '../machines/snapshot-codec';
import { statePath, workflowStatus } from '../machines/workflow-status';
import { actorBelongsToProducingDepartment } from '../rules/actor-belongs-to-producing-department';
import { actorHasRole } from '../rules/actor-has-role';
import type { RuleFailure } from '../rules/rule';
import { defaultReviewPolicy, type Actor, type ItemFacts, type ReviewPolicy } from '../types';
import type { CommandResult } from './command-types';
import { inputProblem } from './input-problem';

const editorRole = actorHasRole('editor');

/** Starts the workflow of a new draft; its creator becomes the author. Version 1, state `draft`. */
export function createItem(input: { actor: Actor; item: ItemFacts; now: Date; policy?: ReviewPolicy }): CommandResult {
  const problem = inputProblem(input);
  if (problem !== null)
    return { ok: false, error: new WorkflowError('INVALID_INPUT', problem, { details: { problem } }) };
  const at = input.now.toISOString();
  const [snapshot] = initialTransition(disclosureMachine, { authorId: input.actor.id, createdAt: at });
  const ruleInput = {
    context: snapshot.context,
    actor: input.actor,
    item: input.item,
    policy: input.policy ?? defaultReviewPolicy,
    event: { type: 'editor.edit' } as const,
    now: at,
  };
  const reasons = [actorBelongsToProducingDepartment.check(ruleInput), editorRole.check(ruleInput)].filter(
    (result): result is RuleFailure => !result.ok,
  );
  if (reasons.length > 0) {
    return {
      ok: false,
      error: new WorkflowError('RULE_FAILED', 'Only editors of the producing department create items.', {
        details: { reasons },
      }),
    };
  }
  return {
    ok: true,
    snapshot: persistSnapshot(snapshot),
    version: 1,
    state: workflowStatus(snapshot),
    audit: { actorId: input.actor.id, at, from: '', to: statePath(snapshot.value), event: 'create' },
    effects: [],
  };
}
