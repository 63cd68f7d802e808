import { candidate, type Candidate } from './candidate.js'
import { countOf, monthOf } from './vocabulary.js'

/**
 * "ngày 12 tháng 01 năm 2024", "12 tháng 1, 2024", "27 Tháng 8 2023", "ngày 12 tháng 01",
 * "mồng 2 tháng 9". Without "ngày"/"mồng" a year must follow: "6 tháng 2 lần" is no date.
 * Lunar month names (Giêng, Chạp) are left to the lunar parser.
 */
const words =
  /(?:(?<!\p{L})(ngày|mồng|mùng)\s{1,3})?(?<![\d.,/])(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2}|mười một|mười hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\d\p{L}])(?:\s{0,2},?\s{0,2}(?:năm\s{1,3})?(\d{4})(?!\d))?/giu

/** "mồng 5", "mùng một": a day of the current month. */
const dayOnly =
  /(?<!\p{L})(?:mồng|mùng)\s{1,3}(\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![\d\p{L}])(?!\s{0,3}(?:tháng|tết|\/|-|\.\d))/giu

/** Finds dates written with the word "tháng" and days written "mồng N". */
export function parseWords(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(words)) {
    const [whole, prefix, dayText, monthText, yearText] = match
    if (prefix === undefined && yearText === undefined) continue
    const month = monthOf(monthText!)
    if (month === null) continue
    const fields = { day: Number(dayText), month, ...(yearText === undefined ? {} : { year: Number(yearText) }) }
    found.push(candidate('date', match.index, match.index + whole.length, fields))
  }
  for (const match of text.matchAll(dayOnly)) {
    const day = countOf(match[1]!) ?? (match[1]!.toLowerCase() === 'một' ? 1 : null)
    if (day === null || day < 1 || day > 10) continue
    found.push(candidate('date', match.index, match.index + match[0].length, { day }))
  }
  return found
}
