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

/** A fixed-size pool of worker threads that analyse batches of units. */
export function createPool(workers: number, setup: WorkerSetup): Piscina<BatchUnit[], TaskResult> {
  return new Piscina<BatchUnit[], TaskResult>({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: setup,
    recordTiming: false,
  })
}
