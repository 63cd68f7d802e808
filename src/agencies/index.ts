import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import surnames from '../../dictionaries/surnames.json' with { type: 'json' }
import { stateOf } from '../stage.js'
import type { ArticleAnalysis } from '../types.js'
import { findAgencies, useSurnames, type AgencyCandidate } from './find.js'
import { mergeAgencies, type PlaceContext } from './merge.js'
import { provinceOf, provinceSource } from './provinces.js'
import { WordSet, wordsIn, wordsOf, type WordIndex } from '../words.js'

export { findAgencies } from './find.js'
export { expandAbbreviations } from './heads.js'
export { provinceOf } from './provinces.js'

useSurnames(surnames)

const namedProvince = new RegExp(`(?:tỉnh|thành phố|TP\\.?) {1,2}(${provinceSource})(?!\\p{L})`, 'iuy')
const namedDistrict = /(huyện|quận|thị xã) {1,2}(\p{Lu}\p{Ll}{0,10}(?: \p{Lu}\p{Ll}{0,10}){0,2})(?!\p{L})/uy
/** The words that may start `namedProvince` (ids 0–2) or `namedDistrict` (ids 3–5), in any case. */
const placeStarters = new WordSet(['tỉnh', 'thành', 'tp', 'huyện', 'quận', 'thị'])
const DISTRICT = 3

/**
 * The first match of `namedProvince` (when `wantProvince`) and of `namedDistrict`, each tried
 * at the words that may start it: one pass over the words for both.
 */
function firstNamedPlaces(text: string, words: WordIndex, wantProvince: boolean): [RegExpExecArray | null, RegExpExecArray | null] {
  let province: RegExpExecArray | null = null
  let district: RegExpExecArray | null = null
  let provinceDone = !wantProvince
  const { starts } = words
  for (let w = 0; w < starts.length; w++) {
    const id = placeStarters.idOf(text, words, w)
    if (id === -1) continue
    if (id < DISTRICT) {
      if (provinceDone) continue
      namedProvince.lastIndex = starts[w]!
      province = namedProvince.exec(text)
      provinceDone = province !== null
    } else {
      if (district !== null) continue
      namedDistrict.lastIndex = starts[w]!
      district = namedDistrict.exec(text)
      if (district === null) continue
    }
    if (provinceDone && district !== null) break
  }
  return [province, district]
}
const cityPrefix = /^(?:thành phố|tp\.?) (.{1,80})$/iu

/** retext plugin: finds every agency, merges its mentions and resolves its place. */
export function vnAgencies() {
  return function (_tree: Root, file: VFile): void {
    const state = stateOf(file)
    const { text, result } = state
    const words = wordsIn(state)
    const candidates: AgencyCandidate[] = []
    if (result.parts.length === 0) candidates.push(...findAgencies(text, 0, text.length, words))
    for (const part of result.parts) {
      if (part.kind === 'source' || part.kind === 'repeated-title') continue
      candidates.push(...findAgencies(text, part.span.start, part.span.end, words))
    }
    candidates.sort((a, b) => a.start - b.start)
    result.agencies = mergeAgencies(text, candidates, placeContext(text, result, candidates, words))
  }
}

/** The article's own place, for mentions like "UBND tỉnh" that do not write it. */
export function placeContext(text: string, result: ArticleAnalysis, candidates: AgencyCandidate[], words: WordIndex = wordsOf(text)): PlaceContext {
  let province = null
  let city: string | null = null
  const location = result.location?.name ?? null
  if (location !== null) {
    const cityName = cityPrefix.exec(location)?.[1]
    province = provinceOf(location) ?? (cityName ? provinceOf(cityName) : undefined) ?? null
    if (province === null && cityName) city = cityName
  }
  if (province === null && result.author?.agency) {
    // Read in the article's own text (the byline is part of it), with its word index.
    const { start, end } = result.author.span
    province = findAgencies(text, start, end, words).find((c) => c.province)?.province ?? null
  }
  province ??= candidates.find((c) => c.province !== null)?.province ?? null
  const [named, district] = firstNamedPlaces(text, words, province === null)
  if (named) province = provinceOf(named[1]!) ?? null
  return {
    province,
    district: district ? { type: district[1] as 'huyện' | 'quận' | 'thị xã', place: district[2]! } : null,
    city,
  }
}
