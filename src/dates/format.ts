import type { DateMention, DateRole } from '../types.js'
import type { Resolved } from './resolve.js'

/** "00" … "99": months, days, hours and minutes written without a `padStart` string each. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'))
/** "-01-01" … "-12-31": a month and day after the year, one string to append (index `month * 32 + day`). */
const MONTH_DAY = Array.from({ length: 13 * 32 }, (_, i) => `-${TWO_DIGITS[i >> 5]}-${TWO_DIGITS[i & 31]}`)
/** "T00:00" … "T23:59": a clock time after the day (index `hour * 60 + minute`). */
const CLOCK = Array.from({ length: 24 * 60 }, (_, i) => `T${TWO_DIGITS[Math.floor(i / 60)]}:${TWO_DIGITS[i % 60]}`)

const pad = (n: number) => (n >= 0 && n < 100 && Number.isInteger(n) ? TWO_DIGITS[n]! : String(n).padStart(2, '0'))

function isSmall(n: number, below: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < below
}

/**
 * ISO 8601 at the candidate's precision: `2024-01-12`, `2024-01`, `2024`, `2024-01-12T14:30`.
 * A day whose year is unknown is written `--01-12` (ISO 8601's form without a year).
 */
function iso(year: number | null, month: number | null, day: number | null, hour: number | null, minute: number | null): string {
  const y = year === null ? '-' : year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0')
  if (month === null) return y
  if (day === null) return y + '-' + pad(month)
  const date = isSmall(month, 13) && isSmall(day, 32) ? y + MONTH_DAY[month * 32 + day]! : y + '-' + pad(month) + '-' + pad(day)
  if (hour === null) return date
  const m = minute ?? 0
  return isSmall(hour, 24) && isSmall(m, 60) ? date + CLOCK[hour * 60 + m]! : date + 'T' + pad(hour) + ':' + pad(m)
}

/** The contract's `DateMention` of a resolved candidate; spans stay in normalised offsets. */
export function toMention(text: string, r: Resolved, role: DateRole): DateMention {
  const minute = r.precision === 'minute' && r.hour !== null
  return {
    text: text.slice(r.start, r.end),
    span: { start: r.start, end: r.end },
    value: iso(r.year, r.month, r.precision === 'year' ? null : r.day, minute ? r.hour : null, r.minute),
    precision: minute ? 'minute' : r.precision,
    end: r.until === null ? null : iso(r.until.year, r.until.month, r.until.day, null, null),
    partOfDay: r.partOfDay,
    role,
  }
}
