import { move, transferableSymbol, valueSymbol, workerData } from 'piscina'
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

/** What a worker sends back for a task: the output lines as UTF-8 and their counts. */
export interface TaskResult {
  output: Uint8Array
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
const encoder = new TextEncoder()

/**
 * Worker-thread entry: analyses a batch of units into JSONL. The lines go back as UTF-8 bytes
 * whose buffer is moved, not copied: the main thread only writes them out.
 */
export default function analyzeUnits(units: BatchUnit[]): unknown {
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
  const result: TaskResult = { output: encoder.encode(output), records, errors, skipped }
  return move({
    get [transferableSymbol]() {
      return result.output.buffer
    },
    get [valueSymbol]() {
      return result
    },
  })
}
