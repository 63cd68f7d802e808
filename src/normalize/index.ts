import type { ResolvedOptions } from '../state.js'
import { normalizeText, type NormalizedText } from './text.js'

export { normalizeText, type NormalizedText } from './text.js'
export { toSourceStart, toSourceEnd, composeMaps, identityMap, type OffsetMap } from './offset-map.js'

/** The input turned into the text every stage matches on, with warnings about what was done. */
export interface PreparedInput extends NormalizedText {
  warnings: string[]
}

/** Turns the raw input into normalised text with a map back to the input. */
export function prepareInput(source: string, _options: ResolvedOptions): PreparedInput {
  return { ...normalizeText(source), warnings: [] }
}
