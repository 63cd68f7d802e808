import { candidate, type Candidate } from './candidate.js'
import type { CueWords } from './cue-words.js'
import { letterAt } from './cues.js'
import { partOfDayAt } from './vocabulary.js'

/**
 * A part of the day right before a date or a day word ("Chiều ngày 12/01/2024", "sáng 5/3",
 * "tối cùng ngày", "sáng thứ Hai"), or right after a clock time ("8 giờ sáng"). These checks
 * keep "sáng kiến", "sáng tạo", "tối đa", "tối thiểu", "chiều sâu" out.
 */
const dateAfter = /^ {1,3}(?:ngày|mồng|mùng|hôm|cùng {1,2}ngày|thứ|chủ {1,2}nhật|\d)/i
const timeBefore = /(?:giờ|phút|\dh|\d) {1,2}$/i

/** Finds parts of the day that belong to a date or a time. */
export function parsePartOfDay(text: string, cues: CueWords): Candidate[] {
  const found: Candidate[] = []
  for (const at of cues.partOfDay) {
    const part = partOfDayAt(text, at)
    if (part === null) continue
    const end = at + part.word.length
    if (letterAt(text, end)) continue
    if (!dateAfter.test(text.slice(end, end + 16)) && !timeBefore.test(text.slice(Math.max(0, at - 8), at))) continue
    found.push(candidate('part', at, end, { partOfDay: part.partOfDay }))
  }
  return found
}
