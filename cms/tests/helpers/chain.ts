import { adminLogin, request } from './api';

/** Demo staff of the monitoring station (监测站) and the bureau's confidentiality reviewer. */
export const demoStaff = {
  editor: 'editor.monitoring@disclosure-hub.local',
  reviewer: 'reviewer.monitoring@disclosure-hub.local',
  secrecy: 'secrecy@disclosure-hub.local',
} as const;

export const demoPassword = 'Demo2026!';

/** A complete confidentiality-review conclusion (保密审查结论). */
export const clearance = {
  type: 'confidentiality.clear',
  checklist: { stateSecrets: true, commercialSecrets: true, personalPrivacy: true },
  basis: '《保守国家秘密法》及本局保密审查制度',
  conclusion: '不涉密，可以公开',
};

/** Admin JWTs of the monitoring station's demo staff. Log in once per suite: logins are rate-limited. */
export async function loginDemoStaff(url: string): Promise<Record<string, string>> {
  const jwt: Record<string, string> = {};
  for (const email of Object.values(demoStaff)) jwt[email] = await adminLogin(url, email, demoPassword);
  return jwt;
}

/**
 * Takes a monitoring-station draft through submit, review, confidentiality review and publication,
 * as the demo staff do in the admin. Throws with the refusal when any step is refused.
 */
export async function publishThroughChain(
  url: string,
  jwt: Record<string, string>,
  item: { uid: string; documentId: string; locale?: string },
): Promise<void> {
  for (const [email, event] of [
    [demoStaff.editor, { type: 'editor.submit' }],
    [demoStaff.reviewer, { type: 'reviewer.approve' }],
    [demoStaff.secrecy, clearance],
    [demoStaff.reviewer, { type: 'publisher.publish' }],
  ] as const) {
    const { status, body } = await request(`${url}/disclosure-workflow/transitions`, {
      method: 'POST',
      token: jwt[email],
      body: { uid: item.uid, documentId: item.documentId, locale: item.locale ?? 'zh-CN', event },
    });
    if (status !== 200) throw new Error(`${event.type}: ${status} ${JSON.stringify(body)}`);
  }
}
