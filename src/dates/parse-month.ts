import { candidate, type Candidate } from './candidate.js'

/** "tháng 01/2024", "tháng 1-2024", "tháng 01 năm 2024", "tháng 12, 2024". */
const monthYear = /(?<!\p{L})tháng\s{1,3}(\d{1,2})(?:\s{0,2}[/.-]\s{0,2}|\s{1,3}năm\s{1,3}|\s{0,2},\s{0,2})(\d{4})(?!\d|\s{0,2}[/.-]\s{0,2}\d)/giu

/**
 * "năm 2024". A duration ("trong 10 năm") has its number before "năm", so it never matches; a
 * year range ("năm 2023 - 2024") is left to the range parser.
 */
const year = /(?<!\p{L})năm\s{1,3}(\d{4})(?!\d|\s{0,2}[/.–-]\s{0,2}\d)/giu

/** Finds months of a year and years written "năm YYYY". */
export function parseMonth(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(monthYear)) {
    const month = Number(match[1])
    if (month < 1 || month > 12) continue
    found.push(candidate('date', match.index, match.index + match[0].length, { month, year: Number(match[2]), precision: 'month' }))
  }
  for (const match of text.matchAll(year)) {
    found.push(candidate('date', match.index, match.index + match[0].length, { year: Number(match[1]), precision: 'year' }))
  }
  return found
}
