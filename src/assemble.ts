import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { toSourceEnd, toSourceStart, type OffsetMap } from './normalize/index.js'
import { stateOf } from './stage.js'
import type { Span } from './types.js'

/**
 * retext plugin: the last stage. Maps every span of the analysis from the normalised text into
 * the input, re-reads each mention's `text` from the input, and sets `file.data.analysis`.
 */
export function vnAssemble() {
  return function (_tree: Root, file: VFile): void {
    const { result, source, map } = stateOf(file)
    remapSpans(result, source, map, new WeakSet())
    file.data.analysis = result
  }
}

function remapSpans(node: unknown, source: string, map: OffsetMap, seen: WeakSet<object>): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return
  seen.add(node)
  if (Array.isArray(node)) {
    for (const item of node) remapSpans(item, source, map, seen)
    return
  }
  const record = node as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const value = record[key]
    if (key === 'span' && isSpan(value)) {
      const span = { start: toSourceStart(map, value.start), end: toSourceEnd(map, value.end) }
      if (span.end < span.start) span.end = span.start
      record.span = span
      if (typeof record.text === 'string') record.text = source.slice(span.start, span.end)
    } else remapSpans(value, source, map, seen)
  }
}

function isSpan(value: unknown): value is Span {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Span).start === 'number' &&
    typeof (value as Span).end === 'number'
  )
}
