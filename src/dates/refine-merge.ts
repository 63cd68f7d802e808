import type { Span } from '../types.js'
import { copyOf, type Candidate } from './candidate.js'

/** The longest gap any join below allows ("  ,  vào   "). */
const MAX_GAP = 12

/** Gaps that join neighbours, tested on the text between them. */
const partThenDate = /^\s{1,3}(?:vào\s{1,3}|hôm\s{1,3})?$/iu
const timeThenPart = /^\s{1,2}$/u
const timeThenDate = /^\s{0,3}(?:,\s{0,2})?(?:vào\s{1,3}|của\s{1,3})?$/iu
const dateThenTime = /^\s{0,2}[,(–-]?\s{0,3}(?:vào\s{1,3})?$/iu
const weekdayThenDate = /^\s{0,2}[,(–-]?\s{0,3}$/u
const dateThenWeekday = /^\s{0,2}[,(]?\s{0,2}$/u
const relativeThenDate = /^\s{0,2}[,(]?\s{0,2}$/u

/** The hour of "2 giờ chiều" (14), "8 giờ tối" (20), "12 giờ đêm" (0). */
function hourWithPart(hour: number, part: Candidate['partOfDay']): number {
  if ((part === 'afternoon' || part === 'evening') && hour < 12) return hour + 12
  if (part === 'night' && hour >= 6 && hour < 12) return hour + 12
  if (part === 'night' && hour === 12) return 0
  return hour
}

function inside(span: Span | null, c: Candidate): boolean {
  return span !== null && c.start >= span.start && c.end <= span.end
}

/** Extends `end` over a closing parenthesis when the gap opened one: "thứ Hai (15/01)". */
function closeParen(text: string, gap: string, end: number): number {
  if (!gap.includes('(')) return end
  const close = /^\s{0,2}\)/u.exec(text.slice(end, end + 3))
  return close === null ? end : end + close[0].length
}

function isDay(c: Candidate): boolean {
  return (c.kind === 'date' && c.day !== null && c.until === null && c.precision === 'day') || (c.kind === 'relative' && c.relative?.unit === 'day')
}

/** A copy of `c` with some fields changed. */
function changed(c: Candidate, start: number, end: number, partOfDay: Candidate['partOfDay']): Candidate {
  const r = copyOf(c)
  r.start = start
  r.end = end
  r.partOfDay = partOfDay
  return r
}

/** `c` with a clock time. */
function timed(c: Candidate, hour: number | null, minute: number | null): Candidate {
  c.hour = hour
  c.minute = minute
  c.precision = 'minute'
  return c
}

/** Joins two neighbours into one, or returns null. */
function join(text: string, a: Candidate, b: Candidate, dateline: Span | null): Candidate | null {
  if (b.start - a.end > MAX_GAP) return null
  const gap = text.slice(a.end, b.start)
  // Never across lines: "10:15" ending the date line is not the time of "Chiều 18/02" opening the lead.
  if (gap.includes('\n')) return null
  if (a.kind === 'part' && (b.kind === 'date' || b.kind === 'relative' || b.kind === 'weekday') && b.partOfDay === null && partThenDate.test(gap)) {
    return changed(b, a.start, b.end, a.partOfDay)
  }
  if (a.kind === 'time' && b.kind === 'part' && a.partOfDay === null && timeThenPart.test(gap)) {
    const r = changed(a, a.start, b.end, b.partOfDay)
    r.hour = hourWithPart(a.hour ?? 0, b.partOfDay)
    return r
  }
  if (a.kind === 'weekday' && b.kind === 'date' && b.day !== null && weekdayThenDate.test(gap)) {
    const r = changed(b, a.start, closeParen(text, gap, b.end), b.partOfDay ?? a.partOfDay)
    r.weekday = a.weekday
    return r
  }
  if (a.kind === 'date' && a.day !== null && b.kind === 'weekday' && dateThenWeekday.test(gap)) {
    const r = changed(a, a.start, closeParen(text, gap, b.end), a.partOfDay)
    r.weekday = b.weekday
    return r
  }
  if (a.kind === 'relative' && a.relative?.unit === 'day' && b.kind === 'date' && b.day !== null && relativeThenDate.test(gap)) {
    // "Hôm nay (ngày 10/7/2018)", "Sáng mai 9-9": the written date wins over the relative day.
    return changed(b, a.start, closeParen(text, gap, b.end), b.partOfDay ?? a.partOfDay)
  }
  // A clock time in the date line is the publication time: the published date stays a day.
  if (inside(dateline, a) || inside(dateline, b)) return null
  if (a.kind === 'time' && isDay(b) && b.hour === null && timeThenDate.test(gap)) {
    return timed(changed(b, a.start, b.end, b.partOfDay ?? a.partOfDay), a.hour, a.minute)
  }
  if (isDay(a) && a.hour === null && b.kind === 'time' && dateThenTime.test(gap)) {
    return timed(changed(a, a.start, closeParen(text, gap, b.end), a.partOfDay ?? b.partOfDay), b.hour, b.minute)
  }
  return null
}

/**
 * Merges parts of the day, clock times and weekdays into the date they belong to ("Chiều ngày
 * 12/01/2024", "8 giờ sáng ngày 5/3", "thứ Hai (15/01)", "tối cùng ngày"), then drops the
 * parts of day and times left alone.
 */
export function mergeNeighbours(text: string, candidates: Candidate[], dateline: Span | null): Candidate[] {
  const stack: Candidate[] = []
  for (let c of candidates) {
    for (;;) {
      const top = stack[stack.length - 1]
      const joined = top === undefined ? null : join(text, top, c, dateline)
      if (joined === null) break
      stack.pop()
      c = joined
    }
    stack.push(c)
  }
  return stack.filter((c) => c.kind !== 'part' && c.kind !== 'time')
}
