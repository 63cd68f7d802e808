import words from '../../dictionaries/number-words.json' with { type: 'json' }
import { classOf, letterRunBefore, SPACE } from './chars.js'
import { knownLower } from './scan.js'

const units = new Map<string, number>(Object.entries(words.units))
const ordinals = new Map<string, number>(Object.entries(words.ordinals))
const thousands = new Set(words.thousands)
const zeroLinks = new Set(words.zeroLinks)

/** Every word a count may be written with ("hai", "mươi", "nghìn", "linh"). */
export const numberWords: ReadonlySet<string> = new Set([...units.keys(), words.ten, words.tens, words.hundred, ...thousands, ...zeroLinks])

const unitWords = Object.keys(words.units).join('|')
const numberWord = `(?:${unitWords}|${words.ten}|${words.tens}|${words.hundred}|${words.thousands.join('|')}|${words.zeroLinks.join('|')})`

/**
 * Source of a count as written: digits with leading zeros ("05"), thousands separators
 * ("1.267", "1 267" is not accepted), or up to eight number words ("hai mươi mốt").
 */
export const countSource = `(?:\\d{1,3}(?:\\.\\d{3}){1,3}(?!\\d)|\\d{1,6}(?![\\d.,]\\d)|${numberWord}(?:\\s${numberWord}){0,7}(?!\\p{L}))`

/**
 * Whether a count may end right before the one or two white-space characters that end the text
 * between `from` and `at`: a digit stands there, or a whole number word ("05 ", "mười lăm ").
 * A quick test before {@link countSource} is tried at every position of a window.
 */
export function mayEndCount(text: string, from: number, at: number): boolean {
  let end = at
  while (end > from && at - end < 3 && classOf(text.charCodeAt(end - 1)) === SPACE) end--
  if (end === at || at - end > 2 || end === from) return false
  const last = text.charCodeAt(end - 1)
  if (last >= 48 && last <= 57) return true
  const start = letterRunBefore(text, from, end, 8)
  if (start < 0) return false
  if (numberWords.has(knownLower(text, start, end))) return true
  // Case-insensitive patterns also fold the Kelvin sign and the long s into "k" and "s".
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x212a || text.charCodeAt(i) === 0x17f) return true
  return false
}

/** The value of a count as written: `05` → 5, `1.234` → 1234, `mười lăm` → 15; `null` if not a number. */
export function parseCount(written: string): number | null {
  const text = written.trim().toLowerCase()
  if (/^\d{1,3}(?:\.\d{3})+$/u.test(text)) return Number(text.replace(/\./gu, ''))
  if (/^\d+$/u.test(text)) return Number(text)
  return parseNumberWords(text.split(/\s+/u))
}

/** Vietnamese number words: "mười lăm" 15, "hai mươi mốt" 21, "một trăm linh năm" 105, "hai nghìn" 2000. */
export function parseNumberWords(tokens: readonly string[]): number | null {
  let total = 0
  let group = 0
  let current = 0
  let seen = false
  for (const token of tokens) {
    if (units.has(token)) {
      current += units.get(token)!
      seen = true
    } else if (token === words.ten) {
      current += 10
      seen = true
    } else if (token === words.tens) {
      current = (current === 0 ? 1 : current) * 10
      seen = true
    } else if (token === words.hundred) {
      group += (current === 0 ? 1 : current) * 100
      current = 0
      seen = true
    } else if (thousands.has(token)) {
      total += (group + current === 0 ? 1 : group + current) * 1000
      group = 0
      current = 0
      seen = true
    } else if (zeroLinks.has(token)) {
      continue
    } else return null
  }
  return seen ? total + group + current : null
}

const roman = new Map([['I', 1], ['V', 5], ['X', 10], ['L', 50], ['C', 100]])

/** An edition or rank as written after "lần thứ": Roman "V", Arabic "5" or a word "nhất", "hai". */
export function parseOrdinal(written: string): number | null {
  const text = written.trim()
  if (/^\d{1,3}$/u.test(text)) return Number(text)
  if (/^[IVXLC]{1,8}$/u.test(text)) {
    let value = 0
    for (let i = 0; i < text.length; i++) {
      const here = roman.get(text[i]!)!
      const next = i + 1 < text.length ? roman.get(text[i + 1]!)! : 0
      value += here < next ? -here : here
    }
    return value > 0 ? value : null
  }
  const lower = text.toLowerCase()
  return ordinals.get(lower) ?? parseNumberWords(lower.split(/\s+/u))
}
