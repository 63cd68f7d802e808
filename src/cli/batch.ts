import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { once } from 'node:events'
import type { Readable, Writable } from 'node:stream'
import { BATCH_USAGE, parseBatchArgs, UsageError, type BatchArgs } from './batch-args.js'
import { linesOf, readLineBlocks, walkTree } from './batch-input.js'
import { createPool, type Pool } from './batch-pool.js'
import { Progress } from './batch-progress.js'
import { errorLine, idKey, messageOf } from './batch-output.js'
import type { BatchUnit, RecordUnit } from './batch-record.js'
import { readDoneIds } from './batch-resume.js'
import type { TaskResult } from './batch-worker.js'

/** The streams of a batch run; tests pass their own. */
export interface BatchIo {
  stdin: Readable
  stdout: Writable
  stderr: Writable & { isTTY?: boolean; columns?: number }
}

const processIo: BatchIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }

/** Most records in one task; a task is also sent when the input has no more read yet. */
const TASK_RECORDS = 64
/** Most input bytes in one task (a file of a tree counts 4 KB). */
const TASK_BYTES = 256 * 1024
/** Tasks in flight per worker: enough to keep workers busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_WORKER = 4

/** Counts of a run, for the summary line and the exit code. */
interface Totals {
  records: number
  errors: number
  skipped: number
}

/**
 * `vn-admin-news batch`: analyses JSONL records or a tree of files on a pool of worker threads
 * and writes one JSONL line per record, in input order. Resolves to the exit code: 0 when
 * every record was analysed, 1 when some were error records, 2 on a usage error.
 */
export async function runBatch(args: readonly string[], io: BatchIo = processIo): Promise<number> {
  let options: BatchArgs
  try {
    options = parseBatchArgs(args)
    if (options.help) {
      io.stdout.write(`${BATCH_USAGE}\n`)
      return 0
    }
    await checkInputs(options.inputs)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`vn-admin-news batch: ${error.message}\n${BATCH_USAGE}\n`)
    return 2
  }

  const started = performance.now()
  const done = options.resume && options.output !== null ? await readDoneIds(options.output) : new Set<string>()
  const out = options.output === null ? io.stdout : createWriteStream(options.output, { flags: options.resume ? 'a' : 'w' })
  let outError: Error | null = null
  out.on('error', (error: Error) => {
    outError = error
  })
  const pool = createPool(options.workers, {
    fields: options.fields,
    format: options.format,
    referenceDate: options.referenceDate,
    done: [...done],
  })
  const progress = new Progress(io.stderr, await totalBytes(options.inputs))
  const totals: Totals = { records: 0, errors: 0, skipped: 0 }
  /** Tasks sent, oldest first, with the input bytes they cover (for the progress bar). */
  const inFlight: { units: BatchUnit[]; bytes: number; result: Promise<TaskResult> }[] = []
  const maxInFlight = options.workers * IN_FLIGHT_PER_WORKER

  /** Writes the oldest task's lines (input order), waiting for the output to drain. */
  const writeOldest = async (): Promise<void> => {
    const task = inFlight.shift()!
    let result: TaskResult
    try {
      result = await task.result
    } catch {
      result = await retryOneByOne(pool, task.units, options.fields.id)
    }
    totals.records += result.records
    totals.errors += result.errors
    totals.skipped += result.skipped
    progress.addBytes(task.bytes)
    progress.addRecords(result.records)
    if (result.output.length > 0 && !out.write(result.output) && outError === null) await drained(out)
  }
  let units: BatchUnit[] = []
  let size = 0
  let bytes = 0
  const send = async (): Promise<void> => {
    if (units.length === 0) return
    const result = pool.run(units)
    // Handled when its turn to be written comes; until then a failure must not count as unhandled.
    result.catch(() => {})
    inFlight.push({ units, bytes, result })
    units = []
    size = 0
    bytes = 0
    while (inFlight.length >= maxInFlight) await writeOldest()
  }
  const add = async (unit: BatchUnit, unitSize: number): Promise<void> => {
    units.push(unit)
    size += unitSize
    if (unit.kind === 'lines') bytes += unit.block.bytes.length
    if (units.length >= TASK_RECORDS || size >= TASK_BYTES) await send()
  }

  try {
    for (const input of options.inputs) {
      if (outError !== null) break
      if (input !== '-' && (await stat(input)).isDirectory()) {
        let rank = 0
        for await (const entry of walkTree(input)) {
          rank++
          if ('error' in entry) {
            await send()
            inFlight.push({ units: [], bytes: 0, result: Promise.resolve(errorTask(entry.id, rank, entry.error)) })
          } else if (done.has(idKey(entry.id))) {
            totals.skipped++
          } else await add({ kind: 'file', line: rank, id: entry.id, path: entry.path }, 4096)
          if (outError !== null) break
        }
      } else {
        const stream = input === '-' ? io.stdin : createReadStream(input, { highWaterMark: 256 * 1024 })
        let line = 1
        for await (const blocks of readLineBlocks(stream, TASK_RECORDS, TASK_BYTES)) {
          for (const block of blocks) {
            await add({ kind: 'lines', line, block }, block.bytes.length)
            line += block.lines
            await send()
          }
          if (outError !== null) break
        }
      }
      await send()
    }
    while (inFlight.length > 0) await writeOldest()
  } finally {
    await pool.destroy()
  }
  if (out !== io.stdout) {
    out.end()
    if (outError === null) await once(out, 'close').catch(() => {})
  }
  progress.clear()
  const failed = outError as Error | null
  if (failed !== null) {
    io.stderr.write(`vn-admin-news batch: cannot write the output: ${failed.message}\n`)
    return 1
  }
  io.stderr.write(`${summary(totals, performance.now() - started, options.workers)}\n`)
  return totals.errors > 0 ? 1 : 0
}

/** The one-line summary: records, errors, skipped, time, rate, workers, CPU time, peak memory. */
function summary(totals: Totals, ms: number, workers: number): string {
  const seconds = ms / 1000
  const rate = seconds > 0 ? totals.records / seconds : 0
  const usage = process.resourceUsage()
  const rss = usage.maxRSS / 1024
  // CPU time of every thread of the process: on a busy machine, steadier than the rate.
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped (already in the output)` : ''
  return (
    `vn-admin-news batch: ${plural(totals.records, 'record')}, ${plural(totals.errors, 'error')}${skipped} in ${seconds.toFixed(1)} s` +
    ` (${Math.round(rate)} articles/s, ${plural(workers, 'worker')}, CPU ${cpu.toFixed(1)} s, peak RSS ${Math.round(rss)} MB)`
  )
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Every INPUT must exist (a mistyped path is a usage error, not a record). */
async function checkInputs(inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    if (input === '-') continue
    try {
      await stat(input)
    } catch (error) {
      throw new UsageError(`${input}: ${messageOf(error).replace(/^cannot read: /, '')}`)
    }
  }
}

/** The size of the JSONL inputs, for the progress bar; `null` when it cannot be known. */
async function totalBytes(inputs: readonly string[]): Promise<number | null> {
  let total = 0
  for (const input of inputs) {
    if (input === '-') return null
    const info = await stat(input)
    if (info.isDirectory()) return null
    total += info.size
  }
  return total
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done)
      stream.off('error', done)
      stream.off('close', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('error', done)
    stream.on('close', done)
  })
}

function errorTask(id: unknown, line: number, message: string): TaskResult {
  return { output: errorLine(id, line, message).line!, records: 1, errors: 1, skipped: 0 }
}

/**
 * A task whose worker died (a record too large for a worker's memory) is run again one unit
 * at a time, so that only the unit that kills a worker becomes an error record.
 */
async function retryOneByOne(pool: Pool, units: readonly BatchUnit[], idField: string): Promise<TaskResult> {
  const total: TaskResult = { output: '', records: 0, errors: 0, skipped: 0 }
  for (const unit of units.flatMap(recordsOf)) {
    let result: TaskResult
    try {
      result = await pool.run([unit])
    } catch (error) {
      result = errorTask(idOfUnit(unit, idField), unit.line, `worker failed: ${messageOf(error)}`)
    }
    total.output += result.output
    total.records += result.records
    total.errors += result.errors
    total.skipped += result.skipped
  }
  return total
}

function recordsOf(unit: BatchUnit): RecordUnit[] {
  if (unit.kind !== 'lines') return [unit]
  return linesOf(unit.block).map((text, i) => ({ kind: 'line', line: unit.line + i, text }))
}

function idOfUnit(unit: RecordUnit, idField: string): unknown {
  if (unit.kind === 'file') return unit.id
  try {
    const id = (JSON.parse(unit.text) as Record<string, unknown>)[idField]
    return typeof id === 'string' || typeof id === 'number' ? id : null
  } catch {
    return null
  }
}
