import { readFileSync } from 'node:fs'
import { analyze } from '../analyze.js'
import type { AnalyzeOptions } from '../types.js'
import type { RecordFields } from './batch-args.js'
import type { LineBlock } from './batch-input.js'
import { errorLine, idKey, messageOf, type UnitResult } from './batch-output.js'

/**
 * A unit of batch work: one JSONL line, a block of JSONL lines as read (bytes, decoded by the
 * worker; `line` is the number of its first line), or one file of a directory tree.
 */
export type BatchUnit = RecordUnit | { kind: 'lines'; line: number; block: LineBlock }

/** One record: a JSONL line, or one file of a directory tree. */
export type RecordUnit = { kind: 'line'; line: number; text: string } | { kind: 'file'; line: number; id: string; path: string }

/** What every record of a run shares. */
export interface RecordConfig {
  fields: RecordFields
  format: 'text' | 'html'
  referenceDate: string | null
  /** Keys ({@link idKey}) of the ids to skip (`--resume`). */
  done: ReadonlySet<string>
}

/**
 * Analyses one unit into its output line. Never throws: a malformed JSON line, a record
 * without text, an unreadable file or a failing analysis gives an error record.
 */
export function processUnit(unit: RecordUnit, config: RecordConfig): UnitResult {
  let id: unknown = null
  try {
    let input: string
    let format = config.format
    if (unit.kind === 'file') {
      id = unit.id
      if (config.done.has(idKey(id))) return { line: null, error: false }
      input = decodeUtf8(readFileSync(unit.path))
      if (/\.html?$/i.test(unit.path)) format = 'html'
    } else {
      const read = readRecord(unit.text, config)
      if ('error' in read) return errorLine(read.id, unit.line, read.error)
      id = read.id
      if (id !== null && config.done.has(idKey(id))) return { line: null, error: false }
      input = read.input
      if (read.html) format = 'html'
    }
    const options: AnalyzeOptions = { format }
    if (config.referenceDate !== null) options.referenceDate = config.referenceDate
    const analysis = analyze(input, options)
    return { line: `{"id":${idKey(id)},"line":${unit.line},"analysis":${JSON.stringify(analysis)}}\n`, error: false }
  } catch (error) {
    return errorLine(id, unit.line, messageOf(error))
  }
}

type ReadRecord = { id: unknown; input: string; html: boolean } | { id: unknown; error: string }

function readRecord(text: string, config: RecordConfig): ReadRecord {
  if (text.trim() === '') return { id: null, error: 'empty line' }
  let record: unknown
  try {
    record = JSON.parse(text)
  } catch (error) {
    return { id: null, error: `malformed JSON: ${messageOf(error)}` }
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { id: null, error: 'the line is not a JSON object' }
  }
  const fields = record as Record<string, unknown>
  const rawId = fields[config.fields.id]
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null
  const html = fields[config.fields.html]
  if (typeof html === 'string') return { id, input: html, html: true }
  const plain = fields[config.fields.text]
  if (typeof plain === 'string') return { id, input: plain, html: false }
  return { id, error: `the record has no "${config.fields.text}" or "${config.fields.html}" string` }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new Error('not valid UTF-8')
  }
}
