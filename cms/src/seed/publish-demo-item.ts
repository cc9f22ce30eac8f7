import type { Core } from '@strapi/strapi';
import type { Actor, Role as EngineRole, WorkflowEvent } from '@disclosure-hub/workflows';
import { applyTransition } from '../disclosure/workflow/transition-service';
import { actorForAdminUser } from '../disclosure/workflow/workflow-actor';
import { nextStepOf } from '../disclosure/workflow/next-step-of';
import { demoAccounts } from './seed-demo-accounts';

type Role = 'editor' | 'reviewer' | 'leader' | 'confidentialityReviewer' | 'publisher';

/** Demo actors by department and role, resolved once per seeding run. */
export class DemoCast {
  private readonly actors = new Map<string, Actor>();

  private constructor(private readonly strapi: Core.Strapi) {}

  static async load(strapi: Core.Strapi): Promise<DemoCast> {
    const cast = new DemoCast(strapi);
    for (const account of demoAccounts) {
      const user = await strapi.db.query('admin::user').findOne({ where: { email: account.email.toLowerCase() } });
      if (!user) continue;
      const actor = await actorForAdminUser(strapi, user.id);
      for (const membership of account.memberships) {
        for (const role of membership.roles) {
          const key = `${membership.department}:${role}`;
          if (!cast.actors.has(key)) cast.actors.set(key, actor);
        }
      }
    }
    return cast;
  }

  actor(department: string, role: Role): Actor {
    const actor = this.actors.get(`${department}:${role}`);
    if (!actor) throw new Error(`no demo account is ${role} in ${department}`);
    return actor;
  }
}

const clearance: WorkflowEvent = {
  type: 'confidentiality.clear',
  checklist: { stateSecrets: true, commercialSecrets: true, personalPrivacy: true },
  basis: '演示数据：依据本局保密审查制度逐项核查 / demo: checked against the bureau’s confidentiality rules',
  conclusion: '不涉及国家秘密、商业秘密和个人隐私，同意公开 / no secrets or personal data; may be published',
};

/**
 * Publishes a demo item the way a bureau would: the department's editor submits, its reviewer
 * approves, the bureau leader approves where the category needs it, the disclosure office clears
 * it, and the department publishes. Every demo item therefore has a real, consistent history.
 */
export async function publishDemoItem(
  strapi: Core.Strapi,
  {
    cast,
    uid,
    documentId,
    locales,
  }: {
    cast: DemoCast;
    uid: string;
    documentId: string;
    locales: string[];
  },
): Promise<void> {
  // Whose turn it is comes from the chart (nextStep); the cast supplies a person for each role.
  const byRole: Partial<Record<EngineRole, (department: string) => [Actor, WorkflowEvent]>> = {
    editor: (d) => [cast.actor(d, 'editor'), { type: 'editor.submit' }],
    reviewer: (d) => [cast.actor(d, 'reviewer'), { type: 'reviewer.approve' }],
    leader: (d) => [cast.actor(d, 'leader'), { type: 'leader.approve' }],
    confidentiality: (d) => [cast.actor(d, 'confidentialityReviewer'), clearance],
    publisher: (d) => [cast.actor(d, 'publisher'), { type: 'publisher.publish' }],
  };
  for (const locale of locales) await publishLocale(strapi, { uid, documentId, locale }, byRole);
}

async function publishLocale(
  strapi: Core.Strapi,
  target: { uid: string; documentId: string; locale: string },
  byRole: Partial<Record<EngineRole, (department: string) => [Actor, WorkflowEvent]>>,
): Promise<void> {
  for (let step = 0; step < 10; step += 1) {
    const next = await nextStepOf(strapi, target);
    if (next === null || next.state === 'published') return;
    const awaited = next.waitingFor.find((w) => byRole[w.role] !== undefined);
    if (!awaited) throw new Error(`demo item ${target.documentId} waits for nobody in ${next.stage}`);
    const [actor, event] = byRole[awaited.role]!(awaited.department);
    await applyTransition(strapi, { target, event, actor });
  }
  throw new Error(`demo item ${target.documentId} did not reach publication`);
}
