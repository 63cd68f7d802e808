import { addDays, addMonths, getDay, isExists } from 'date-fns'
import type { Span } from '../types.js'
import { copyOf, type Candidate } from './candidate.js'
import { lunarToSolar } from './resolve-lunar.js'

/** A candidate with every field the text allows resolved; `year` stays null only when unknown. */
export type Resolved = Candidate & { kind: 'date' }

/** What the resolver needs besides the candidates. */
export interface ResolveContext {
  text: string
  /**
   * `options.referenceDate`, else the publication date: a `Date`, or the day as written (a
   * `Date`, slow to make and read, is made of it only for relative days and weekdays).
   */
  reference: Date | WrittenDay | null
  /** Sentences of the text, to borrow a year from a date written beside a year-less one. */
  sentences: Span[]
  dateline: Span | null
  warnings: string[]
}

function toDate(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day)
}

/** Days since 1970-01-01 of a calendar day: to compare and subtract days without time zones. */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000
}

/** A day as a parser read it (fields not checked: "31/2" is a day `new Date` moves on). */
export interface WrittenDay {
  year: number
  month: number
  day: number
}

/** The `Date` of the reference: the written day's local midnight, as `new Date(y, m - 1, d)` makes it. */
function referenceDate(reference: Date | WrittenDay | null): Date | null {
  if (reference === null || reference instanceof Date) return reference
  return new Date(reference.year, reference.month - 1, reference.day)
}

/** The reference day's fields, read once per text: `Date`'s local-time getters are slow. */
interface ReferenceDay {
  year: number
  month: number
  day: number
  /** {@link dayNumber} of the day. */
  number: number
}

function referenceDay(reference: Date | WrittenDay | null): ReferenceDay | null {
  if (reference === null) return null
  // A real day of a year `new Date` takes as it is (not 0–99): its `Date` gives back the same fields.
  if (!(reference instanceof Date) && isPlainDay(reference)) {
    const { year, month, day } = reference
    return { year, month, day, number: dayNumber(year, month, day) }
  }
  const date = referenceDate(reference)!
  const year = date.getFullYear()
  const month = date.getMonth() + 1
  const day = date.getDate()
  return { year, month, day, number: dayNumber(year, month, day) }
}

/** Days of each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Whether `new Date(year, month - 1, day)` keeps the written fields: a real day of a year from 100 to 9999. */
function isPlainDay({ year, month, day }: WrittenDay): boolean {
  if (!Number.isInteger(year) || year < 100 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false
  const leap = month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)
  return day <= MONTH_DAYS[month - 1]! + (leap ? 1 : 0)
}

/** The year that puts month/day nearest the reference ("28/12" read on 3 January is last year's). */
function nearestYear(month: number, day: number, reference: ReferenceDay): number {
  const base = reference.year
  const ref = reference.number
  let best = base
  let bestDistance = Infinity
  for (const year of [base - 1, base, base + 1]) {
    const distance = Math.abs(dayNumber(year, month, Math.min(day, 28)) - ref)
    if (distance < bestDistance) {
      best = year
      bestDistance = distance
    }
  }
  return best
}

function sentenceOf(ctx: ResolveContext, c: Candidate): Span {
  // Sentences are in text order: a binary search for the last one starting at or before `c`.
  const { sentences } = ctx
  let low = 0
  let high = sentences.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (sentences[mid]!.start <= c.start) low = mid
    else high = mid - 1
  }
  const s = sentences[low]
  if (s !== undefined && c.start >= s.start && c.start < s.end) return s
  const lineStart = ctx.text.lastIndexOf('\n', c.start) + 1
  const lineEnd = ctx.text.indexOf('\n', c.end)
  return { start: lineStart, end: lineEnd === -1 ? ctx.text.length : lineEnd }
}

/** What ends the phrase of a "tổng kết": a comma, a semicolon, "và", "đồng thời". */
const reviewEnds = /[;,]| và(?!\p{L})| đồng thời/u

/**
 * Whether "tổng kết …" stands right before `end` in the same phrase: the year after it is the
 * year under review ("tổng kết công tác năm 2023"), not the year of the event.
 */
function reviewBefore(text: string, start: number, end: number): boolean {
  const window = text.slice(start, end).toLowerCase()
  const at = window.lastIndexOf('tổng kết')
  return at >= 0 && !reviewEnds.test(window.slice(at + 8))
}

/**
 * The year a sentence gives a year-less date beside it: the latest year of a full date in the
 * sentence ("Ngày 28/8, … 28/8/1945-28/8/2015"), else the latest "năm YYYY" ("Chiều 11/4, … tổng
 * kết năm 2023 và phát động … năm 2024"), the year after it if that year is under review and
 * the date in the first half of the year ("Sáng 5/1, … tổng kết công tác năm 2023"). Periods ("giai đoạn 2020-2025") give none.
 */
function sentenceYear(ctx: ResolveContext, c: Candidate, all: Candidate[]): number | null {
  const sentence = sentenceOf(ctx, c)
  let fromDate: number | null = null
  let fromYear: number | null = null
  let reviewed = false
  // Candidates are in text order: start from the first one in the sentence.
  let low = 0
  let high = all.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (all[mid]!.start < sentence.start) low = mid + 1
    else high = mid
  }
  for (let i = low; i < all.length && all[i]!.start < sentence.end; i++) {
    const other = all[i]!
    if (other === c || !other.yearWritten || other.end > sentence.end) continue
    const latest = Math.max(other.year ?? 0, other.until?.year ?? 0)
    if (other.precision === 'day' || other.precision === 'minute') fromDate = Math.max(fromDate ?? 0, latest)
    else if (other.precision === 'year' && other.until === null && latest >= (fromYear ?? 0)) {
      fromYear = latest
      reviewed = reviewBefore(ctx.text, Math.max(sentence.start, other.start - 60), other.start)
    }
  }
  // A review of year N ("tổng kết công tác năm 2023") is held at its end or early in N + 1.
  if (fromDate === null && fromYear !== null && reviewed && c.month !== null && c.month <= 6) return fromYear + 1
  return fromDate ?? fromYear
}

function quote(ctx: ResolveContext, c: Candidate): string {
  return `"${ctx.text.slice(c.start, c.end)}"`
}

/**
 * Whether the day exists (date-fns' `isExists`). Days 1 to 28 of a month 0–11 exist in every
 * year, and most days are such: date-fns (a `Date` and its slow local-time getters) is asked
 * only about the others.
 */
function dayExists(year: number, monthIndex: number, day: number): boolean {
  if (Number.isInteger(day) && day >= 1 && day <= 28 && Number.isInteger(monthIndex) && monthIndex >= 0 && monthIndex <= 11 && Number.isInteger(year) && year >= 100 && year <= 9999) return true
  return isExists(year, monthIndex, day)
}

/** Whether the resolved fields name a real day, month or year (date-fns, not hand-written rules). */
function exists(c: Candidate): boolean {
  const year = c.year ?? 2000 // a year-less 29/02 may exist: check it in a leap year
  if (c.year !== null && (c.year < 1000 || c.year > 2999)) return false
  if (c.month !== null && (c.month < 1 || c.month > 12)) return false
  if (c.day !== null && (c.month === null || !dayExists(year, c.month - 1, c.day))) return false
  if (c.until !== null) {
    const u = c.until
    if (u.year !== null && (u.year < 1000 || u.year > 2999)) return false
    if (u.month !== null && (u.month < 1 || u.month > 12)) return false
    if (u.day !== null && (u.month === null || !dayExists(u.year ?? year, u.month - 1, u.day))) return false
    if (c.year !== null && u.year !== null) {
      const from = dayNumber(c.year, c.month ?? 1, c.day ?? 1)
      const to = dayNumber(u.year, u.month ?? 12, u.day ?? 1)
      if (to <= from && !(c.precision === 'month' && u.month === c.month && u.year === c.year)) return false
    }
  }
  return true
}

/** `c` as a resolved date: a copy with kind `date` and the given year, month and day. */
function asDate(c: Candidate, year: number | null, month: number | null, day: number | null): Resolved {
  const r = copyOf(c) as Resolved
  r.kind = 'date'
  r.year = year
  r.month = month
  r.day = day
  return r
}

function fromDay(c: Candidate, date: Date): Resolved {
  const r = asDate(c, date.getFullYear(), date.getMonth() + 1, date.getDate())
  r.relative = null
  return r
}

/**
 * Resolves every candidate in text order: lunar dates to the Gregorian calendar, missing years
 * from the reference (else from the sentence, else left null with a warning), relative days
 * from the reference or the previous date, weekdays to the nearest such day. Drops what does
 * not exist or cannot be resolved.
 */
export function resolveCandidates(candidates: Candidate[], ctx: ResolveContext): Resolved[] {
  const out: Resolved[] = []
  let previous: Resolved | null = null
  const day = referenceDay(ctx.reference)
  let made: Date | null | undefined
  const reference = (): Date | null => (made === undefined ? (made = referenceDate(ctx.reference)) : made)
  for (const c of candidates) {
    let r: Resolved | null = null
    if (c.kind === 'date') r = resolveDate(c, ctx, candidates, day)
    else if (c.kind === 'relative' && c.relative !== null) {
      const { unit, amount, anchor } = c.relative
      const base: Date | null =
        anchor === 'previous' && previous !== null && previous.year !== null && previous.day !== null
          ? toDate(previous.year, previous.month!, previous.day)
          : reference()
      if (base === null) ctx.warnings.push(`no reference date for ${quote(ctx, c)}: dropped`)
      else if (unit === 'day') r = fromDay(c, addDays(base, amount))
      else if (unit === 'month') {
        r = fromDay(c, addMonths(base, amount))
        r.day = null
        r.precision = 'month'
      } else {
        r = asDate(c, base.getFullYear() + amount, c.month, c.day)
        r.relative = null
        r.precision = 'year'
      }
    } else if (c.kind === 'weekday' && c.weekday !== null) {
      const base = reference()
      if (base === null) continue
      for (const offset of [0, 1, -1, 2, -2, 3, -3]) {
        const day = addDays(base, offset)
        if (getDay(day) === c.weekday) {
          r = fromDay(c, day)
          break
        }
      }
    }
    if (r === null || !exists(r)) continue
    out.push(r)
    const inDateline = ctx.dateline !== null && r.start >= ctx.dateline.start && r.end <= ctx.dateline.end
    if (r.day !== null && r.until === null && !inDateline) previous = r
  }
  return out
}

function resolveDate(c: Candidate, ctx: ResolveContext, all: Candidate[], reference: ReferenceDay | null): Resolved | null {
  if (c.lunar) {
    let year = c.year
    if (year === null && reference !== null) {
      // The lunar year whose date falls nearest the reference.
      let bestDistance = Infinity
      for (const y of [reference.year - 1, reference.year, reference.year + 1]) {
        const solar = lunarToSolar(c.day!, c.month!, y, c.leapMonth)
        const distance = solar === null ? Infinity : Math.abs(dayNumber(solar.year, solar.month, solar.day) - reference.number)
        if (distance < bestDistance) {
          bestDistance = distance
          year = y
        }
      }
    }
    if (year === null) {
      ctx.warnings.push(`lunar date ${quote(ctx, c)} has no year and there is no reference date: not converted`)
      return null
    }
    const solar = lunarToSolar(c.day!, c.month!, year, c.leapMonth)
    if (solar === null) return null
    return asDate(c, solar.year, solar.month, solar.day)
  }
  let month = c.month
  let year = c.year
  if (month === null && c.day !== null) {
    // "mồng 5": a day of the reference's month.
    if (reference === null) return null
    month = reference.month
    year = reference.year
  }
  if (year === null && c.until !== null && c.until.year !== null) {
    // "từ 28/12 đến 02/01/2024": the start takes the end's year, or the year before.
    year = c.until.year
    if (month !== null && c.until.month !== null && month > c.until.month) year -= 1
  }
  if (year === null) {
    // A day takes the year that puts it nearest the reference; a month or quarter, the reference's year.
    if (reference !== null) year = c.day === null || month === null ? reference.year : nearestYear(month, c.day, reference)
    else {
      year = sentenceYear(ctx, c, all)
      if (year === null) ctx.warnings.push(`no year for the date ${quote(ctx, c)}: value left without a year`)
      else ctx.warnings.push(`year of ${quote(ctx, c)} taken from its sentence: ${year}`)
    }
  }
  if (month === null && c.precision !== 'year') return null
  let until = c.until
  if (until !== null) {
    let untilYear = until.year ?? year
    if (until.year === null && untilYear !== null && month !== null && until.month !== null && until.month < month) untilYear += 1
    until = { year: untilYear, month: until.month ?? (c.precision === 'year' ? null : month), day: until.day }
  }
  const r = asDate(c, year, month, c.day)
  r.until = until
  return r
}
