import abbreviations from '../../dictionaries/abbreviations.json' with { type: 'json' }
import kindsData from '../../dictionaries/agency-kinds.json' with { type: 'json' }
import sectors from '../../dictionaries/sectors.json' with { type: 'json' }
import type { AgencyLevel } from '../types.js'
import { alternation, keyOf, normalizeEntry, wordKey } from './lexicon.js'
import { PhraseMatcher } from './phrases.js'
import { WordSet, type WordIndex } from '../words.js'

/** What a head noun needs after it to name an agency. */
export type Needs = 'bare' | 'name' | 'name-or-bare'

/** One agency head of the dictionary. */
export interface Head {
  /** Canonical head as written in a full name: `Ủy ban nhân dân`, `Sở`, `Tỉnh ủy`. */
  kind: string
  needs: Needs
  level: AgencyLevel | null
}

interface KindEntry {
  head: string
  needs: string
  kind?: string
  level?: string
}

const abbreviationMap = abbreviations as Record<string, string>

/** Every written form of a head (full and abbreviated) → its head. */
const headByKey = new Map<string, Head>()

function addHead(form: string, head: Head): void {
  const key = keyOf(form)
  if (!headByKey.has(key)) headByKey.set(key, head)
}

for (const entry of (kindsData as { kinds: KindEntry[] }).kinds) {
  const head: Head = {
    kind: normalizeEntry(entry.kind ?? entry.head),
    needs: entry.needs as Needs,
    level: (entry.level as AgencyLevel | undefined) ?? null,
  }
  addHead(entry.head, head)
}
// Abbreviated forms: "UBND" for "Ủy ban nhân dân", "Ủy ban MTTQ" / "UB MTTQ" for "Ủy ban Mặt trận Tổ quốc".
for (const [abbreviation, expansion] of Object.entries(abbreviationMap)) {
  const expanded = normalizeEntry(expansion)
  for (const [key, head] of [...headByKey]) {
    const full = normalizeEntry(head.kind)
    if (keyOf(full) !== key && !key.includes(keyOf(expanded))) continue
    if (!key.includes(keyOf(expanded))) continue
    addHead(key.replace(keyOf(expanded), abbreviation), head)
    if (expanded.includes(' ')) {
      // "Ủy ban MTTQ": only the tail abbreviated.
      const [first, ...rest] = expanded.split(' ')
      const tail = rest.join(' ')
      const tailAbbreviation = Object.entries(abbreviationMap).find(([, e]) => normalizeEntry(e) === tail)
      if (tailAbbreviation) addHead(key.replace(keyOf(expanded), `${first} ${tailAbbreviation[0]}`), head)
    }
  }
}

/** Every head of the dictionary (each once). */
export const allHeads: readonly Head[] = [...new Set(headByKey.values())]

/** The first word of every head form ("ủy", "ubnd", "sở"), for word-gated scanning. */
const headFirstWords = new Set([...headByKey.keys()].map((key) => key.split(' ')[0]!))

const headFirstChars = new Set([...headFirstWords].flatMap((word) => [word[0]!, word[0]!.toUpperCase()]))
headFirstChars.add('Ð')
/** 1 for the chars below U+1F00 a head form may start with. */
const headFirstCodes = new Uint8Array(0x1f00)
for (const ch of headFirstChars) if (ch.charCodeAt(0) < headFirstCodes.length) headFirstCodes[ch.charCodeAt(0)] = 1

/** The first words as a set looked up by the word index's hashes. */
const firstWordSet = new WordSet(headFirstWords)

/** Whether a word (any case) may begin an agency head. */
export function mayStartHead(word: string): boolean {
  return headFirstChars.has(word[0]!) && headFirstWords.has(wordKey(word))
}

/** `mayStartHead` for the word `w` of the word index `words` of `text`. */
export function mayStartHeadAt(text: string, words: WordIndex, w: number): boolean {
  return headFirstCodes[text.charCodeAt(words.starts[w]!)] === 1 && firstWordSet.has(text, words, w)
}

/** Regular-expression source of every head form, longest first. */
export const headSource = alternation(headByKey.keys())

/** The heads as a trie: `headSource` followed by no letter, digit or "&". */
export const headMatcher = new PhraseMatcher(headByKey.keys(), 'letter-digit-amp', (entry) => headByKey.get(keyOf(entry)))

/** The head written as `text` ("UBND", "Sở", "Tỉnh uỷ"), or `undefined`. */
export function headOf(text: string): Head | undefined {
  return headByKey.get(keyOf(text))
}

/** Canonical sector names by key, abbreviated forms ("GD&ĐT") included. */
const sectorByKey = new Map<string, string>()
for (const sector of sectors) {
  const canonical = normalizeEntry(sector).replace(/ {0,3}[-–—] {0,3}/g, ' - ').replace(/^Thi đua,? Khen thưởng$/, 'Thi đua - Khen thưởng')
  sectorByKey.set(keyOf(sector), canonical)
}
for (const [abbreviation, expansion] of Object.entries(abbreviationMap)) {
  const canonical = sectorByKey.get(keyOf(expansion))
  if (canonical !== undefined) sectorByKey.set(keyOf(abbreviation), canonical)
}

/** Regular-expression source of every sector form. */
export const sectorSource = alternation(sectorByKey.keys())

/** The sectors as a trie: `sectorSource` followed by no letter, digit or "&". */
export const sectorMatcher = new PhraseMatcher(sectorByKey.keys(), 'letter-digit-amp', (entry) => sectorByKey.get(keyOf(entry)))

/** The canonical sector written as `text` ("tư pháp", "GD&ĐT"), or `undefined`. */
export function sectorOf(text: string): string | undefined {
  return sectorByKey.get(keyOf(text))
}

const abbreviationSource = alternation(Object.keys(abbreviationMap).filter((a) => a.length > 1))
const abbreviationPattern = new RegExp(`(?<![\\p{L}\\p{N}&])(?:${abbreviationSource})(?![\\p{L}\\p{N}&])`, 'gu')
const expansionByKey = new Map(Object.entries(abbreviationMap).map(([a, e]) => [keyOf(a), normalizeEntry(e)]))

/** `text` with every abbreviation written out: "UBND tỉnh" → "Ủy ban nhân dân tỉnh". */
export function expandAbbreviations(text: string): string {
  return text.replace(abbreviationPattern, (abbreviation) => {
    const expansion = expansionByKey.get(keyOf(abbreviation))
    if (expansion === undefined) return abbreviation
    // "TP" stands for the noun "thành phố": keep it lower case inside a name.
    return expansion
  })
}

/** Every abbreviation with its expansion (for tests and documentation). */
export function allAbbreviations(): [string, string][] {
  return Object.entries(abbreviationMap).map(([a, e]) => [a, normalizeEntry(e)])
}

const placeWords = new Set(['thành phố', 'quận', 'huyện', 'thị xã', 'thị trấn'])
const nameAbbreviations = Object.entries(abbreviationMap).filter(([abbreviation, expansion]) => {
  const key = keyOf(expansion)
  return (
    abbreviation.length > 1 &&
    // "TP." is "thành phố" in a name too; a one-letter "H." or "Q." may be an initial.
    (!abbreviation.endsWith('.') || abbreviation.length > 2) &&
    (headByKey.has(key) || sectorByKey.has(key) || placeWords.has(key))
  )
})
const nameAbbreviationPattern = new RegExp(
  `(?<![\\p{L}\\p{N}&])(?:${alternation(nameAbbreviations.map(([a]) => a))})(?![\\p{L}\\p{N}&])`,
  'gu',
)

/**
 * An agency's name as written, with only the abbreviations of heads, sectors and place words
 * written out ("UBND tỉnh" → "Ủy ban nhân dân tỉnh", "Sở GD&ĐT TP HCM" → "Sở Giáo dục và Đào tạo
 * thành phố HCM"); other abbreviations ("PBGDPL") stay as written.
 */
export function expandNameAbbreviations(text: string): string {
  return text.replace(nameAbbreviationPattern, (abbreviation) => {
    const key = keyOf(abbreviation)
    const expansion = expansionByKey.get(key)
    if (expansion === undefined) return abbreviation
    const headKind = headByKey.get(keyOf(expansion))?.kind
    return headKind ?? sectorByKey.get(keyOf(expansion)) ?? expansion
  })
}
