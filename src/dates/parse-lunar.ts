import { candidate, type Candidate } from './candidate.js'
import { extendBack, letterAt, matchAt, numberCharBefore } from './cues.js'
import type { CueWords } from './cue-words.js'
import { countOf, monthOf } from './vocabulary.js'

/**
 * Lunar dates: "mồng 5 tháng Giêng âm lịch", "rằm tháng Bảy âm lịch", "ngày 15 tháng 8 âm lịch",
 * "mùng 10 tháng 3 (âm lịch)", "rằm tháng Giêng" (rằm and the months Giêng and Chạp are lunar by
 * themselves), "mồng 5 Tết", "15/8 âm lịch". Found from "tháng" or "Tết", the day read before it.
 */
const lunarWords =
  /(?:tháng {1,3}(\d{1,2}|mười {1,2}một|mười {1,2}hai|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?: {1,3}(nhuận))?|(tết))(?: {0,2},? {0,2}năm {1,3}(\d{4})(?!\d))?( {0,3}\(? {0,2}(?:âm {1,2}lịch|âl)(?![a-zà-ỹ]) {0,2}\)?)?(?: {0,2},? {0,2}năm {1,3}(\d{4})(?!\d))?/iy
const dayBefore = /(?:(?:ngày|mồng|mùng) {1,3})?(rằm|\d{1,2}|mười|một|hai|ba|bốn|năm|sáu|bảy|tám|chín) {1,3}$/i

const lunarNumeric = /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))? {0,3}\(? {0,2}(?:âm {1,2}lịch|âl)(?![a-zà-ỹ]) {0,2}\)?/gi
const dayWord = /(?:ngày|mồng|mùng) {1,3}$/i

/** Finds lunar dates; the resolver converts them to the Gregorian calendar. */
export function parseLunar(text: string, cues: CueWords): Candidate[] {
  // Only texts with a lunar mark ("âm", "âl", "rằm", "tết", "giêng", "chạp") can hold a lunar date.
  if (!cues.lunar) return []
  const found: Candidate[] = []
  for (const at of cues.lunarMonth) {
    const match = matchAt(lunarWords, text, at)
    if (match === null) continue
    const [whole, monthText, leap, tet, yearBefore, marker, yearAfter] = match
    const end = match.index + whole.length
    if (marker === undefined && yearBefore === undefined && yearAfter === undefined && letterAt(text, end)) continue
    const start = extendBack(text, match.index, dayBefore, 16)
    if (start === match.index) continue
    const dayWord = dayBefore.exec(text.slice(start, match.index))![1]!.toLowerCase()
    const month = tet !== undefined ? 1 : monthOf(monthText!)
    const day = dayWord === 'rằm' ? 15 : (countOf(dayWord) ?? (dayWord === 'một' ? 1 : null))
    if (month === null || day === null || day < 1 || day > 30) continue
    const lunarByItself = dayWord === 'rằm' || tet !== undefined || /^(?:giêng|chạp)$/i.test(monthText ?? '')
    if (marker === undefined && !lunarByItself) continue
    // "mồng 5 Tết" needs "mồng": "5 Tết" alone is a count (five New Years).
    if (tet !== undefined && !/^(?:mồng|mùng|ngày)/i.test(text.slice(start, match.index))) continue
    const yearText = yearBefore ?? yearAfter
    const year = yearText === undefined ? null : Number(yearText)
    found.push(candidate('date', start, end, { day, month, year, lunar: true, leapMonth: leap !== undefined }))
  }
  for (const match of text.matchAll(lunarNumeric)) {
    if (numberCharBefore(text, match.index, './-')) continue
    const day = Number(match[1])
    const month = Number(match[2])
    if (day < 1 || day > 30 || month < 1 || month > 12) continue
    const year = match[3] === undefined ? null : Number(match[3])
    const start = extendBack(text, match.index, dayWord, 12)
    found.push(candidate('date', start, match.index + match[0].length, { day, month, year, lunar: true }))
  }
  return found
}
