import { candidate, type Candidate } from './candidate.js'
import { countOf, monthOf } from './vocabulary.js'

/**
 * Lunar dates: "mồng 5 tháng Giêng âm lịch", "rằm tháng Bảy âm lịch", "ngày 15 tháng 8 âm lịch",
 * "mùng 10 tháng 3 (âm lịch)", "rằm tháng Giêng" (rằm and the months Giêng and Chạp are lunar by
 * themselves), "mồng 5 Tết", "15/8 âm lịch".
 */
const lunarWords =
  /(?<!\p{L})(?:(?:ngày|mồng|mùng)\s{1,3})?(rằm|\d{1,2}|mười|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s{1,3}(?:tháng\s{1,3}(\d{1,2}|mười\s{1,2}một|mười\s{1,2}hai|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s{1,3}(nhuận))?|(tết))(?![\p{L}\d])(?:\s{0,2},?\s{0,2}năm\s{1,3}(\d{4})(?!\d))?(\s{0,3}\(?\s{0,2}(?:âm\s{1,2}lịch|âl)(?!\p{L})\s{0,2}\)?)?(?:\s{0,2},?\s{0,2}năm\s{1,3}(\d{4})(?!\d))?/giu

const lunarNumeric =
  /(?:(?<!\p{L})(?:ngày|mồng|mùng)\s{1,3})?(?<![\d./-])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s{0,3}\(?\s{0,2}(?:âm\s{1,2}lịch|âl)(?!\p{L})\s{0,2}\)?/giu

/** Finds lunar dates; the lunar refiner converts them to the Gregorian calendar. */
export function parseLunar(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(lunarWords)) {
    const [whole, dayText, monthText, leap, tet, yearBefore, marker, yearAfter] = match
    const yearText = yearBefore ?? yearAfter
    const dayWord = dayText!.toLowerCase()
    const month = tet !== undefined ? 1 : monthOf(monthText!)
    const day = dayWord === 'rằm' ? 15 : (countOf(dayWord) ?? (dayWord === 'một' ? 1 : null))
    if (month === null || day === null || day < 1 || day > 30) continue
    const lunarByItself = dayWord === 'rằm' || tet !== undefined || /^(?:giêng|chạp)$/iu.test(monthText ?? '')
    if (marker === undefined && !lunarByItself) continue
    // "mồng 5 Tết" needs "mồng": "5 Tết" alone is a count ("5 Tết" = five New Years).
    if (tet !== undefined && !/^(?:mồng|mùng|ngày)/iu.test(whole)) continue
    const year = yearText === undefined ? null : Number(yearText)
    found.push(
      candidate('date', match.index, match.index + whole.length, { day, month, year, lunar: true, leapMonth: leap !== undefined }),
    )
  }
  for (const match of text.matchAll(lunarNumeric)) {
    const day = Number(match[1])
    const month = Number(match[2])
    if (day < 1 || day > 30 || month < 1 || month > 12) continue
    const year = match[3] === undefined ? null : Number(match[3])
    found.push(candidate('date', match.index, match.index + match[0].length, { day, month, year, lunar: true }))
  }
  return found
}
