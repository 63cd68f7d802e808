import { candidate, type Candidate } from './candidate.js'
import { hasDateCue } from './cues.js'

/**
 * Day ranges of one month: "từ ngày 10 đến 12/01/2024", "từ 10 - 12/01/2024", "10-12/01/2024",
 * "trong 2 ngày 10 và 11/01", "ngày 14-15/9/2023". The first day takes its month and year from
 * the second.
 */
const dayRange =
  /(?:(?<!\p{L})(?:(?:trong\s{1,3})?(?:[2-9]|hai|ba|bốn)\s{1,3}ngày\s{1,3}|(?:từ\s{1,3})?(?:ngày|mồng|mùng)\s{1,3}|từ\s{1,3}))?(?<![\d./-])(\d{1,2})\s{0,2}(-|–|đến|tới|và|,)\s{0,2}(?:ngày\s{1,3})?(\d{1,2})\s{0,2}([/.-])\s{0,2}(\d{1,2})(?:\s{0,2}\4\s{0,2}(\d{4}))?(?!\d|\s{0,2}[/.-]\s{0,2}\d|\/\p{L})/giu

/** Two full dates: "28/8/1945-28/8/2015", "28/12/2023 - 02/01/2024". */
const fullRange =
  /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s{0,2}[-–]\s{0,2}(\d{1,2})([/.-])(\d{1,2})\6(\d{4})(?!\d|[/.]\d|-\d)/gu

/** Year ranges: "2023-2024", "giai đoạn 2016 - 2020", "năm học 2023-2024", "(2020 -2025)". */
const yearRange =
  /(?:(?<!\p{L})(?:năm\s{1,2}học|niên\s{1,2}khóa|giai\s{1,2}đoạn|nhiệm\s{1,2}kỳ|năm)\s{1,3})?(?<![\d./-])(\d{4})\s{0,2}[-–]\s{0,2}(\d{4})(?!\d|\s{0,2}[/.-]\s{0,2}\d)/giu

/** Finds day ranges within a month, ranges of two full dates, and year ranges. */
export function parseRange(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(dayRange)) {
    const [whole, firstText, joiner, dayText, , monthText, yearText] = match
    const first = Number(firstText)
    const day = Number(dayText)
    const month = Number(monthText)
    if (first < 1 || first >= day || day > 31 || month < 1 || month > 12) continue
    const prefixed = /^\D/u.test(whole)
    // "và" and "," join two days only after "ngày"; bare "3-4/5" is a date only with a cue or a year.
    if ((joiner === 'và' || joiner === ',') && !prefixed) continue
    if (!prefixed && yearText === undefined && !hasDateCue(text, match.index)) continue
    const year = yearText === undefined ? null : Number(yearText)
    found.push(
      candidate('date', match.index, match.index + whole.length, {
        day: first,
        month,
        year,
        until: { year, month, day },
      }),
    )
  }
  for (const match of text.matchAll(fullRange)) {
    const [whole, d1, , m1, y1, d2, , m2, y2] = match
    found.push(
      candidate('date', match.index, match.index + whole.length, {
        day: Number(d1),
        month: Number(m1),
        year: Number(y1),
        until: { year: Number(y2), month: Number(m2), day: Number(d2) },
      }),
    )
  }
  for (const match of text.matchAll(yearRange)) {
    const from = Number(match[1])
    const to = Number(match[2])
    if (from < 1000 || to <= from || to - from > 100) continue
    found.push(
      candidate('date', match.index, match.index + match[0].length, {
        year: from,
        precision: 'year',
        until: { year: to, month: null, day: null },
      }),
    )
  }
  return found
}
