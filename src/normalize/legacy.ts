/**
 * Repair of text typed in the TCVN3 (ABC) or VNI fonts and copied as Unicode
 * ("Uû ban nh©n d©n", "UÛy ban nhaân daân" → "Uỷ ban nhân dân"), with a map back to the input.
 */
import { convertLegacy } from './legacy-convert.js'
import { detectLegacy, hasUnicodeVietnamese } from './legacy-detect.js'
import type { LegacyEncoding } from './legacy-tables.js'
import type { OffsetMap } from './offset-map.js'

export { detectLegacy } from './legacy-detect.js'
export type { LegacyEncoding } from './legacy-tables.js'

/** The converted text, its map to the input, and what was converted. */
export interface LegacyRepair {
  text: string
  map: OffsetMap
  encoding: LegacyEncoding
  /** For `ArticleAnalysis.warnings`: "legacy TCVN3 text converted". */
  warning: string
}

/**
 * The converted text with a map of `MapBuilder`'s layout, in typed arrays: every letter is one
 * UTF-16 unit from one or two input units, so the output is never longer than the input and
 * nothing needs to grow (a per-char `MapBuilder` made a 1 MB input cost seconds).
 */
class LetterMap {
  private readonly codes: Uint16Array
  private readonly starts: Uint32Array
  private readonly ends: Uint32Array
  private length = 0

  constructor(private readonly sourceLength: number) {
    this.codes = new Uint16Array(sourceLength)
    this.starts = new Uint32Array(sourceLength + 1)
    this.ends = new Uint32Array(sourceLength + 1)
  }

  /** Appends one UTF-16 unit derived from `source[from, to)`. */
  readonly push = (code: number, from: number, to: number): void => {
    this.codes[this.length] = code
    this.starts[this.length] = from
    this.length++
    this.ends[this.length] = to
  }

  finish(): { text: string; map: OffsetMap } {
    const { length } = this
    this.starts[length] = this.sourceLength
    this.ends[0] = length === 0 ? 0 : this.starts[0]!
    const text = new TextDecoder('utf-16le').decode(this.codes.subarray(0, length))
    return { text, map: { starts: this.starts.slice(0, length + 1), ends: this.ends.slice(0, length + 1) } }
  }
}

/**
 * Converts `source` if it is legacy mojibake, else `null` (the common case, decided in one quick
 * pass). Lines that already hold Unicode Vietnamese are kept as they are.
 */
export function repairLegacy(source: string): LegacyRepair | null {
  const encoding = detectLegacy(source)
  if (encoding === null) return null
  const out = new LetterMap(source.length)
  let start = 0
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    if (hasUnicodeVietnamese(source, start, end)) {
      for (let i = start; i < end; i++) out.push(source.charCodeAt(i), i, i + 1)
    } else convertLegacy(encoding, source, start, end, out.push)
    if (end < source.length) out.push(10, end, end + 1)
    start = end + 1
  }
  return { ...out.finish(), encoding, warning: `legacy ${encoding} text converted` }
}
