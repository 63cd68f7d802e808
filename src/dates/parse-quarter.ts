import { candidate, type Candidate } from './candidate.js'
import { countOf, quarterOf } from './vocabulary.js'

/**
 * "quý I/2024", "quý II năm 2024", "quý 3-2024", "quý IV" (year from the reference). Read here
 * rather than with date-fns' `vi` locale, which takes "quý II" for the first quarter.
 */
const quarter =
  /(?<!\p{L})quý\s{1,3}(iv|i{1,3}|[1-4])(?![\p{L}\d])(?:(?:\s{0,2}[/.-]\s{0,2}|\s{1,3}năm\s{1,3}|\s{0,2},\s{0,2}(?:năm\s{1,3})?)(\d{4})(?!\d))?/giu

/** "6 tháng đầu năm 2024", "6 tháng cuối năm", "9 tháng đầu năm nay". */
const partOfYear =
  /(?<![\p{L}\d.,])(\d{1,2}|ba|sáu|chín)\s{1,3}tháng\s{1,3}(đầu|cuối)\s{1,3}năm(?:\s{1,3}(\d{4})(?!\d)|\s{1,3}nay(?!\p{L}))?/giu

/** Finds quarters and the first or last months of a year, as month ranges. */
export function parseQuarter(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(quarter)) {
    const q = quarterOf(match[1]!)
    if (q === null) continue
    const year = match[2] === undefined ? null : Number(match[2])
    found.push(
      candidate('date', match.index, match.index + match[0].length, {
        month: q * 3 - 2,
        year,
        precision: 'month',
        until: { year, month: q * 3, day: null },
      }),
    )
  }
  for (const match of text.matchAll(partOfYear)) {
    const months = countOf(match[1]!)
    if (months === null || months < 1 || months > 11) continue
    const year = match[3] === undefined ? null : Number(match[3])
    const first = match[2]!.toLowerCase() === 'đầu'
    found.push(
      candidate('date', match.index, match.index + match[0].length, {
        month: first ? 1 : 13 - months,
        year,
        precision: 'month',
        until: { year, month: first ? months : 12, day: null },
      }),
    )
  }
  return found
}
