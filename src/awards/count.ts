import { alternation, holdsAny, kindData, literalsOf, recipientKind } from './lexicon.js'
import { countSource, parseCount } from './number.js'
import type { Range } from './issuer.js'
import { classOf, codeBefore, letterRunBefore, noLetterBefore, SPACE, unitsBefore } from './chars.js'
import { knownLower, scan, type Word } from './scan.js'
import numbers from '../../dictionaries/number-words.json' with { type: 'json' }

/** "05 tập thể", "mười lăm cá nhân", "1.267 lượt cá nhân"; `combined`: "62 tập thể, cá nhân". */
export interface CountMention {
  start: number
  end: number
  value: number
  kind: 'collective' | 'individual'
  combined: boolean
}

const kinds = alternation([...recipientKind.keys()])
const count = new RegExp(`(?<![\\p{L}\\p{N}.,/])(${countSource})\\s{1,2}(?:lượt\\s{1,2})?(${kinds})(?!\\p{L})`, 'iuy')
const numberWords = new Set([...Object.keys(numbers.units), numbers.ten, numbers.hundred])
const kindStarts = new Set([...recipientKind.keys()].map((k) => k.split(' ')[0]!).concat('lượt'))
/** Whether a lower-cased word may start a count: digits or a number word ("05", "mười"). */
export function mayStartCount(word: string): boolean {
  // Most words are no word of the vocabulary (""): no set to look them up in.
  if (word.length === 0) return false
  const code = word.charCodeAt(0)
  return (code >= 48 && code <= 57) || numberWords.has(word)
}

/**
 * Whether a count may start at word `index`: the word is a number and the next word (after the
 * number's other words and thousands groups) may start a recipient noun: "05 tập thể", "hai mươi
 * mốt hội viên".
 */
export function countGate(word: string, words: readonly Word[], index: number): boolean {
  if (!mayStartCount(word)) return false
  let i = index + 1
  while (i < words.length && i < index + 9) {
    const next = words[i]!
    const joined = next.start === words[i - 1]!.end + 1
    const nextCode = next.lower.charCodeAt(0)
    if ((nextCode >= 48 && nextCode <= 57 && joined) || numberWords.has(next.lower) || next.lower === 'mươi' || next.lower === 'linh' || next.lower === 'lẻ' || next.lower === 'nghìn' || next.lower === 'ngàn') {
      i++
      continue
    }
    return kindStarts.has(next.lower)
  }
  return false
}
const second = new RegExp(`^(?:\\s{0,2},\\s{0,2}|\\s{1,2}(?:và|hoặc)\\s{1,2}|\\s{0,2}[-/]\\s{0,2})(${kinds})(?!\\p{L})`, 'iu')
/** Words after which a number counts recipients ("cho 05 tập thể"), unlike "trong 28 tập thể"; all in the vocabulary of scan.ts. */
const openers = new Set(['và', 'cùng', 'cho', 'tặng', 'trao', 'thưởng', 'có', 'gồm', 'với', 'khen'])

/**
 * Every recipient count in `text` between `from` and `to`, skipping nouns that start a form;
 * `words` are the words from `from` on.
 */
export function findCounts(text: string, from: number, to: number, forms: readonly Range[], words: readonly Word[]): CountMention[] {
  const found: CountMention[] = []
  const inForm = (at: number) => forms.some((f) => f.start <= at && at < f.end)
  for (const match of scan(text, from, to, countGate, count, words)) {
    const start = match.index
    const nounStart = start + match[0].length - match[2]!.length
    if (inForm(nounStart) || inForm(start)) continue
    if (!opens(text, from, start, forms)) continue
    const value = countValue(match[1]!)
    const kind = recipientKind.get(kindKey(match[2]!))
    if (value === null || kind === undefined) continue
    const end = start + match[0].length
    const other = maySecond(text, end, to) ? second.exec(text.slice(end, Math.min(to, end + 24))) : null
    const otherKind = other ? recipientKind.get(kindKey(other[1]!)) : undefined
    const combined = otherKind !== undefined && otherKind !== kind && !inForm(end + other![0].length - other![1]!.length)
    found.push({ start, end: combined ? end + other![0].length : end, value, kind, combined })
  }
  return found
}

/**
 * What {@link second} needs after a count ending at `end`: within two white spaces, a comma, a
 * dash, a slash, or "và"/"hoặc" ("v", "h" in either case: the pattern ignores case). Most counts are
 * followed by none, and no window is cut.
 */
function maySecond(text: string, end: number, to: number): boolean {
  let i = end
  while (i < to && i - end < 2 && classOf(text.charCodeAt(i)) === SPACE) i++
  if (i >= to) return false
  const next = text.charCodeAt(i)
  return next === 0x2c || next === 0x2d || next === 0x2f || next === 0x76 || next === 0x68 || next === 0x56 || next === 0x48
}

/** Counts and nouns as written, read before: the same few come back in every article. */
const values = new Map<string, number | null>()
const kindKeys = new Map<string, string>()
const MAX_CACHED = 2000

/** The value of a count as written ({@link parseCount}), once per spelling. */
function countValue(written: string): number | null {
  let value = values.get(written)
  if (value === undefined) {
    if (values.size >= MAX_CACHED) values.clear()
    values.set(written, (value = parseCount(written)))
  }
  return value
}

/** A recipient noun as written, lower-cased with single spaces ("Tập  thể" → "tập thể"), once per spelling. */
function kindKey(written: string): string {
  let key = kindKeys.get(written)
  if (key === undefined) {
    if (kindKeys.size >= MAX_CACHED) kindKeys.clear()
    kindKeys.set(written, (key = written.toLowerCase().replace(/\s+/gu, ' ')))
  }
  return key
}

/**
 * Whether a count at `start` opens a recipient phrase: it starts the clause or follows a comma,
 * a form or an opening word ("cho", "và", "tặng"). Reads back over the 24 code units before it.
 */
function opens(text: string, from: number, start: number, forms: readonly Range[]): boolean {
  const lo = Math.max(from, start - 24)
  let end = start
  while (end > lo) {
    const units = unitsBefore(text, lo, end)
    if (classOf(codeBefore(text, units, end)) !== SPACE) break
    end -= units
  }
  if (end === lo || start - from <= 1) return true
  const last = text.charCodeAt(end - 1)
  if (last === 0x2c || last === 0x3b || last === 0x3a || last === 0x28) return true
  if (forms.some((f) => f.end >= start || onlySpace(text, f.end, start))) return true
  const word = letterRunBefore(text, lo, end, 12)
  return word >= 0 && openers.has(knownLower(text, word, end))
}

/** Whether `text` holds only white space between `from` and `to`. */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let at = to; at > from; ) {
    const units = unitsBefore(text, from, at)
    if (classOf(codeBefore(text, units, at)) !== SPACE) return false
    at -= units
  }
  return true
}

// Tried as sticky patterns at the words that may start them, not as look-behind patterns at
// every position (see `atWordStart`).
const plural = new RegExp(`(?:${alternation(kindData.plural)})\\s{1,2}(?:${kinds})(?!\\p{L})`, 'uy')
const person = new RegExp(`(?:${alternation(kindData.honorifics)})\\s{1,2}\\p{Lu}\\p{Ll}*\\s{1,2}\\p{Lu}`, 'uy')
const unit = new RegExp(`(?:${alternation(kindData.units, false)})\\s{1,2}\\p{Lu}`, 'uy')
const pluralStarts = firstLetters(kindData.plural, true)
const personStarts = firstLetters(kindData.honorifics, true)
const unitStarts = firstLetters(kindData.units, false)
const pluralLiterals = literalsOf(kindData.plural)
/** What a person's or a unit's name needs after its title: a capital after white space. */
const capitalAfterSpace = /\s\p{Lu}/u

/** The code units the phrases of a {@link alternation} may start with, as a table by code unit (1: may start). */
function firstLetters(list: readonly string[], anyCase: boolean): Uint8Array {
  const starts = new Uint8Array(0x10000)
  for (const item of list) for (const c of anyCase ? [item[0]!.toLowerCase(), item[0]!.toUpperCase()] : [item[0]!]) starts[c.charCodeAt(0)] = 1
  return starts
}

/**
 * Whether the sticky `pattern` matches where no letter stands before it and one of `starts`
 * does: what `(?<!\p{L})` + `pattern` finds anywhere in `phrase`.
 */
function atWordStart(phrase: string, pattern: RegExp, starts: Uint8Array): boolean {
  for (let at = 0; at < phrase.length; at++) {
    if (starts[phrase.charCodeAt(at)] !== 1 || !noLetterBefore(phrase, at)) continue
    pattern.lastIndex = at
    if (pattern.test(phrase)) return true
  }
  return false
}

/**
 * Who a phrase names when it states no count: many ("các đơn vị") → `null`, one named person
 * ("mẹ Nguyễn Thị Lan") → individual, one named unit ("xã Tân Lập") → collective.
 */
export function singleRecipient(written: string): 'collective' | 'individual' | 'plural' | null {
  const phrase = written.slice(0, 80)
  if (holdsAny(phrase, pluralLiterals) && atWordStart(phrase, plural, pluralStarts)) return 'plural'
  if (!capitalAfterSpace.test(phrase)) return null
  if (atWordStart(phrase, person, personStarts)) return 'individual'
  if (atWordStart(phrase, unit, unitStarts)) return 'collective'
  return null
}
