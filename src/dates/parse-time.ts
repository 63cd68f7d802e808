import { candidate, type Candidate } from './candidate.js'

/** "lúc 14 giờ 30 phút", "14 giờ 30", "14h30", "8h", "8 giờ", "14:30", "lúc18:46", "11:33:16". */
const clock =
  /(?<![\p{L}\d:.,])(?:(lúc|vào\s{1,2}lúc)\s{0,3})?(\d{1,2})(?:\s{0,2}(?:giờ|h)(?:\s{0,2}(\d{1,2})(?:\s{0,2}phút)?)?|:(\d{2})(?::\d{2})?)(?![\p{L}\d])/giu

/** Words that make "8 giờ" a duration, not a time of day. */
const durationBefore = /(?<!\p{L})(?:trong|sau|mất|khoảng|gần|hơn|trên|dưới|suốt|tới|đến|từ|thêm)\s{1,3}$/iu

/** Finds clock times. */
export function parseTime(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(clock)) {
    const [whole, at, hourText, minuteText, colonMinute] = match
    const hour = Number(hourText)
    const minute = Number(minuteText ?? colonMinute ?? 0)
    if (hour > 23 || minute > 59) continue
    if (at === undefined && durationBefore.test(text.slice(Math.max(0, match.index - 12), match.index))) continue
    found.push(candidate('time', match.index, match.index + whole.length, { hour, minute, precision: 'minute' }))
  }
  return found
}
