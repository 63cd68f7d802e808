import { htmlToText } from '../html/index.js'
import type { ResolvedOptions } from '../state.js'
import { repairLegacy } from './legacy.js'
import { composeMaps, identityMap, type OffsetMap } from './offset-map.js'
import { normalizeText, type NormalizedText } from './text.js'

export { normalizeText, type NormalizedText } from './text.js'
export { toSourceStart, toSourceEnd, composeMaps, identityMap, type OffsetMap } from './offset-map.js'

/** The input turned into the text every stage matches on, with warnings about what was done. */
export interface PreparedInput extends NormalizedText {
  warnings: string[]
}

/**
 * Turns the raw input into normalised text with a map back to the input; HTML is first read
 * into its article text (`src/html/`), and the two maps are composed.
 */
export function prepareInput(source: string, options: ResolvedOptions): PreparedInput {
  if (options.format !== 'html') return repairAndNormalize(source, identityMap, [])
  const html = htmlToText(source)
  return repairAndNormalize(html.text, html.map, html.warnings)
}

/** Converts TCVN3/VNI mojibake (`legacy.ts`) if any, normalises, and composes the maps. */
function repairAndNormalize(text: string, map: OffsetMap, warnings: string[]): PreparedInput {
  const legacy = repairLegacy(text)
  const repaired = legacy === null ? { text, map } : { text: legacy.text, map: composeMaps(legacy.map, map) }
  const normalized = normalizeText(repaired.text)
  return {
    text: normalized.text,
    map: composeMaps(normalized.map, repaired.map),
    warnings: legacy === null ? warnings : [...warnings, legacy.warning],
  }
}
