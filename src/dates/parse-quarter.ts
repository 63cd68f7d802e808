import { candidate, type Candidate } from './candidate.js'
import { extendBack, letterAt, letterBefore, matchAt } from './cues.js'
import type { CueWords } from './cue-words.js'
import { countOf, quarterOf } from './vocabulary.js'

/**
 * "quý I/2024", "quý II năm 2024", "quý 3-2024", "quý IV" (year from the reference). Read here
 * rather than with date-fns' `vi` locale, which takes "quý II" for the first quarter.
 */
const quarter = /quý {1,3}(iv|i{1,3}|[1-4])(?:(?: {0,2}[/.-] {0,2}| {1,3}năm {1,3}| {0,2}, {0,2}(?:năm {1,3})?)(\d{4})(?!\d))?/iy

/** "6 tháng đầu năm 2024", "6 tháng cuối năm", "9 tháng đầu năm nay": found from "tháng đầu/cuối năm". */
const partOfYear = /tháng {1,3}(đầu|cuối) {1,3}năm(?: {1,3}(\d{4})(?!\d)| {1,3}nay)?/iy
const countBefore = /(\d{1,2}|ba|sáu|chín) {1,3}$/i

/** Finds quarters and the first or last months of a year, as month ranges. */
export function parseQuarter(text: string, cues: CueWords): Candidate[] {
  const found: Candidate[] = []
  for (const at of cues.quy) {
    const match = matchAt(quarter, text, at)
    if (match === null) continue
    const end = match.index + match[0].length
    // "quý I" ends at a word boundary: not "quý Ông", not "quý IIa".
    const numeralEnd = match.index + match[0].indexOf(match[1]!, 3) + match[1]!.length
    if (letterBefore(text, match.index) || letterAt(text, numeralEnd) || /\d/.test(text.charAt(numeralEnd))) continue
    const q = quarterOf(match[1]!)
    if (q === null) continue
    const year = match[2] === undefined ? null : Number(match[2])
    found.push(
      candidate('date', match.index, end, {
        month: q * 3 - 2,
        year,
        precision: 'month',
        until: { year, month: q * 3, day: null },
      }),
    )
  }
  for (const at of cues.thang) {
    const match = matchAt(partOfYear, text, at)
    if (match === null) continue
    const end = match.index + match[0].length
    if (letterAt(text, end)) continue
    const start = extendBack(text, match.index, countBefore, 8)
    if (start === match.index || /[\d.,]/.test(text.charAt(start - 1))) continue
    const months = countOf(countBefore.exec(text.slice(start, match.index))![1]!)
    if (months === null || months < 1 || months > 11) continue
    const year = match[2] === undefined ? null : Number(match[2])
    const first = match[1]!.toLowerCase() === 'đầu'
    found.push(
      candidate('date', start, end, {
        month: first ? 1 : 13 - months,
        year,
        precision: 'month',
        until: { year, month: first ? months : 12, day: null },
      }),
    )
  }
  return found
}
