import types from '../../dictionaries/document-types.json' with { type: 'json' }
import { isSpaceCode } from '../dates/cues.js'

/** What a document number's code says: the type (from its abbreviation) and the issuer code. */
export interface NumberParts {
  type: string | null
  issuer: string | null
}

const abbreviations = new Map<string, string>(Object.entries(types.abbreviations))
const upperAbbreviations = new Map<string, string>(
  Object.entries(types.abbreviations).map(([code, name]) => [code.toUpperCase(), name]),
)

/**
 * A document number as Decree 30/2020/NĐ-CP and Party rules write it: `123/QĐ-UBND`,
 * `98/2023/NĐ-CP`, `27-NQ/TW`, `456/UBND-VP`, `06/2022/QH15`. The code must start with a capital
 * letter, so dates (`12/01/2024`) and ratios (`11/11 huyện`) never match. Sticky: tried only at
 * the start of the digits {@link findDocumentNumbers} finds before a slash or a dash.
 */
const documentNumber =
  /(?<![\p{L}\p{N}/-])\d{1,5}(?:\/\d{4})?[/-]\p{Lu}[\p{L}\p{N}&]{0,11}(?:[-/]\p{Lu}[\p{L}\p{N}&]{0,11}){0,4}(?![\p{L}\p{N}])/uy

/**
 * Where a number's digits end: a digit, maybe "/2023", a slash or a dash, and no digit or space
 * after it (the code's capital). No `u` flag, no lookbehind: a fast scan.
 */
const digitThenSeparator = /\d(?:\/\d{4})?[/-][^\d\s]/g

/** A document number found in a text: its span and its text. */
export interface NumberMatch {
  start: number
  end: number
  number: string
}

/**
 * Every document number of `text`, in order, as a global scan of {@link documentNumber} finds them:
 * a number starts where its digits start, and its digits end before a slash or a dash.
 */
export function findDocumentNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = []
  let next = 0
  digitThenSeparator.lastIndex = 0
  for (let hit = digitThenSeparator.exec(text); hit !== null; hit = digitThenSeparator.exec(text)) {
    let start = hit.index
    // Back to the start of the digits; a number has at most five, so six steps tell.
    while (start > next && hit.index - start < 6 && isDigitCode(text.charCodeAt(start - 1))) start--
    documentNumber.lastIndex = start
    const match = documentNumber.exec(text)
    if (match === null) continue
    found.push({ start, end: start + match[0].length, number: match[0] })
    next = start + match[0].length
    digitThenSeparator.lastIndex = Math.max(digitThenSeparator.lastIndex, next)
  }
  return found
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Splits a number's code into its type and issuer: `79/KH-UBND` → Kế hoạch, UBND. */
export function numberParts(number: string): NumberParts {
  const code = number.replace(/^\d{1,5}(?:\/\d{4})?[/-]/u, '')
  const segments = code.split(/[-/]/u).filter((segment) => segment.length > 0)
  const first = segments[0]
  if (first === undefined) return { type: null, issuer: null }
  const type = abbreviations.get(first) ?? upperAbbreviations.get(first.toUpperCase()) ?? null
  if (type !== null) {
    const rest = segments.slice(1)
    return { type, issuer: rest.length > 0 ? rest.join('-') : null }
  }
  return { type: null, issuer: first }
}

const typeNames = [...types.names].sort((a, b) => b.length - a.length)
const lowerTypeNames = typeNames.map((name) => name.toLowerCase())
/** The first type name of each lower-case form: how a name is written in the results. */
const canonicalNames = new Map<string, string>()
for (const name of typeNames) if (!canonicalNames.has(name.toLowerCase())) canonicalNames.set(name.toLowerCase(), name)

/**
 * The type word written right before `end` (the number's start), as written, with its span start:
 * "Quyết định số ", "Kế hoạch " — a type name (in any case, not after a letter), one or two white
 * spaces, maybe "số" and one or two more, within the 40 characters before `end`. Read backwards
 * from `end` (an end-anchored regex would be tried at each of the 40 positions); the longest name wins.
 */
export function typeWordBefore(text: string, end: number): { name: string; start: number } | null {
  const from = Math.max(0, end - 40)
  let nameEnd = spacesBefore(text, from, end)
  if (nameEnd === -1) return null
  if (soBefore(text, from, nameEnd)) {
    const afterName = spacesBefore(text, from, nameEnd - 2)
    // "Quyết định số": the name before "số"; no type name ends in "số", so nothing else can be read here.
    if (afterName === -1) return null
    nameEnd = afterName
  }
  // The window in lower case, if that keeps its length (else each name's letters are lowered alone).
  const window = text.slice(from, nameEnd).toLowerCase()
  const sameLength = window.length === nameEnd - from
  for (const lower of lowerTypeNames) {
    const start = nameEnd - lower.length
    if (start < from) continue
    if (sameLength ? !window.endsWith(lower) : text.slice(start, nameEnd).toLowerCase() !== lower) continue
    if (letterEndsAt(text, from, start)) continue
    return { name: canonicalNames.get(lower)!, start }
  }
  return null
}

/** Where one or two white-space characters ending at `end` start (not before `from`), or -1 when there are none or more. */
function spacesBefore(text: string, from: number, end: number): number {
  let at = end
  while (at > from && end - at < 3 && isSpaceCode(text.charCodeAt(at - 1))) at--
  const count = end - at
  if (count === 0 || count > 2) return -1
  return at > from && isSpaceCode(text.charCodeAt(at - 1)) ? -1 : at
}

/** Whether "số" in any case ends at `end` (not before `from`). */
function soBefore(text: string, from: number, end: number): boolean {
  if (end - 2 < from) return false
  const s = text.charCodeAt(end - 2)
  const o = text.charCodeAt(end - 1)
  return (s === 0x73 || s === 0x53 || s === 0x17f) && (o === 0x1ed1 || o === 0x1ed0)
}

const letter = /\p{L}/u

/** Whether a letter (a whole code point) ends at `index`, looking no further back than `from`. */
function letterEndsAt(text: string, from: number, index: number): boolean {
  if (index <= from) return false
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index - 2 >= from) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return letter.test(text.slice(index - 2, index))
  }
  return letter.test(text.charAt(index - 1))
}
