import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import surnames from '../../dictionaries/surnames.json' with { type: 'json' }
import { sortSmall } from '../sort.js'
import { stateOf } from '../stage.js'
import type { ArticleAnalysis } from '../types.js'
import { addAgencies, findAgencies, useSurnames, type AgencyCandidate } from './find.js'
import { mergeAgencies, type PlaceContext } from './merge.js'
import { provinceOf, provinceSource, type Province } from './provinces.js'
import { isWordStart, WordSet, wordsIn, wordsOf, type WordIndex } from '../words.js'

export { findAgencies } from './find.js'
export { expandAbbreviations } from './heads.js'
export { provinceOf } from './provinces.js'

useSurnames(surnames)

const namedProvince = new RegExp(`(?:tỉnh|thành phố|TP\\.?) {1,2}(${provinceSource})(?!\\p{L})`, 'iuy')
const namedDistrict = /(huyện|quận|thị xã) {1,2}(\p{Lu}\p{Ll}{0,10}(?: \p{Lu}\p{Ll}{0,10}){0,2})(?!\p{L})/uy
/** The words that may start `namedProvince`, in any case. */
const provinceStarters = new WordSet(['tỉnh', 'thành', 'tp'])
/** What `namedDistrict` starts with (in lower case only). */
const districtStarters = ['huyện', 'quận', 'thị xã']

/** The first match of `namedProvince`, tried at the words that may start it. */
function firstNamedProvince(text: string, words: WordIndex): RegExpExecArray | null {
  const { starts, ends } = words
  for (let w = 0; w < starts.length; w++) {
    // Every starter begins with "t" and has two to five letters: two cheap tests first.
    if ((text.charCodeAt(starts[w]!) | 32) !== 116 || ends[w]! - starts[w]! > 5 || !provinceStarters.has(text, words, w)) continue
    namedProvince.lastIndex = starts[w]!
    const match = namedProvince.exec(text)
    if (match) return match
  }
  return null
}

/** The first match of `namedDistrict` at a word start: its starters looked for with `indexOf`. */
function firstNamedDistrict(text: string): RegExpExecArray | null {
  let first: RegExpExecArray | null = null
  for (const starter of districtStarters) {
    for (let at = text.indexOf(starter); at !== -1 && (first === null || at < first.index); at = text.indexOf(starter, at + 1)) {
      if (!isWordStart(text, at)) continue
      namedDistrict.lastIndex = at
      const match = namedDistrict.exec(text)
      if (match) {
        first = match
        break
      }
    }
  }
  return first
}
const cityPrefix = /^(?:thành phố|tp\.?) (.{1,80})$/iu

/** retext plugin: finds every agency, merges its mentions and resolves its place. */
export function vnAgencies() {
  return function (_tree: Root, file: VFile): void {
    const state = stateOf(file)
    const { text, result } = state
    const words = wordsIn(state)
    // The mentions of every part in one list (in order of the parts, sorted below).
    const candidates: AgencyCandidate[] = []
    if (result.parts.length === 0) addAgencies(text, 0, text.length, words, candidates)
    for (const part of result.parts) {
      if (part.kind === 'source' || part.kind === 'repeated-title') continue
      addAgencies(text, part.span.start, part.span.end, words, candidates)
    }
    sortSmall(candidates, byStart)
    result.agencies = mergeAgencies(text, candidates, placeContext(text, result, candidates, words))
  }
}

/**
 * The article's own place, for mentions like "UBND tỉnh" that do not write it. The province
 * beyond the title's place and the district are read when a mention first asks for them: most
 * articles write the place of each mention or never need a district.
 */
export function placeContext(text: string, result: ArticleAnalysis, candidates: AgencyCandidate[], words: WordIndex = wordsOf(text)): PlaceContext {
  return new ArticlePlace(text, result, candidates, words)
}

class ArticlePlace implements PlaceContext {
  readonly city: string | null = null
  /** The province, `undefined` until read. */
  private provinceRead: Province | null | undefined
  private districtRead: PlaceContext['district'] | undefined

  constructor(
    private readonly text: string,
    private readonly result: ArticleAnalysis,
    private readonly candidates: AgencyCandidate[],
    private readonly words: WordIndex,
  ) {
    const location = result.location?.name ?? null
    if (location !== null) {
      const cityName = cityPrefix.exec(location)?.[1]
      const province = provinceOf(location) ?? (cityName ? provinceOf(cityName) : undefined) ?? null
      if (province === null && cityName) this.city = cityName
      if (province !== null) this.provinceRead = province
    }
  }

  get province(): Province | null {
    if (this.provinceRead !== undefined) return this.provinceRead
    const { text, result, words } = this
    let province: Province | null = null
    if (result.author?.agency) {
      // Read in the article's own text (the byline is part of it), with its word index.
      const { start, end } = result.author.span
      province = findAgencies(text, start, end, words).find((c) => c.province)?.province ?? null
    }
    province ??= this.candidates.find((c) => c.province !== null)?.province ?? null
    if (province === null) {
      const named = firstNamedProvince(text, words)
      if (named) province = provinceOf(named[1]!) ?? null
    }
    this.provinceRead = province
    return province
  }

  get district(): PlaceContext['district'] {
    if (this.districtRead !== undefined) return this.districtRead
    const district = firstNamedDistrict(this.text)
    this.districtRead = district ? { type: district[1] as 'huyện' | 'quận' | 'thị xã', place: district[2]! } : null
    return this.districtRead
  }
}

function byStart(a: AgencyCandidate, b: AgencyCandidate): number {
  return a.start - b.start
}
