import { candidate, type Candidate } from './candidate.js'
import { letterBefore, matchAt } from './cues.js'
import type { CueWords } from './cue-words.js'

/** "tháng 01/2024", "tháng 1-2024", "tháng 01 năm 2024", "tháng 12, 2024". */
const monthYear = /tháng {1,3}(\d{1,2})(?: {0,2}[/.-] {0,2}| {1,3}năm {1,3}| {0,2}, {0,2})(\d{4})(?!\d)/iy

/**
 * "năm 2024". A duration ("trong 10 năm") has its number before "năm", so it never matches; a
 * year range ("năm 2023 - 2024") is left to the range parser.
 */
const year = /năm {1,3}(\d{4})(?!\d)/iy

/** More digits after the year: a range or another number, not this parser's. */
const moreAfter = /^ {0,2}[/.–-] {0,2}\d/

/** Finds months of a year and years written "năm YYYY". */
export function parseMonth(text: string, cues: CueWords): Candidate[] {
  const found: Candidate[] = []
  for (const at of cues.thang) {
    const match = matchAt(monthYear, text, at)
    if (match === null) continue
    const end = match.index + match[0].length
    if (letterBefore(text, match.index) || moreAfter.test(text.slice(end, end + 6))) continue
    const month = Number(match[1])
    if (month < 1 || month > 12) continue
    found.push(candidate('date', match.index, end, { month, year: Number(match[2]), precision: 'month' }))
  }
  for (const at of cues.nam) {
    const match = matchAt(year, text, at)
    if (match === null) continue
    const end = match.index + match[0].length
    if (letterBefore(text, match.index) || moreAfter.test(text.slice(end, end + 6))) continue
    found.push(candidate('date', match.index, end, { year: Number(match[1]), precision: 'year' }))
  }
  return found
}
