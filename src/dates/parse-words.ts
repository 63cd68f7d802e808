import { candidate, type Candidate } from './candidate.js'
import { extendBack, hasDateCue, letterAt, letterBefore, matchAt, numberCharBefore } from './cues.js'
import type { CueWords } from './cue-words.js'
import { countOf, monthOf } from './vocabulary.js'

/**
 * "ngày 12 tháng 01 năm 2024", "12 tháng 1, 2024", "27 Tháng 8 2023", "ngày 12 tháng 01",
 * "mồng 2 tháng 9", "chiều 30 tháng 4". Without "ngày"/"mồng" or a cue a year must follow:
 * "6 tháng 2 lần" is no date. Lunar month names (Giêng, Chạp) are left to the lunar parser.
 */
const words =
  /tháng {1,3}(\d{1,2}|mười một|mười hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?: {0,2},? {0,2}(?:năm {1,3})?(\d{4})(?!\d))?/iy
/** The day before "tháng": read from each "tháng" of the cue words. */
const dayBefore = /(\d{1,2}) {1,3}$/

/** "mồng 5", "mùng một": a day of the current month. */
const dayOnly = /(?:mồng|mùng) {1,3}(\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)/iy
const monthFollows = /^ {0,3}(?:tháng|tết|\/|-|\.\d)/i

const dayWord = /(?:ngày|mồng|mùng) {1,3}$/i

/** Finds dates written with the word "tháng" and days written "mồng N". */
export function parseWords(text: string, cues: CueWords): Candidate[] {
  const found: Candidate[] = []
  let next = 0
  for (const at of cues.thang) {
    const match = at < next ? null : matchAt(words, text, at)
    if (match === null) continue
    const [whole, monthText, yearText] = match
    const end = match.index + whole.length
    next = end
    const digits = extendBack(text, match.index, dayBefore, 4)
    if (digits === match.index || numberCharBefore(text, digits, '.,/')) continue
    // A month word must end there: "tháng mười" but not "tháng mườii", "tháng ba" but not "tháng bao".
    if (yearText === undefined && letterAt(text, end)) continue
    const start = extendBack(text, digits, dayWord, 12)
    if (start === digits && yearText === undefined && !hasDateCue(text, digits)) continue
    const month = monthOf(monthText!)
    if (month === null) continue
    const day = Number(dayBefore.exec(text.slice(digits, match.index))![1])
    const fields = { day, month, ...(yearText === undefined ? {} : { year: Number(yearText) }) }
    found.push(candidate('date', start, end, fields))
  }
  next = 0
  for (const at of cues.mong) {
    const match = at < next ? null : matchAt(dayOnly, text, at)
    if (match === null) continue
    const end = match.index + match[0].length
    next = end
    if (letterBefore(text, match.index) || letterAt(text, end) || /\d/.test(text.charAt(end))) continue
    if (monthFollows.test(text.slice(end, end + 8))) continue
    const day = countOf(match[1]!) ?? (match[1]!.toLowerCase() === 'một' ? 1 : null)
    if (day === null || day < 1 || day > 10) continue
    found.push(candidate('date', match.index, end, { day }))
  }
  return found
}
