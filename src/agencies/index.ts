import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import surnames from '../../dictionaries/surnames.json' with { type: 'json' }
import { stateOf } from '../stage.js'
import type { ArticleAnalysis } from '../types.js'
import { findAgencies, useSurnames, type AgencyCandidate } from './find.js'
import { mergeAgencies, type PlaceContext } from './merge.js'
import { provinceOf, provinceSource } from './provinces.js'
import { wordIs, wordsOf } from './words.js'

export { findAgencies } from './find.js'
export { expandAbbreviations } from './heads.js'
export { provinceOf } from './provinces.js'

useSurnames(surnames)

const namedProvince = new RegExp(`(?:tỉnh|thành phố|TP\\.?) {1,2}(${provinceSource})(?!\\p{L})`, 'iuy')
const namedDistrict = /(huyện|quận|thị xã) {1,2}(\p{Lu}\p{Ll}{0,10}(?: \p{Lu}\p{Ll}{0,10}){0,2})(?!\p{L})/uy
const provinceWords = byInitial(['tỉnh', 'thành', 'tp'])
const districtWords = byInitial(['huyện', 'quận', 'thị'])

/** Lower-case words grouped by their initial's char code, so a word is compared only with those of its initial. */
function byInitial(words: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>()
  for (const word of words) {
    const initial = word.charCodeAt(0)
    out.set(initial, [...(out.get(initial) ?? []), word])
  }
  return out
}

/** The first match of a sticky pattern at a word of `starters` (lower case, by initial). */
function firstAtWord(text: string, starters: Map<number, string[]>, pattern: RegExp): RegExpExecArray | null {
  const { starts, ends } = wordsOf(text)
  for (let w = 0; w < starts.length; w++) {
    const start = starts[w]!
    const end = ends[w]!
    // Starters begin with ASCII letters: "T" and "t" share `| 32`, and so does no other char.
    const code = text.charCodeAt(start)
    if (code >= 128) continue
    const candidates = starters.get(code | 32)
    if (candidates === undefined) continue
    let starter = 0
    while (starter < candidates.length && !wordIs(text, start, end, candidates[starter]!)) starter++
    if (starter === candidates.length) continue
    pattern.lastIndex = start
    const match = pattern.exec(text)
    if (match) return match
  }
  return null
}
const cityPrefix = /^(?:thành phố|tp\.?) (.{1,80})$/iu

/** retext plugin: finds every agency, merges its mentions and resolves its place. */
export function vnAgencies() {
  return function (_tree: Root, file: VFile): void {
    const state = stateOf(file)
    const { text, result } = state
    const candidates: AgencyCandidate[] = []
    if (result.parts.length === 0) candidates.push(...findAgencies(text))
    for (const part of result.parts) {
      if (part.kind === 'source' || part.kind === 'repeated-title') continue
      candidates.push(...findAgencies(text, part.span.start, part.span.end))
    }
    candidates.sort((a, b) => a.start - b.start)
    result.agencies = mergeAgencies(text, candidates, placeContext(text, result, candidates))
  }
}

/** The article's own place, for mentions like "UBND tỉnh" that do not write it. */
export function placeContext(text: string, result: ArticleAnalysis, candidates: AgencyCandidate[]): PlaceContext {
  let province = null
  let city: string | null = null
  const location = result.location?.name ?? null
  if (location !== null) {
    const cityName = cityPrefix.exec(location)?.[1]
    province = provinceOf(location) ?? (cityName ? provinceOf(cityName) : undefined) ?? null
    if (province === null && cityName) city = cityName
  }
  if (province === null && result.author?.agency) {
    // Read in the article's own text (the byline is part of it), keeping its word index warm.
    const { start, end } = result.author.span
    province = findAgencies(text, start, end).find((c) => c.province)?.province ?? null
  }
  province ??= candidates.find((c) => c.province !== null)?.province ?? null
  if (province === null) {
    const named = firstAtWord(text, provinceWords, namedProvince)
    if (named) province = provinceOf(named[1]!) ?? null
  }
  const district = firstAtWord(text, districtWords, namedDistrict)
  return {
    province,
    district: district ? { type: district[1] as 'huyện' | 'quận' | 'thị xã', place: district[2]! } : null,
    city,
  }
}
