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

/** Who of the demo staff takes a role's step, and which event moves the item forward. */
const staffFor: Record<string, string> = {
  editor: demoStaff.editor,
  reviewer: demoStaff.reviewer,
  publisher: demoStaff.reviewer,
  confidentiality: demoStaff.secrecy,
};
const forward = ['editor.submit', 'editor.resubmit', 'reviewer.approve', 'confidentiality.clear', 'publisher.publish'];

/**
 * Takes a monitoring-station draft through the chain to publication, as the demo staff do in the
 * admin: at each step the item's workflow view says who is awaited (`next`, from the workflows
 * package's `nextStep`) and that person sends the event that moves it forward. Throws with the
 * refusal when any step is refused.
 */
export async function publishThroughChain(
  url: string,
  jwt: Record<string, string>,
  item: { uid: string; documentId: string; locale?: string },
): Promise<void> {
  const locale = item.locale ?? 'zh-CN';
  for (let step = 0; step < 8; step += 1) {
    const view = await request(`${url}/disclosure-workflow/items/${item.uid}/${item.documentId}?locale=${locale}`, {
      token: jwt[demoStaff.reviewer],
    });
    if (view.status !== 200) throw new Error(`view: ${view.status} ${JSON.stringify(view.body)}`);
    if (view.body.data.state === 'published') return;
    const awaited = (view.body.data.next.waitingFor as { role: string; events: string[] }[]).find(
      (w) => staffFor[w.role] !== undefined && w.events.some((e) => forward.includes(e)),
    );
    if (!awaited) throw new Error(`nobody of the demo staff is awaited in ${view.body.data.next.stage}`);
    const type = forward.find((e) => awaited.events.includes(e))!;
    const event = type === 'confidentiality.clear' ? clearance : { type };
    const { status, body } = await request(`${url}/disclosure-workflow/transitions`, {
      method: 'POST',
      token: jwt[staffFor[awaited.role]!],
      body: { uid: item.uid, documentId: item.documentId, locale, event },
    });
    if (status !== 200) throw new Error(`${type}: ${status} ${JSON.stringify(body)}`);
  }
  throw new Error('the item did not reach publication');
}
