import { candidate, type Candidate } from './candidate.js'
import { letterAt, letterBefore } from './cues.js'
import { partOfDayOf } from './vocabulary.js'

const partWord = /sáng|trưa|chiều|tối|đêm|khuya/gi

/**
 * A part of the day right before a date or a day word ("Chiều ngày 12/01/2024", "sáng 5/3",
 * "tối cùng ngày", "sáng thứ Hai"), or right after a clock time ("8 giờ sáng"). These checks
 * keep "sáng kiến", "sáng tạo", "tối đa", "tối thiểu", "chiều sâu" out.
 */
const dateAfter = /^ {1,3}(?:ngày|mồng|mùng|hôm|cùng {1,2}ngày|thứ|chủ {1,2}nhật|\d)/i
const timeBefore = /(?:giờ|phút|\dh|\d) {1,2}$/i

/** Finds parts of the day that belong to a date or a time. */
export function parsePartOfDay(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(partWord)) {
    const end = match.index + match[0].length
    if (letterBefore(text, match.index) || letterAt(text, end)) continue
    if (!dateAfter.test(text.slice(end, end + 16)) && !timeBefore.test(text.slice(Math.max(0, match.index - 8), match.index))) continue
    const partOfDay = partOfDayOf(match[0])
    if (partOfDay !== null) found.push(candidate('part', match.index, end, { partOfDay }))
  }
  return found
}
