import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is publishing through the workflow, and with which command. */
export interface WorkflowScope {
  command: string;
  actorId: string;
}

// One store per process, even if this module is loaded twice (compiled app and TypeScript tests).
const key = Symbol.for('disclosure-hub.workflow-scope');
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<WorkflowScope> | undefined>;
const scope = (holder[key] ??= new AsyncLocalStorage<WorkflowScope>());

/**
 * Runs `fn` as the workflow itself: only inside this scope may the Document Service publish,
 * unpublish, discard or delete a published disclosure. No global flag, no database marker: the
 * permission ends with the call and never leaks into a concurrent request.
 */
export function runAsWorkflow<T>(context: WorkflowScope, fn: () => Promise<T>): Promise<T> {
  return scope.run(context, fn);
}

export function currentWorkflowScope(): WorkflowScope | undefined {
  return scope.getStore();
}
