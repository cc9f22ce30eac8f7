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
