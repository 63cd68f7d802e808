import { candidate, type Candidate } from './candidate.js'
import { letterAt, letterBefore, lineStartFrom, matchAt } from './cues.js'
import type { CueWords } from './cue-words.js'
import { weekdayOf } from './vocabulary.js'

/** "thứ Hai", "Thứ 6", "thứ bảy", "Chủ nhật". */
const weekday = /thứ {1,2}(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ {1,2}nhật)/iy

/** Words before "thứ hai" that make it an ordinal: "lần thứ hai", "giải thứ ba". */
const ordinalBefore =
  /(?:^|[^\p{L}])(?:lần|hạng|giải|khóa|kỳ|lớp|người|đứng|xếp|vị\s{1,2}trí|đợt|phần|vòng|điều|khoản|mục|bậc|cấp|số|con|năm|tháng|ngày\s{1,2}thứ)\s{1,2}$/iu

/** What makes "thứ hai" a weekday: a date after it, "tuần …" after it, or a time word before it. */
const dateAfter = /^ {0,2}[,(–-]? {0,3}(?:ngày {1,3})?\d{1,2} {0,2}[/.-] {0,2}\d/i
const weekAfter = /^ {1,2}tuần {1,2}(?:này|trước|sau|tới)/i
const timeBefore = /(?:^|[^\p{L}])(?:vào|sáng|trưa|chiều|tối|đêm|khuya|hôm|các|mỗi|hằng|hàng)\s{1,2}$/iu

/** Finds weekdays: merged with the date they name, or resolved against the reference date. */
export function parseWeekday(text: string, cues: CueWords): Candidate[] {
  const found: Candidate[] = []
  for (const at of cues.weekday) {
    // "thứ" and "chủ" (three letters) are weekdays only before a space ("Chủ tịch", "thức" are not): no match tried.
    if (text.charCodeAt(at + 3) !== 0x20) continue
    const match = matchAt(weekday, text, at)
    if (match === null) continue
    const start = match.index
    const end = start + match[0].length
    if (letterBefore(text, start) || letterAt(text, end) || /\d/.test(text.charAt(end))) continue
    const word = match[1] ?? match[2]!
    const day = weekdayOf(word)
    if (day === null) continue
    // The words before count only on the same line: "… hòa giải\nThứ Hai, 15/01" is no prize.
    const before = text.slice(lineStartFrom(text, start, Math.max(0, start - 16)), start)
    const after = text.slice(end, end + 24)
    if (ordinalBefore.test(before)) continue
    const first = text.charAt(end - word.length)
    const capitalised = match[2] !== undefined || /\d/.test(word) || first !== first.toLowerCase()
    if (!dateAfter.test(after) && !weekAfter.test(after) && !timeBefore.test(before) && !capitalised) continue
    found.push(candidate('weekday', start, end, { weekday: day }))
  }
  return found
}
