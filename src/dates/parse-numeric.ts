import { candidate, type Candidate } from './candidate.js'
import type { CueWords } from './cue-words.js'
import { charAfterSpaces, charBefore, digitAt, DigitRuns, extendBack, hasDateCue, holdsCode, inParentheses, letterAt, letterBefore, lowerCode, matchAt, numberCharBefore, startsWithLower } from './cues.js'


/**
 * The first day of a range of days right before a day and month: "10 - " of "từ 10 - 12/01/2024",
 * "ngày 10 đến " of "từ ngày 10 đến 12/01/2024", "2 ngày 10 và " of "trong 2 ngày 10 và 11/01".
 */
const firstDayBefore = /(\d{1,2}) {0,2}(-|–|đến|tới|và|,) {0,2}(?:ngày {1,3})?$/i
const rangeStart = /(?:(?:trong {1,3})?(?:[2-9]|hai|ba|bốn) {1,3}ngày(?: {1,3}| {0,2}\( {0,2})|(?:từ {1,3})?(?:ngày|mồng|mùng) {1,3}|từ {1,3})$/i

/** "2024-01-15", "2024/01/15": the year first, as machines and some date lines write it. */
const yearFirst = /(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])/y

/** Finds day-month(-year) dates written with digits and separators, and ranges of days of one month. */
export function parseNumeric(text: string, cues: CueWords): Candidate[] {
  const found: Candidate[] = []
  // Tried at each run of one or two digits (the day) after the last date found: a match that
  // starts inside a run has a digit before it and is rejected, and a rejected match hides nothing
  // ("14-15/9/2023" holds "15/9/2023").
  let next = 0
  for (const run = new DigitRuns(text, cues.digits); run.next(); ) {
    const digits = run.start
    if (digits < next || run.end - digits > 2) continue
    // A dash before may open the range ("28/8/1945-28/8/2015", "10-12/01/2024"); a digit, a dot or a slash may not.
    if (numberCharBefore(text, digits, './') || !charAfterSpaces(text, run.end, 2, '/.-')) continue
    const match = readNumeric(text, digits, run.end)
    if (match === null) continue
    const { end, day, month, yearDigits, spaced } = match
    const after = text.charCodeAt(end)
    if ((after === 0x2f && letterAt(text, end + 1)) || after === 0x25) continue
    if (day < 1 || day > 31 || month < 1 || month > 12) continue
    if (yearDigits === 0 ? moreAfterDayMonth(text, end) : moreAfterYear(text, end)) continue
    if (yearDigits !== 0 && spaced && yearDigits < 4) continue
    if (yearDigits === 0 && spaced) continue
    const year = yearDigits === 0 ? null : yearDigits === 4 ? match.year : fullYearOf(match.year)
    const range = rangeBefore(text, digits, end, day, yearDigits !== 0)
    if (range !== null) {
      // "Trong 2 ngày (10-11/9)": the mention closes the parenthesis it opened.
      const close = text.slice(range.start, digits).includes('(') ? /^ {0,2}\)/.exec(text.slice(end, end + 3)) : null
      const last = close === null ? end : end + close[0].length
      found.push(candidate('date', range.start, last, { day: range.first, month, year, until: { year, month, day } }))
      next = last
      continue
    }
    if (charBefore(text, digits, '-–') && !/\d{4} {0,2}[-–]$/.test(text.slice(Math.max(0, digits - 7), digits))) continue
    const start = dayWordStart(text, digits)
    // Without a year it is a date only with a cue: otherwise "3/4" is a fraction or a score.
    if (year === null && start === digits && !hasDateCue(text, digits) && !(match.separator === 0x2f && inParentheses(text, digits, end))) continue
    found.push(candidate('date', start, end, year === null ? { day, month } : { day, month, year }))
    next = end
  }
  // "2024-01-15" starts a run of four digits: a match inside a longer run has a digit before it.
  for (const run = new DigitRuns(text, cues.digits); run.next(); ) {
    if (run.end - run.start !== 4 || !charAfterSpaces(text, run.end, 0, '/.-')) continue
    const match = matchAt(yearFirst, text, run.start)
    if (match === null || numberCharBefore(text, match.index, './-')) continue
    const month = Number(match[3])
    const day = Number(match[4])
    if (month < 1 || month > 12 || day < 1 || day > 31) continue
    found.push(candidate('date', match.index, match.index + match[0].length, { day, month, year: Number(match[1]) }))
  }
  return found
}

/** What {@link readNumeric} reads: where the date ends, its numbers, how it is written. */
interface NumericRead {
  end: number
  day: number
  month: number
  /** The year's number as written ("24" is 24), when `yearDigits` is not 0. */
  year: number
  /** How many digits the year has: 0 (none), 2 or 4. */
  yearDigits: number
  /** The code of the separator: "/", "." or "-". */
  separator: number
  /** Spaces stand around the first separator. */
  spaced: boolean
}

/** How many spaces follow `at`, counted up to `max + 1` (one more than a pattern's ` {0,max}` takes). */
function spacesAfter(text: string, at: number, max: number): number {
  let n = 0
  while (n <= max && text.charCodeAt(at + n) === 0x20) n++
  return n
}

/** How many digits follow `at`, counted up to `max + 1`. */
function digitsAfter(text: string, at: number, max: number): number {
  let n = 0
  while (n <= max && digitAt(text, at + n)) n++
  return n
}

/** The number written by the digits from `start` to `end`. */
function numberAt(text: string, start: number, end: number): number {
  let n = 0
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48
  return n
}

/**
 * "12/01/2024", "12-01-2024", "12.01.2024", "12 / 01 / 2024", "12/01/24", and with a cue "ngày
 * 12/01", "sáng 5/3", "(28/8)". The second separator must repeat the first, so "10-12/01/2024"
 * is not read as 10 December 2001 but as a range of days.
 *
 * Read as `(\d{1,2})( {0,2})([/.-])( {0,2})(\d{1,2})(?: {0,2}\3 {0,2}(\d{4}|\d{2}))?(?!\d)` would
 * read it at the day's run of one or two digits (`digits` to `runEnd`, followed by a separator
 * after at most two spaces), without a match object: a separator, up to two spaces
 * each side, a month of one or two digits ending its run, and maybe the same separator, spaces
 * and a year of exactly four or two digits. As the pattern backtracks: a month run of three
 * digits or more fails it, a year that does not fit leaves the date without one.
 */
function readNumeric(text: string, digits: number, runEnd: number): NumericRead | null {
  const before = spacesAfter(text, runEnd, 2)
  const separatorAt = runEnd + before
  const separator = text.charCodeAt(separatorAt)
  const after = spacesAfter(text, separatorAt + 1, 2)
  if (after > 2) return null
  const monthStart = separatorAt + 1 + after
  const monthDigits = digitsAfter(text, monthStart, 2)
  if (monthDigits === 0 || monthDigits > 2) return null
  const monthEnd = monthStart + monthDigits
  const read: NumericRead = {
    end: monthEnd,
    day: numberAt(text, digits, runEnd),
    month: numberAt(text, monthStart, monthEnd),
    year: 0,
    yearDigits: 0,
    separator,
    spaced: before + after > 0,
  }
  // "(?: {0,2}\3 {0,2}(\d{4}|\d{2}))?(?!\d)"
  const second = spacesAfter(text, monthEnd, 2)
  if (second > 2 || text.charCodeAt(monthEnd + second) !== separator) return read
  const third = spacesAfter(text, monthEnd + second + 1, 2)
  if (third > 2) return read
  const yearStart = monthEnd + second + 1 + third
  const yearDigits = digitsAfter(text, yearStart, 4)
  if (yearDigits !== 4 && yearDigits !== 2) return read
  read.end = yearStart + yearDigits
  read.year = numberAt(text, yearStart, read.end)
  read.yearDigits = yearDigits
  return read
}

/** The year of a two-digit year (as `fullYear`): 00–49 → 2000s, 50–99 → 1900s. */
function fullYearOf(twoDigits: number): number {
  return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits
}

/**
 * After a day and month, more digits joined by a separator make it something else ("12/01/20245",
 * "1.234.567"): a slash or dot between at most two spaces each, or a dash or comma, before a digit.
 */
function moreAfterDayMonth(text: string, end: number): boolean {
  const code = text.charCodeAt(end)
  if (code === 0x2d || code === 0x2013 || code === 0x2c) return digitAt(text, end + 1)
  let at = end
  while (at - end < 2 && text.charCodeAt(at) === 0x20) at++
  const separator = text.charCodeAt(at)
  if (separator !== 0x2f && separator !== 0x2e) return false
  at++
  const after = at
  while (at - after < 2 && text.charCodeAt(at) === 0x20) at++
  return digitAt(text, at)
}

/** After a full date, a slash or dot before a digit makes it a number: "12/01/2024/QĐ", "12.01.2024.1". */
function moreAfterYear(text: string, end: number): boolean {
  const code = text.charCodeAt(end)
  return (code === 0x2f || code === 0x2e) && digitAt(text, end + 1)
}

/** The last characters {@link firstDayBefore} can end with, after its spaces: a joiner's or "ngày"'s. */
const JOINER_ENDS = '-–nià,y'

/**
 * A quick test before {@link firstDayBefore}: the last character before `digits` that is not a
 * space ends a joiner, and a digit (the first day) stands before it in the window.
 */
function joinerBefore(text: string, digits: number): boolean {
  const from = Math.max(0, digits - 16)
  let at = digits - 1
  while (at >= from && text.charCodeAt(at) === 0x20) at--
  if (at < from || !holdsCode(JOINER_ENDS, lowerCode(text.charCodeAt(at)))) return false
  for (let i = at - 1; i >= from; i--) if (digitAt(text, i)) return true
  return false
}

/**
 * Where "ngày", "mồng" or "mùng" (in any case, at a word start) and one to three spaces before
 * `digits` begin, else `digits`: the day word belongs to the mention. Read char by char, as
 * `(?:ngày|mồng|mùng) {1,3}$` would on the text before.
 */
function dayWordStart(text: string, digits: number): number {
  let at = digits
  while (at > 0 && digits - at < 3 && text.charCodeAt(at - 1) === 0x20) at--
  if (at === digits || (at > 0 && text.charCodeAt(at - 1) === 0x20)) return digits
  const start = at - 4
  if (start < 0 || !(startsWithLower(text, start, 'ngày') || startsWithLower(text, start, 'mồng') || startsWithLower(text, start, 'mùng'))) return digits
  return letterBefore(text, start) ? digits : start
}

/** The range of days ending at `digits`, if the words before open one. */
function rangeBefore(text: string, digits: number, end: number, day: number, hasYear: boolean): { start: number; first: number } | null {
  if (!joinerBefore(text, digits)) return null
  const from = Math.max(0, digits - 16)
  const match = firstDayBefore.exec(text.slice(from, digits))
  if (match === null) return null
  const firstAt = from + match.index
  if (numberCharBefore(text, firstAt, './')) return null
  const first = Number(match[1])
  const joiner = match[2]!.toLowerCase()
  if (first < 1 || first >= day) return null
  const start = extendBack(text, firstAt, rangeStart)
  const prefixed = start < firstAt
  // "và" and "," join two days only after "ngày"; bare "3-4/5" is a range only with a cue or a year.
  if ((joiner === 'và' || joiner === ',') && !prefixed) return null
  if (!prefixed && !hasYear && !hasDateCue(text, firstAt) && !inParentheses(text, firstAt, end)) return null
  return { start, first }
}
