import { candidate, type Candidate } from './candidate.js'
import type { CueWords } from './cue-words.js'
import { charAfterSpaces, DigitRuns, extendBack, letterAt, letterBefore, matchAt, numberCharBefore } from './cues.js'

/** "lúc 14 giờ 30 phút", "14 giờ 30", "14h30", "8h", "8 giờ", "14:30", "lúc18:46", "11:33:16". */
const clock = /(\d{1,2})(?: {0,2}(?:giờ|h)(?: {0,2}(\d{1,2})(?: {0,2}phút)?)?|:(\d{2})(?::\d{2})?)(?!\d)/iy

const atBefore = /(?:vào {1,2})?lúc {0,3}$/i
/** Words that make "8 giờ" a duration, not a time of day. */
const durationBefore = /(?:trong|sau|mất|khoảng|gần|hơn|trên|dưới|suốt|tới|đến|từ|thêm) {1,3}$/i

/** Finds clock times. */
export function parseTime(text: string, cues: CueWords): Candidate[] {
  const found: Candidate[] = []
  // The hour's one or two digits end a run of digits: tried at the last two digits of each run,
  // after the last match (a rejected match still hides what starts inside it, as a global scan).
  let next = 0
  for (const run = new DigitRuns(text, cues.digits); run.next(); ) {
    // The hour's digits end the run: a colon, or "giờ"/"h" after at most two spaces, must follow.
    if (!charAfterSpaces(text, run.end, 0, ':') && !charAfterSpaces(text, run.end, 2, 'gGhH')) continue
    let match: RegExpExecArray | null = null
    for (let at = Math.max(run.start, run.end - 2, next); at < run.end && match === null; at++) match = matchAt(clock, text, at)
    if (match === null) continue
    const [whole, hourText, minuteText, colonMinute] = match
    const digits = match.index
    const end = digits + whole.length
    next = end
    if (letterBefore(text, digits) && !/lúc$/i.test(text.slice(Math.max(0, digits - 3), digits))) continue
    if (numberCharBefore(text, digits, ':.,') || letterAt(text, end)) continue
    const hour = Number(hourText)
    const minute = Number(minuteText ?? colonMinute ?? 0)
    if (hour > 23 || minute > 59) continue
    const start = extendBack(text, digits, atBefore, 12)
    if (start === digits && extendBack(text, digits, durationBefore, 12) < digits) continue
    found.push(candidate('time', start, end, { hour, minute, precision: 'minute' }))
  }
  return found
}
