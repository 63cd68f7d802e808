/**
 * Detection of TCVN3 and VNI mojibake. A quick test rules out ordinary text in one pass; a text
 * that holds a legacy-only character or VNI pair is tallied line by line, and a sample of its
 * words must read as Vietnamese syllables once converted.
 */
import { convertWord } from './legacy-convert.js'
import { isVietnameseSyllable } from './legacy-syllable.js'
import {
  LATIN1_VIETNAMESE,
  tcvn3Chars,
  vniAmbiguousPairs,
  vniSequences,
  type LegacyEncoding,
} from './legacy-tables.js'

/** Fewer legacy characters than this are chance (a "©", a pair of «»). */
const MIN_EVIDENCE = 2
/** Converted words read to decide; enough for a verdict, bounded for a 10 MB input. */
const SAMPLE_WORDS = 400
/** Converted legacy Vietnamese is nearly all well-formed syllables; converted French is not. */
const MIN_SYLLABLE_SHARE = 0.7

const vniChars = new Set([...vniSequences.keys()].join(''))
const vniPairs = [...vniSequences.keys()].filter((source) => source.length === 2 && !vniAmbiguousPairs.has(source))
/** VNI pairs (vowel + mark) as `first << 16 | second`; none spells Unicode Vietnamese. */
const vniPairCodes = new Set(vniPairs.map((pair) => (pair.charCodeAt(0) << 16) | pair.charCodeAt(1)))

/** Per Latin-1 code: what a char tells about TCVN3 (see {@link tally}). */
const TCVN3_ONLY = 1
const TCVN3_SMALL_AS_CAPITAL = 2
const TCVN3_OR_VNI_MARK = 3
const tcvn3Kind = new Uint8Array(0x100)
/** Lowercase letters in either writing, the context of a TCVN3 "capital" that is a small letter. */
const small = new Uint8Array(0x100)
for (let code = 0x61; code <= 0x7a; code++) small[code] = 1
for (let code = 0xdf; code <= 0xff; code++) small[code] = 1
for (const [source, letter] of tcvn3Chars) {
  const code = source.charCodeAt(0)
  const isSmall = letter === letter.toLowerCase()
  if (isSmall) small[code] = 1
  if (LATIN1_VIETNAMESE.includes(source)) continue
  if (!vniChars.has(source)) tcvn3Kind[code] = TCVN3_ONLY
  else if (isSmall && source !== source.toLowerCase()) tcvn3Kind[code] = TCVN3_SMALL_AS_CAPITAL
  else if (isSmall && !vniSequences.has(source)) tcvn3Kind[code] = TCVN3_OR_VNI_MARK
}
for (const [source, letter] of tcvn3Chars) {
  const code = source.charCodeAt(0)
  if (code >= 0xc0 && code <= 0xde && letter === letter.toLowerCase() && tcvn3Kind[code] === 0) {
    tcvn3Kind[code] = TCVN3_SMALL_AS_CAPITAL
  }
}

const hex = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * Any char that Unicode Vietnamese never uses but TCVN3 or VNI do, a TCVN3 small letter written
 * as a Latin-1 capital after a small one ("kÕt"), or a VNI pair spelt with Vietnamese letters
 * only ("aâ", "eá"). Single chars and two-char sequences: no repetition at all.
 */
const mayBeLegacy: RegExp = (() => {
  const legacyChars = [...new Set([...tcvn3Chars.keys(), ...vniChars])].filter(
    (char) => char.charCodeAt(0) >= 0xa1 && !LATIN1_VIETNAMESE.includes(char),
  )
  const capitals = [...tcvn3Chars.keys()].filter((char) => tcvn3Kind[char.charCodeAt(0)] === TCVN3_SMALL_AS_CAPITAL)
  const alternatives = [`[${legacyChars.map(hex).join('')}]`]
  const smallLetters = [...LATIN1_VIETNAMESE].filter((char) => char === char.toLowerCase())
  const plainCapitals = capitals.filter((char) => LATIN1_VIETNAMESE.includes(char))
  // The char first, the lookbehind after: most positions fail on one class test.
  alternatives.push(`[${plainCapitals.map(hex).join('')}](?<=[a-z${smallLetters.map(hex).join('')}].)`)
  const firstsBySecond = new Map<string, string[]>()
  for (const pair of vniPairs) {
    if (legacyChars.includes(pair[0]!) || legacyChars.includes(pair[1]!)) continue
    firstsBySecond.set(pair[1]!, [...(firstsBySecond.get(pair[1]!) ?? []), pair[0]!])
  }
  const seconds = [...firstsBySecond.keys()]
  const pairs = [...firstsBySecond].map(([second, firsts]) => `[${firsts.map(hex).join('')}]${hex(second)}`)
  alternatives.push(`[${seconds.map(hex).join('')}](?<=${pairs.join('|')})`)
  return new RegExp(alternatives.join('|'), 'u')
})()

/** The quick one-pass test: `false` rules `text` out as legacy mojibake. */
export function mayBeLegacyText(text: string): boolean {
  return mayBeLegacy.test(text)
}

/** Letters of Unicode Vietnamese that no legacy mojibake holds, and combining tone marks. */
export function isUnicodeVietnamese(code: number): boolean {
  return (
    (code >= 0x1ea0 && code <= 0x1ef9) ||
    (code >= 0x300 && code <= 0x323) ||
    code === 0x102 ||
    code === 0x103 ||
    code === 0x110 ||
    code === 0x111 ||
    code === 0x128 ||
    code === 0x129 ||
    code === 0x168 ||
    code === 0x169 ||
    code === 0x1a0 ||
    code === 0x1a1 ||
    code === 0x1af ||
    code === 0x1b0
  )
}

/** Whether `source[from, to)` holds Unicode Vietnamese, so it is no legacy text. */
export function hasUnicodeVietnamese(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isUnicodeVietnamese(source.charCodeAt(i))) return true
  return false
}

function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xa1 && code <= 0xff && code !== 0xbf)
}

interface Tally {
  tcvn3: number
  vni: number
  /** Unicode Vietnamese letters, in lines that are no evidence. */
  unicode: number
}

/**
 * Counts legacy evidence in the lines without Unicode Vietnamese: TCVN3-only chars ("©", "¸"),
 * Latin-1 capitals after small letters ("kÕt") and VNI marks outside a VNI pair count for TCVN3;
 * VNI pairs ("aâ", "oï") count for VNI.
 */
function tally(source: string): Tally {
  const result: Tally = { tcvn3: 0, vni: 0, unicode: 0 }
  let tcvn3 = 0
  let vni = 0
  let unicode = 0
  let previous = 0
  for (let i = 0; i <= source.length; i++) {
    const code = i < source.length ? source.charCodeAt(i) : 10
    if (code === 10) {
      if (unicode === 0) {
        result.tcvn3 += tcvn3
        result.vni += vni
      } else result.unicode += unicode
      tcvn3 = vni = unicode = 0
    } else if (code >= 0xa1 && code <= 0xff) {
      if (vniPairCodes.has((previous << 16) | code)) vni++
      else {
        const kind = tcvn3Kind[code]
        if (kind === TCVN3_ONLY || kind === TCVN3_OR_VNI_MARK) tcvn3++
        else if (kind === TCVN3_SMALL_AS_CAPITAL && previous < 0x100 && small[previous] === 1) tcvn3++
      }
    } else if (code >= 0x100 && isUnicodeVietnamese(code)) unicode++
    previous = code
  }
  return result
}

/** Whether most sampled words that `encoding` changes read as Vietnamese syllables once converted. */
function readsAsVietnamese(source: string, encoding: LegacyEncoding): boolean {
  let sampled = 0
  let converted = 0
  let original = 0
  /** Converted syllables of two letters or more: a lone "£" or "½" reads as "Ê", "ẵ". */
  let longer = 0
  let start = -1
  let unicode = false
  for (let i = 0; i <= source.length && sampled < SAMPLE_WORDS; i++) {
    const code = i < source.length ? source.charCodeAt(i) : 32
    if (isWordChar(code)) {
      if (start === -1) start = i
      continue
    }
    if (code >= 0x100 && isUnicodeVietnamese(code)) {
      unicode = true
      continue
    }
    if (start !== -1 && !unicode) {
      const word = source.slice(start, i)
      const repaired = convertWord(encoding, word)
      if (repaired !== word) {
        sampled++
        if (isVietnameseSyllable(repaired)) {
          converted++
          if (repaired.length > 1) longer++
        }
        if (isVietnameseSyllable(word)) original++
      }
    }
    start = -1
    unicode = false
  }
  return longer >= MIN_EVIDENCE && converted >= MIN_SYLLABLE_SHARE * sampled && converted > original
}

/**
 * The legacy encoding of `source`, or `null` for ordinary text. Lines with Unicode Vietnamese
 * letters are no evidence; the rest must show legacy characters, more of them than the Unicode
 * lines show Unicode letters (a Unicode title over a TCVN3 body is still TCVN3), and their words
 * must read as Vietnamese once converted.
 */
export function detectLegacy(source: string): LegacyEncoding | null {
  if (!mayBeLegacy.test(source)) return null
  const { tcvn3, vni, unicode } = tally(source)
  const evidence = Math.max(tcvn3, vni)
  if (evidence < MIN_EVIDENCE || evidence <= unicode) return null
  const encoding = tcvn3 >= vni ? 'TCVN3' : 'VNI'
  return readsAsVietnamese(source, encoding) ? encoding : null
}
