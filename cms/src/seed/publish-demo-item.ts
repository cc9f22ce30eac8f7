import type { Core } from '@strapi/strapi';
import type { Actor, WorkflowEvent } from '@disclosure-hub/workflows';
import { applyTransition } from '../disclosure/workflow/transition-service';
import { actorForAdminUser } from '../disclosure/workflow/workflow-actor';
import { reviewPolicy } from '../disclosure/workflow/review-policy';
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
    department,
    reviewLevels,
  }: {
    cast: DemoCast;
    uid: string;
    documentId: string;
    locales: string[];
    department: string;
    reviewLevels: readonly string[];
  },
): Promise<void> {
  const policy = reviewPolicy();
  const secrecyDepartment =
    policy.confidentialityReviewScope === 'disclosureOffice' ? policy.disclosureOfficeDepartment : department;
  const steps: [Actor, WorkflowEvent][] = [
    [cast.actor(department, 'editor'), { type: 'editor.submit' }],
    [cast.actor(department, 'reviewer'), { type: 'reviewer.approve' }],
    ...(reviewLevels.includes('leader')
      ? [[cast.actor(department, 'leader'), { type: 'leader.approve' }] as [Actor, WorkflowEvent]]
      : []),
    [cast.actor(secrecyDepartment, 'confidentialityReviewer'), clearance],
    [cast.actor(department, 'publisher'), { type: 'publisher.publish' }],
  ];
  for (const locale of locales) {
    for (const [actor, event] of steps) {
      await applyTransition(strapi, { target: { uid, documentId, locale }, event, actor });
    }
  }
}
