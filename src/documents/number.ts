import { isSpaceCode } from '../space.js'
import types from '../../dictionaries/document-types.json' with { type: 'json' }
import { lowerCode } from '../awards/scan.js'

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
 * tried only where digits stand before a slash or a dash, when neither a digit nor white space
 * follows it (the code's capital), or before "/2023" and one ("98/2023/NĐ-CP"). The separators are
 * found with native `indexOf`, faster than a regex scan, the two kinds merged in text order.
 */
export function findDocumentNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = []
  let next = 0
  let slash = text.indexOf('/')
  let dash = text.indexOf('-')
  while (slash !== -1 || dash !== -1) {
    let at: number
    if (dash === -1 || (slash !== -1 && slash < dash)) {
      at = slash
      slash = text.indexOf('/', at + 1)
    } else {
      at = dash
      dash = text.indexOf('-', at + 1)
    }
    const after = text.charCodeAt(at + 1)
    if (Number.isNaN(after) || isDigitCode(after) || isSpaceCode(after)) continue
    // The digits before "/2023" start before those before `at`: tried first, as in text order.
    // (A separator between them is one followed by a digit, which starts nothing.)
    if (text.charCodeAt(at - 5) === 0x2f && fourDigits(text, at - 4)) next = numberAt(text, digitsStart(text, at - 6), next, found)
    next = numberAt(text, digitsStart(text, at - 1), next, found)
  }
  return found
}

/** Adds the number starting at `start` (if any, and not inside the last one, which ends at `next`); the new `next`. */
function numberAt(text: string, start: number, next: number, found: NumberMatch[]): number {
  if (start < next) return next
  documentNumber.lastIndex = start
  const match = documentNumber.exec(text)
  if (match === null) return next
  found.push({ start, end: start + match[0].length, number: match[0] })
  return start + match[0].length
}

/** Where the digits ending at `last` start (-1 when no digit ends there); a number has at most five, so six steps tell. */
function digitsStart(text: string, last: number): number {
  if (last < 0 || !isDigitCode(text.charCodeAt(last))) return -1
  let start = last
  while (start > 0 && last - start < 5 && isDigitCode(text.charCodeAt(start - 1))) start--
  return start
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
  const code = number.slice(codeStart(number))
  // The code's segments between "-" and "/", empty ones dropped.
  const segments: string[] = []
  let from = 0
  for (let i = 0; i <= code.length; i++) {
    const unit = code.charCodeAt(i)
    if (i < code.length && unit !== 0x2d && unit !== 0x2f) continue
    if (i > from) segments.push(code.slice(from, i))
    from = i + 1
  }
  const first = segments[0]
  if (first === undefined) return { type: null, issuer: null }
  const type = abbreviations.get(first) ?? upperAbbreviations.get(first.toUpperCase()) ?? null
  if (type !== null) return { type, issuer: segments.length > 2 ? segments.slice(1).join('-') : (segments[1] ?? null) }
  return { type: null, issuer: first }
}

/** Where a number's code starts: after `^\d{1,5}(?:\/\d{4})?[/-]` (0 when that is not there). */
function codeStart(number: string): number {
  let digits = 0
  while (digits < number.length && digits < 5 && isDigitCode(number.charCodeAt(digits))) digits++
  if (digits === 0) return 0
  const next = number.charCodeAt(digits)
  if (next === 0x2f && fourDigits(number, digits + 1)) {
    const after = number.charCodeAt(digits + 5)
    if (after === 0x2f || after === 0x2d) return digits + 6
  }
  return next === 0x2f || next === 0x2d ? digits + 1 : 0
}

const typeNames = [...types.names].sort((a, b) => b.length - a.length)
const lowerTypeNames = typeNames.map((name) => name.toLowerCase())
/** The lower-case type names by their last code unit, longest first: only those can end at a unit that lowers to it. */
const namesByLastUnit = new Map<number, string[]>()
for (const lower of lowerTypeNames) {
  const last = lower.charCodeAt(lower.length - 1)
  namesByLastUnit.set(last, [...(namesByLastUnit.get(last) ?? []), lower])
}
/** The first type name of each lower-case form: how a name is written in the results. */
const canonicalNames = new Map<string, string>()
for (const name of typeNames) if (!canonicalNames.has(name.toLowerCase())) canonicalNames.set(name.toLowerCase(), name)

/**
 * The type word written right before `end` (the number's start), as written, with its span start:
 * "Quyết định số ", "Kế hoạch " — a type name (in any case, not after a letter), one or two white
 * spaces, maybe "số" and one or two more, within the 40 characters before `end`. Read backwards
 * from `end` (an end-anchored regex would be tried at each of the 40 positions); the longest name
 * wins. Names are compared unit by unit in lower case (no copy of the window): no name holds a
 * letter whose lower case depends on its neighbours or takes two units.
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
  if (nameEnd <= from) return null
  for (const lower of namesByLastUnit.get(lowerCode(text.charCodeAt(nameEnd - 1))) ?? []) {
    const start = nameEnd - lower.length
    if (start < from || !lowerIs(text, start, lower)) continue
    if (letterEndsAt(text, from, start)) continue
    return { name: canonicalNames.get(lower)!, start }
  }
  return null
}

/** Whether `text` from `start` on, lower-cased unit by unit, reads `lower`. */
function lowerIs(text: string, start: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if (lowerCode(text.charCodeAt(start + i)) !== lower.charCodeAt(i)) return false
  return true
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
