import { copyOf, type Candidate } from './candidate.js'

const between = /^\s{0,3}(?:[-–]|đến|tới|cho\s{1,2}đến)(?:\s{1,3}hết)?\s{0,3}$/iu
const fromBefore = /(?<!\p{L})từ\s{1,3}$/iu

/**
 * Joins two dates of the same kind into a range: "từ ngày 10/01 đến ngày 12/01/2024",
 * "28/12/2023 - 02/01/2024", "từ năm 2009 đến năm 2019". The first takes its month from the second
 * when it lacks one, and its year when resolved.
 */
export function mergeRanges(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = []
  for (const c of candidates) {
    const a = out[out.length - 1]
    if (a !== undefined && isRangeable(a) && isRangeable(c) && a.precision === c.precision && c.start - a.end <= 20 && between.test(text.slice(a.end, c.start))) {
      const month = a.month ?? c.month
      const before = text.slice(Math.max(0, a.start - 8), a.start)
      const from = fromBefore.exec(before)
      const range = copyOf(a)
      range.start = from === null ? a.start : a.start - from[0].length
      range.end = c.end
      range.month = month
      range.yearWritten = a.yearWritten || c.yearWritten
      range.until = { year: c.year, month: c.month, day: c.day }
      out[out.length - 1] = range
      continue
    }
    out.push(c)
  }
  return out
}

function isRangeable(c: Candidate): boolean {
  return c.kind === 'date' && c.until === null && !c.lunar && c.hour === null
}
