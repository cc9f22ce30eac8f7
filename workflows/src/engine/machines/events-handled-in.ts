import type { AnyStateNode, StateValue } from 'xstate';
import { workflowEventTypes, type WorkflowEventType } from '../types';
import { disclosureMachine } from './disclosure-machine';

function activeNodes(node: AnyStateNode, value: StateValue): AnyStateNode[] {
  if (typeof value === 'string') {
    const child = node.states[value];
    return child === undefined ? [] : [child];
  }
  return Object.entries(value).flatMap(([key, childValue]) => {
    const child = node.states[key];
    if (child === undefined) return [];
    return childValue === undefined ? [child] : [child, ...activeNodes(child, childValue)];
  });
}

/**
 * The event types the chart handles in a state, whatever the guards say: the difference between
 * "not in this state" and "not by you, not yet".
 */
export function eventsHandledIn(value: StateValue): WorkflowEventType[] {
  const handled = new Set(activeNodes(disclosureMachine.root, value).flatMap((node) => node.ownEvents));
  return workflowEventTypes.filter((type) => handled.has(type));
}

function isDiscretionary(meta: unknown): boolean {
  return typeof meta === 'object' && meta !== null && 'discretionary' in meta && meta.discretionary === true;
}

/**
 * The event types a state waits for: those it handles, less the choices marked `discretionary` in
 * the chart (withdraw, revise, emergency publication, unschedule), which are open but not pending.
 */
export function eventsAwaitedIn(value: StateValue): WorkflowEventType[] {
  const awaited = new Set(
    activeNodes(disclosureMachine.root, value).flatMap((node) =>
      node.ownEvents.filter((type) => !(node.on[type] ?? []).every((transition) => isDiscretionary(transition.meta))),
    ),
  );
  return workflowEventTypes.filter((type) => awaited.has(type));
}
