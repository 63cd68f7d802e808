/**
 * Repair of text typed in the TCVN3 (ABC) or VNI fonts and copied as Unicode
 * ("Uû ban nh©n d©n", "UÛy ban nhaân daân" → "Uỷ ban nhân dân"), with a map back to the input.
 */
import { convertLegacy } from './legacy-convert.js'
import { detectLegacy, hasUnicodeVietnamese } from './legacy-detect.js'
import type { LegacyEncoding } from './legacy-tables.js'
import { MapBuilder, type OffsetMap } from './offset-map.js'

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
 * Converts `source` if it is legacy mojibake, else `null` (the common case, decided in one quick
 * pass). Lines that already hold Unicode Vietnamese are kept as they are.
 */
export function repairLegacy(source: string): LegacyRepair | null {
  const encoding = detectLegacy(source)
  if (encoding === null) return null
  const out = new MapBuilder()
  const push = out.push.bind(out)
  let start = 0
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    if (hasUnicodeVietnamese(source, start, end)) {
      for (let i = start; i < end; i++) out.push(source[i]!, i, i + 1)
    } else convertLegacy(encoding, source, start, end, push)
    if (end < source.length) out.push('\n', end, end + 1)
    start = end + 1
  }
  return { ...out.finish(source.length), encoding, warning: `legacy ${encoding} text converted` }
}
