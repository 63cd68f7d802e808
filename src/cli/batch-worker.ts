import { workerData } from 'piscina'
import type { RecordFields } from './batch-args.js'
import { lineDecoder, linesOf } from './batch-input.js'
import { processUnit, type BatchUnit, type RecordConfig, type RecordUnit } from './batch-record.js'

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
const decoder = lineDecoder()

/**
 * Worker-thread entry: analyses a batch of units into JSONL. The lines go back as one string:
 * moved UTF-8 buffers would cost less to send, but the main thread, which allocates little,
 * collects them late, and a few dozen dead buffers raise the resident memory by ~50 MB.
 */
export default function analyzeUnits(units: BatchUnit[]): TaskResult {
  let output = ''
  let records = 0
  let errors = 0
  let skipped = 0
  const run = (unit: RecordUnit): void => {
    const result = processUnit(unit, config)
    if (result.line === null) skipped++
    else {
      output += result.line
      records++
    }
    if (result.error) errors++
  }
  for (const unit of units) {
    if (unit.kind !== 'lines') run(unit)
    else linesOf(unit.block, decoder).forEach((text, i) => run({ kind: 'line', line: unit.line + i, text }))
  }
  return { output, records, errors, skipped }
}
