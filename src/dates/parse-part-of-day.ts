import { candidate, type Candidate } from './candidate.js'
import { partOfDayOf } from './vocabulary.js'

/**
 * A part of the day right before a date or a day word ("Chiều ngày 12/01/2024", "sáng 5/3",
 * "tối cùng ngày", "sáng thứ Hai"), or right after a clock time ("8 giờ sáng"). The lookahead
 * keeps "sáng kiến", "sáng tạo", "tối đa", "tối thiểu", "chiều sâu" out.
 */
const partBeforeDate =
  /(?<!\p{L})(sáng|trưa|chiều|tối|đêm|khuya)(?=\s{1,3}(?:ngày|mồng|mùng|hôm|cùng\s{1,2}ngày|thứ|chủ\s{1,2}nhật|\d))/giu

const partAfterTime = /(?<=(?:giờ|phút|\dh|\d)\s{1,2})(sáng|trưa|chiều|tối|đêm|khuya)(?!\p{L})/giu

/** Finds parts of the day that belong to a date or a time. */
export function parsePartOfDay(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const pattern of [partBeforeDate, partAfterTime]) {
    for (const match of text.matchAll(pattern)) {
      const partOfDay = partOfDayOf(match[1]!)
      if (partOfDay !== null) found.push(candidate('part', match.index, match.index + match[0].length, { partOfDay }))
    }
  }
  return found
}
