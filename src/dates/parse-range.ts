import { candidate, type Candidate } from './candidate.js'
import type { CueWords } from './cue-words.js'
import { DigitRuns, extendBack, matchAt, numberCharBefore } from './cues.js'

/**
 * Year ranges: "2023-2024", "giai đoạn 2016 - 2020", "năm học 2023-2024", "(2020 -2025)". Found
 * from the dash and the second year, the first year read before it (a scan from every digit is slower).
 */
const dashYear = /[-–] {0,2}(\d{4})(?!\d)/y
const firstYear = /(\d{4}) {0,2}$/
const yearRangeStart = /(?:năm {1,2}học|niên {1,2}khóa|giai {1,2}đoạn|nhiệm {1,2}kỳ|năm) {1,3}$/i
const moreAfter = /^ {0,2}[/.-] {0,2}\d/

/**
 * Finds year ranges. Ranges of days ("từ 10 - 12/01/2024") are read by the numeric parser, ranges
 * between two dates ("từ ngày 10/01 đến ngày 12/01/2024", "28/8/1945-28/8/2015") by the range
 * refiner.
 */
export function parseRange(text: string, cues: CueWords): Candidate[] {
  const found: Candidate[] = []
  // The second year is a run of four digits with a dash and at most two spaces before it.
  for (const run = new DigitRuns(text, cues.digits); run.next(); ) {
    const digits = run.start
    if (run.end - digits !== 4) continue
    let dash = digits - 1
    while (dash >= digits - 2 && text.charCodeAt(dash) === 0x20) dash--
    // `dashYear` starts with the dash: most years have none before them, and no match is tried.
    const mark = text.charCodeAt(dash)
    const match = dash < 0 || (mark !== 0x2d && mark !== 0x2013) ? null : matchAt(dashYear, text, dash)
    if (match === null) continue
    const end = match.index + match[0].length
    const start = extendBack(text, match.index, firstYear, 6)
    if (start === match.index || numberCharBefore(text, start, './-') || moreAfter.test(text.slice(end, end + 6))) continue
    const from = Number(firstYear.exec(text.slice(start, match.index))![1])
    const to = Number(match[1])
    if (from < 1000 || to <= from || to - from > 100) continue
    found.push(candidate('date', extendBack(text, start, yearRangeStart, 16), end, { year: from, precision: 'year', until: { year: to, month: null, day: null } }))
  }
  return found
}
