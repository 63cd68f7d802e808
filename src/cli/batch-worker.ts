import { workerData } from 'piscina'
import { processUnit, type BatchUnit, type RecordConfig } from './batch-record.js'
import type { RecordFields } from './batch-args.js'

/** What the pool gives every worker once (`workerData`). */
export interface WorkerSetup {
  fields: RecordFields
  format: 'text' | 'html'
  referenceDate: string | null
  done: string[]
}

/** What a worker sends back for a task: the output lines and their counts. */
export interface TaskResult {
  output: string
  records: number
  errors: number
  skipped: number
}

const setup = workerData as WorkerSetup
const config: RecordConfig = {
  fields: setup.fields,
  format: setup.format,
  referenceDate: setup.referenceDate,
  done: new Set(setup.done),
}

/** Worker-thread entry: analyses a batch of units into JSONL. */
export default function analyzeUnits(units: BatchUnit[]): TaskResult {
  let output = ''
  let errors = 0
  let skipped = 0
  for (const unit of units) {
    const result = processUnit(unit, config)
    if (result.line === null) skipped++
    else output += result.line
    if (result.error) errors++
  }
  return { output, records: units.length - skipped, errors, skipped }
}
