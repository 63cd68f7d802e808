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

/** A document number found in a text: its span and its text. */
export interface NumberMatch {
  start: number
  end: number
  number: string
}

/**
 * Every document number of `text`, in order, as a global scan of {@link documentNumber} finds them:
 * tried only where {@link numberStarts} finds digits before a code.
 */
export function findDocumentNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = []
  let next = 0
  for (const start of numberStarts(text)) {
    if (start < next) continue
    documentNumber.lastIndex = start
    const match = documentNumber.exec(text)
    if (match === null) continue
    next = start + match[0].length
    found.push({ start, end: next, number: match[0] })
  }
  return found
}

/**
 * Where a number may start, in order: the digits right before a slash or a dash, or before
 * "/2023" and one ("98/2023/NĐ-CP"), when neither a digit nor white space follows it (the code's
 * capital). Found from the separators with native `indexOf`, faster than a regex scan.
 */
function numberStarts(text: string): number[] {
  const starts: number[] = []
  for (const separator of SEPARATORS) {
    for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) {
      const after = text.charCodeAt(at + 1)
      if (Number.isNaN(after) || isDigitCode(after) || isSpaceCode(after)) continue
      addDigitsStart(text, at - 1, starts)
      if (text.charCodeAt(at - 5) === 0x2f && fourDigits(text, at - 4)) addDigitsStart(text, at - 6, starts)
    }
  }
  return starts.sort((a, b) => a - b)
}

const SEPARATORS = ['/', '-']

/** Adds where the digits ending at `last` start; a number has at most five, so six steps tell. */
function addDigitsStart(text: string, last: number, starts: number[]): void {
  if (last < 0 || !isDigitCode(text.charCodeAt(last))) return
  let start = last
  while (start > 0 && last - start < 5 && isDigitCode(text.charCodeAt(start - 1))) start--
  starts.push(start)
}

function fourDigits(text: string, from: number): boolean {
  for (let i = from; i < from + 4; i++) if (!isDigitCode(text.charCodeAt(i))) return false
  return true
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
/** The lower-case type names by their last letter, longest first: only those can end a window that ends with it. */
const namesByLastLetter = new Map<string, string[]>()
for (const lower of lowerTypeNames) {
  const last = lower.charAt(lower.length - 1)
  namesByLastLetter.set(last, [...(namesByLastLetter.get(last) ?? []), lower])
}
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
  const names = sameLength ? (namesByLastLetter.get(window.charAt(window.length - 1)) ?? []) : lowerTypeNames
  for (const lower of names) {
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
