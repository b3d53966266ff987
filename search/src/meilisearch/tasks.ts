import type { EnqueuedTaskPromise, Task, WaitOptions } from 'meilisearch';

/** A Meilisearch task that ended in any state but success. */
export class MeilisearchTaskFailed extends Error {
  constructor(readonly task: Task) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no reason given'}`);
    this.name = 'MeilisearchTaskFailed';
  }
}

/**
 * Waits for an enqueued task and fails unless it succeeded. The client's waitTask
 * resolves for failed and canceled tasks too: only its status tells them apart.
 */
export async function settled(enqueued: EnqueuedTaskPromise, wait: WaitOptions): Promise<Task> {
  const task = await enqueued.waitTask(wait);
  if (task.status !== 'succeeded') throw new MeilisearchTaskFailed(task);
  return task;
}
