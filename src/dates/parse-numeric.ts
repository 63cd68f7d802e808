import { candidate, fullYear, type Candidate } from './candidate.js'
import { hasDateCue, inParentheses } from './cues.js'

/**
 * "12/01/2024", "12-01-2024", "12.01.2024", "12 / 01 / 2024", "12/01/24", and with a cue "ngày
 * 12/01", "sáng 5/3", "(28/8)". The second separator must repeat the first, so "10-12/01/2024"
 * (a range) is not read as 10 December 2001. A trailing "/QĐ" makes it a document number.
 */
const numeric =
  /(?:(?<!\p{L})(ngày|mồng|mùng)\s{1,3})?(?<![\d./-])(\d{1,2})(\s{0,2})([/.-])(\s{0,2})(\d{1,2})(?:\s{0,2}\4\s{0,2}(\d{4}|\d{2}))?(?!\d|\/\p{L}|%)/giu

/** After a day and month: more digits joined by a separator make it something else ("12/01/20245", "1.234.567"). */
const moreAfterDayMonth = /^(?:\s{0,2}[/.]\s{0,2}\d|[-–]\d|,\d)/u
/** After a full date: "12/01/2024/QĐ" or "12.01.2024.1" is a number, "12/01/2024 - 15/01/2024" a range. */
const moreAfterYear = /^[/.]\d/u

/** Finds day-month(-year) dates written with digits and separators. */
export function parseNumeric(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(numeric)) {
    const [whole, prefix, dayText, spaceBefore, separator, spaceAfter, monthText, yearText] = match
    const start = match.index
    const end = start + whole.length
    const day = Number(dayText)
    const month = Number(monthText)
    if (day < 1 || day > 31 || month < 1 || month > 12) continue
    const after = text.slice(end, end + 6)
    if (yearText === undefined) {
      if (moreAfterDayMonth.test(after)) continue
      // Without a year it is a date only with a cue: otherwise "3/4" is a fraction or a score.
      if (spaceBefore || spaceAfter) continue
      const digitsAt = start + whole.search(/\d/u)
      if (prefix === undefined && !hasDateCue(text, digitsAt) && !(separator === '/' && inParentheses(text, start, end))) continue
      found.push(candidate('date', start, end, { day, month }))
      continue
    }
    if (moreAfterYear.test(after)) continue
    // "10 - 11 - 12" is a list, not a date: spaced separators need a four-digit year.
    if ((spaceBefore || spaceAfter) && yearText.length < 4) continue
    found.push(candidate('date', start, end, { day, month, year: fullYear(yearText) }))
  }
  return found
}
