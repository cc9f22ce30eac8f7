import type { Core } from '@strapi/strapi';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * When `npm start` supervises this process, exit as soon as the supervisor is gone, so that even
 * a SIGKILL of `npm start` leaves no Strapi behind.
 */
export function watchSupervisor(strapi: Core.Strapi, env: NodeJS.ProcessEnv): void {
  const pid = Number(env.DISCLOSURE_HUB_SUPERVISOR_PID);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const timer = setInterval(() => {
    if (isAlive(pid)) return;
    clearInterval(timer);
    strapi.log.warn('[disclosure-hub] supervisor process is gone; stopping');
    void strapi.destroy().finally(() => process.exit(0));
  }, 1000);
  timer.unref();
}
