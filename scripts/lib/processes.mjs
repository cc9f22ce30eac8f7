// Child-process supervision for `npm start`: every child is tracked, and one shutdown stops them all.
import { spawn } from 'node:child_process';

const children = new Set();

/** Spawns a long-running child whose output is prefixed with its name. */
export function startChild({ name, command, args, cwd, env }) {
  // Its own process group: `npm run …` starts grandchildren (sh, vite) that must stop with it.
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.on('data', (chunk) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(prefix + line + '\n');
    });
  }
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function run({ command, args, cwd, env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit', detached: true });
    children.add(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Signals a child's whole process group (it leads one), or the child alone if that fails. */
function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    child.kill(name);
  }
}

/** SIGTERM to every child's process group, SIGKILL to those still alive after the grace period. */
export async function stopChildren({ graceMs = 10_000 } = {}) {
  const all = [...children];
  for (const child of all) signal(child, 'SIGTERM');
  const exited = await Promise.all(all.map((child) => waitForExit(child, graceMs)));
  all.forEach((child, i) => {
    if (!exited[i]) signal(child, 'SIGKILL');
  });
  // Grandchildren may outlive their group leader by a moment (npm exits before vite does).
  for (const child of all) signal(child, 'SIGKILL');
}
