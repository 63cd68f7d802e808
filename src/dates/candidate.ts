import type { PartOfDay, Precision } from '../types.js'

/** What a parser found: a piece of a date, a time, a part of day, a relative day or a weekday. */
export type CandidateKind = 'date' | 'time' | 'part' | 'relative' | 'weekday'

/** The end of a range as written; missing fields are taken from the start. */
export interface RangeEnd {
  year: number | null
  month: number | null
  day: number | null
}

/** A date relative to an anchor: the reference date, or the date mentioned just before. */
export interface Relative {
  unit: 'day' | 'month' | 'year'
  amount: number
  anchor: 'reference' | 'previous'
}

/**
 * A parser's find, in normalised-text offsets. Parsers fill what the text says; refiners merge
 * neighbours and resolve what is missing (the year, a relative day, a lunar date).
 */
export interface Candidate {
  kind: CandidateKind
  start: number
  end: number
  year: number | null
  month: number | null
  day: number | null
  hour: number | null
  minute: number | null
  precision: Precision
  until: RangeEnd | null
  partOfDay: PartOfDay | null
  relative: Relative | null
  /** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
  weekday: number | null
  /** Day and month (and maybe year) are of the Vietnamese lunar calendar. */
  lunar: boolean
  /** A leap month of the lunar calendar ("tháng 4 nhuận"). */
  leapMonth: boolean
  /** The year was written in the text (not resolved from the reference). */
  yearWritten: boolean
}

/**
 * A candidate with the given fields, every other optional field empty. Written out field by field
 * (no spread): every candidate has one shape, which keeps copying and reading them fast.
 */
export function candidate(kind: CandidateKind, start: number, end: number, fields: Partial<Candidate>): Candidate {
  return {
    kind,
    start,
    end,
    year: fields.year ?? null,
    month: fields.month ?? null,
    day: fields.day ?? null,
    hour: fields.hour ?? null,
    minute: fields.minute ?? null,
    precision: fields.precision ?? 'day',
    until: fields.until ?? null,
    partOfDay: fields.partOfDay ?? null,
    relative: fields.relative ?? null,
    weekday: fields.weekday ?? null,
    lunar: fields.lunar ?? false,
    leapMonth: fields.leapMonth ?? false,
    yearWritten: fields.year !== undefined && fields.year !== null,
  }
}

/** A copy of `c` to change some fields of (a spread `{ ...c }` takes V8's slow path here). */
export function copyOf<T extends Candidate>(c: T): T {
  return {
    kind: c.kind,
    start: c.start,
    end: c.end,
    year: c.year,
    month: c.month,
    day: c.day,
    hour: c.hour,
    minute: c.minute,
    precision: c.precision,
    until: c.until,
    partOfDay: c.partOfDay,
    relative: c.relative,
    weekday: c.weekday,
    lunar: c.lunar,
    leapMonth: c.leapMonth,
    yearWritten: c.yearWritten,
  } as T
}

/** Two-digit years: 00–49 → 2000s, 50–99 → 1900s. */
export function fullYear(written: string): number {
  const n = Number(written)
  if (written.length > 2) return n
  return n < 50 ? 2000 + n : 1900 + n
}
