// Runs engine work on the caller's thread within a time budget: vm's timeout ends it mid-way, as terminating
// the worker thread would. The CLI checks small files this way (analysis/worker-host.ts, `smallInThread`): a
// worker costs a thread start and a second load of the engine, more than checking a CV takes.
import vm from 'node:vm';

const TASK = Symbol.for('cvlint.inThreadTask');
// The timeout applies to what the script runs, here the task, wherever that task's code was loaded from.
const runner = new vm.Script('globalThis[Symbol.for("cvlint.inThreadTask")]()', { filename: 'cvlint-in-thread.js' });

/** `task`'s value, or null when it was stopped after `ms` milliseconds. Other errors are thrown. */
export function runWithin<T>(ms: number, task: () => T): { value: T } | null {
  const slot = globalThis as Record<symbol, unknown>;
  slot[TASK] = task;
  try {
    return { value: runner.runInThisContext({ timeout: Math.max(1, Math.round(ms)) }) as T };
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return null;
    throw error;
  } finally {
    delete slot[TASK];
  }
}
