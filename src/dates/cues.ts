/**
 * Helpers the parsers share. The parsers' regular expressions start with a literal or a digit
 * and carry no `u` flag and no leading lookbehind, which lets V8 skip ahead quickly (a leading
 * `(?<!\p{L})` costs a test at every position: ten times slower here); the word boundaries and
 * the words before a match are checked in code, only where something matched.
 */

/** Whether a UTF-16 code unit is a letter of Vietnamese text (Latin, Latin-1/Extended, combining marks). */
export function isLetterCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x300 && code <= 0x36f)
  )
}

/** Whether "ngày", in any case, is written at `index`. */
export function ngayAt(text: string, index: number): boolean {
  return (
    (text.charCodeAt(index) | 0x20) === 0x6e &&
    (text.charCodeAt(index + 1) | 0x20) === 0x67 &&
    (text.charCodeAt(index + 2) | 0x20) === 0xe0 &&
    (text.charCodeAt(index + 3) | 0x20) === 0x79
  )
}

/** Whether a letter stands right before `index`. */
export function letterBefore(text: string, index: number): boolean {
  return index > 0 && isLetterCode(text.charCodeAt(index - 1))
}

/** Whether a letter stands at `index`. */
export function letterAt(text: string, index: number): boolean {
  return index < text.length && isLetterCode(text.charCodeAt(index))
}

/** Whether a digit stands at `index`. */
export function digitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 48 && code <= 57
}

/** Whether `chars` holds the code unit `code`: a loop the compiler inlines, where `includes(charAt())` is two builtin calls. */
export function holdsCode(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true
  return false
}

/** Whether one of `chars` stands at `index`, after at most `spaces` spaces: a quick test before a sticky regex that needs it. */
export function charAfterSpaces(text: string, index: number, spaces: number, chars: string): boolean {
  let at = index
  while (at < text.length && at - index < spaces && text.charCodeAt(at) === 0x20) at++
  return at < text.length && holdsCode(chars, text.charCodeAt(at))
}

/** Whether a digit or one of `others` stands before `index` (a number's char: the digit test needs no loop over the set). */
export function numberCharBefore(text: string, index: number, others: string): boolean {
  if (index <= 0) return false
  const code = text.charCodeAt(index - 1)
  return (code >= 48 && code <= 57) || holdsCode(others, code)
}

/** Whether the character before `index` is one of `chars`. */
export function charBefore(text: string, index: number, chars: string): boolean {
  return index > 0 && holdsCode(chars, text.charCodeAt(index - 1))
}

/**
 * The start of the words `pattern` (anchored with `$`) finds right before `index`, if they
 * begin at a word boundary; else `index`. `pattern` is tested on a short window only.
 */
export function extendBack(text: string, index: number, pattern: RegExp, window = 32): number {
  const from = Math.max(0, index - window)
  const match = pattern.exec(text.slice(from, index))
  if (match === null) return index
  const start = from + match.index
  return letterBefore(text, start) ? index : start
}

/**
 * Words right before a day and month written without a year ("sáng 5/3", "ngày 2-6", "thứ Hai
 * 15/01") that make it a date rather than a fraction or a score ("3/4", "7/10").
 */
const cueBefore =
  /(?:ngày|mồng|mùng|sáng|trưa|chiều|tối|đêm|khuya|nay|mai|qua|hôm|từ|đến|tới|và|vào|lúc|thứ {1,2}(?:hai|ba|tư|năm|sáu|bảy|[2-7]) {0,2}[,-]?|chủ {1,2}nhật {0,2}[,-]?|cn {0,2}[,-]?) {0,3}$/i

/**
 * Whether the text before `start` cues a date without a year. {@link cueBefore} ends with a
 * letter, a digit 2–7, a comma or a dash, and at most five spaces: anything else before the
 * date is no cue, without the regex.
 */
export function hasDateCue(text: string, start: number): boolean {
  let at = start - 1
  while (at >= 0 && start - at <= 5 && text.charCodeAt(at) === 0x20) at--
  if (at < 0) return false
  const code = text.charCodeAt(at)
  if (!isLetterCode(code) && !(code >= 0x32 && code <= 0x37) && code !== 0x2c && code !== 0x2d) return false
  return extendBack(text, start, cueBefore, 24) < start
}

/** Whether `start…end` sits alone in parentheses: "(28/8)", "( 9/11 )". */
export function inParentheses(text: string, start: number, end: number): boolean {
  return /\( {0,2}$/.test(text.slice(Math.max(0, start - 3), start)) && /^ {0,2}\)/.test(text.slice(end, end + 3))
}

/** The start of the line holding `index`, or `from` if the line starts before it: a bounded look back, linear on a text without line breaks. */
export function lineStartFrom(text: string, index: number, from: number): number {
  for (let i = index - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i + 1
  return from
}

/** A digit: the start of each run of digits, found with `test` (no match object). */
const digit = /\d/g

/** The lower case of each code unit below U+2000 whose lower case is one code unit (as `toLowerCase` gives it). */
const LOWER = new Uint16Array(0x2000)
for (let code = 0; code < LOWER.length; code++) {
  const lower = String.fromCharCode(code).toLowerCase()
  LOWER[code] = lower.length === 1 ? lower.charCodeAt(0) : code
}

/** The lower case of a code unit, as `toLowerCase` of that one char gives it when it stays one unit. */
export function lowerCode(code: number): number {
  if (code < LOWER.length) return LOWER[code]!
  const lower = String.fromCharCode(code).toLowerCase()
  return lower.length === 1 ? lower.charCodeAt(0) : code
}

/** Whether `word` (in lower case) is written at `index` of `text` in any case. */
export function startsWithLower(text: string, index: number, word: string): boolean {
  if (index + word.length > text.length) return false
  for (let i = 0; i < word.length; i++) if (lowerCode(text.charCodeAt(index + i)) !== word.charCodeAt(i)) return false
  return true
}

/**
 * The runs of digits of a text, one after the other (`for (const run = new DigitRuns(text,
 * listed); run.next(); )`): the parsers that start from digits try their sticky regexes only at
 * the runs that fit. Read from the list the cue words scan made (`findCueWords`), else scanned.
 */
export class DigitRuns {
  /** The current run. */
  start = -1
  end = 0
  private index = -2

  constructor(
    private readonly text: string,
    private readonly listed: readonly number[] | null,
  ) {}

  /** Moves to the next run; false when there is none. */
  next(): boolean {
    if (this.listed !== null) {
      this.index += 2
      if (this.index >= this.listed.length) return false
      this.start = this.listed[this.index]!
      this.end = this.listed[this.index + 1]!
      return true
    }
    digit.lastIndex = this.end
    if (!digit.test(this.text)) return false
    this.start = digit.lastIndex - 1
    let end = digit.lastIndex
    while (end < this.text.length && digitAt(this.text, end)) end++
    this.end = end
    return true
  }
}

/** The match of a sticky regex (`y` flag) at `index`, or null. */
export function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index
  return pattern.exec(text)
}
