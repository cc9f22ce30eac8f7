import type { Actor } from '../types';
import type { NextStep } from './next-step';
import { rolesIn } from './rule';

/**
 * True when the item waits for this actor: they hold one of the awaited roles in its department
 * and the rules do not exclude them from that step (an author never reviews their own item). For
 * the editors' turn that means an editor of the producing department.
 */
export function isNextActor({ actor, next }: { actor: Actor; next: NextStep }): boolean {
  return next.waitingFor.some(
    (entry) => rolesIn(actor, entry.department).includes(entry.role) && !entry.excludedActorIds.includes(actor.id),
  );
}
