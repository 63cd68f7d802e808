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
    const { result, source, text, map } = stateOf(file)
    // Spans and texts already point into the input when normalising changed nothing.
    if (map.starts !== null) remapSpans(result, source, map, new Set())
    else if (source !== text) remapSpans(result, source, map, null)
    file.data.analysis = result
  }
}

/**
 * Remaps every `span` under `node` once (`seen`: an object may be shared by two fields); with
 * the identity map only the texts are re-read, which may be done twice, so `seen` is `null`.
 */
function remapSpans(node: object, source: string, map: OffsetMap, seen: Set<object> | null): void {
  if (seen !== null) {
    if (seen.has(node)) return
    seen.add(node)
  }
  if (Array.isArray(node)) {
    for (const item of node) if (typeof item === 'object' && item !== null) remapSpans(item, source, map, seen)
    return
  }
  const record = node as Record<string, unknown>
  for (const key in record) {
    const value = record[key]
    if (typeof value !== 'object' || value === null) continue
    if (key === 'span' && isSpan(value)) {
      const span = { start: toSourceStart(map, value.start), end: toSourceEnd(map, value.end) }
      if (span.end < span.start) span.end = span.start
      record.span = span
      if (typeof record.text === 'string') record.text = source.slice(span.start, span.end)
    } else remapSpans(value, source, map, seen)
  }
}

function isSpan(value: object): value is Span {
  return typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number'
}
