import { Piscina } from 'piscina'
import type { BatchUnit } from './batch-record.js'
import type { TaskResult, WorkerSetup } from './batch-worker.js'

/**
 * The worker module next to this one: `batch-worker.js` in the built package; from the
 * TypeScript sources (tests, bench) a small bootstrap that loads `batch-worker.ts` via tsx.
 */
function workerFile(): string {
  const fromSources = import.meta.url.endsWith('.ts')
  return new URL(fromSources ? './batch-worker.dev.mjs' : './batch-worker.js', import.meta.url).href
}

/** A pool of worker threads that analyse batches of units. */
export type Pool = Piscina<BatchUnit[], TaskResult>

/**
 * Heap limits of a worker: a small young generation keeps the resident memory of each worker
 * low (a 2–3 KB article's garbage dies young anyway); the old-generation cap turns a record
 * too large to analyse into an error record instead of a process that grows without bound.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 }

/** A fixed-size pool of worker threads that analyse batches of units. */
export function createPool(workers: number, setup: WorkerSetup): Pool {
  return new Piscina<BatchUnit[], TaskResult>({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: setup,
    recordTiming: false,
    // A second task waits in the worker's queue, so a worker never idles while the main
    // thread writes the result of the first and sends the next.
    concurrentTasksPerWorker: 2,
    resourceLimits: WORKER_LIMITS,
  })
}
