import { availableParallelism } from 'node:os'

/** The options of `vn-admin-news batch`, validated. */
export interface BatchArgs {
  inputs: string[]
  output: string | null
  workers: number
  resume: boolean
  format: 'text' | 'html'
  referenceDate: string | null
  fields: RecordFields
  help: boolean
}

/** Field names of a JSONL record. */
export interface RecordFields {
  id: string
  text: string
  html: string
}

export const BATCH_USAGE = `usage: vn-admin-news batch INPUT... [-o OUT] [--workers N] [--resume] [--format text|html]
                          [--id-field NAME] [--text-field NAME] [--html-field NAME] [--reference-date YYYY-MM-DD]

INPUT   a .jsonl file of {"id": …, "text": …} or {"id": …, "html": …} records, a directory tree of
        .txt/.html files (id = path relative to the directory), or - for JSONL on standard input
-o OUT  the JSONL output (standard output by default): one line per input record, in input order,
        {"id", "line", "analysis"} or {"id", "line", "error": {"message"}}
--workers N     worker threads (default: the number of cores)
--resume        skip the ids already in OUT and append to it
--format F      how "text" fields and .txt files are read (default text); "html" fields and
                .html files are always read as HTML
exit codes: 0 all records analysed, 1 some records were errors, 2 usage error`

/** Reads the arguments after `batch`; a usage error is thrown as a `UsageError`. */
export function parseBatchArgs(args: readonly string[]): BatchArgs {
  const parsed: BatchArgs = {
    inputs: [],
    output: null,
    workers: availableParallelism(),
    resume: false,
    format: 'text',
    referenceDate: null,
    fields: { id: 'id', text: 'text', html: 'html' },
    help: false,
  }
  let dashDash = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const value = (): string => {
      const next = args[++i]
      if (next === undefined) throw new UsageError(`${arg} needs a value`)
      return next
    }
    if (dashDash || arg === '-' || !arg.startsWith('-')) parsed.inputs.push(arg)
    else if (arg === '--') dashDash = true
    else if (arg === '-h' || arg === '--help') parsed.help = true
    else if (arg === '-o' || arg === '--output') parsed.output = value()
    else if (arg === '--resume') parsed.resume = true
    else if (arg === '--workers') {
      const text = value()
      const workers = Number(text)
      if (!/^\d{1,4}$/.test(text) || workers < 1) throw new UsageError(`--workers must be a whole number ≥ 1, got "${text}"`)
      parsed.workers = workers
    } else if (arg === '--format') {
      const format = value()
      if (format !== 'text' && format !== 'html') throw new UsageError(`--format must be text or html, got "${format}"`)
      parsed.format = format
    } else if (arg === '--reference-date') {
      const date = value()
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--reference-date must look like 2024-01-15, got "${date}"`)
      parsed.referenceDate = date
    } else if (arg === '--id-field') parsed.fields.id = value()
    else if (arg === '--text-field') parsed.fields.text = value()
    else if (arg === '--html-field') parsed.fields.html = value()
    else throw new UsageError(`unknown option "${arg}"`)
  }
  if (parsed.help) return parsed
  if (parsed.inputs.length === 0) throw new UsageError('batch needs an INPUT (a .jsonl file, a directory, or -)')
  if (parsed.inputs.filter((input) => input === '-').length > 1) throw new UsageError('- (standard input) can be given once')
  if (parsed.resume && parsed.output === null) throw new UsageError('--resume needs -o OUT')
  return parsed
}

/** A mistake in the command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
