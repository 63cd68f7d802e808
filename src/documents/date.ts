import type { DateMention } from '../types.js'

/** What may stand between a number and its date: ", ban hành ngày ", " ngày ". */
const lead = /^ {0,2},? {0,2}(?:(?:ban hành|ký) {1,2})?(?:ngày {1,2})?/iu
const numeric = /^(\d{1,2}) {0,2}([/.-]) {0,2}(\d{1,2}) {0,2}\2 {0,2}(\d{4})(?!\d)/u
const worded = /^(\d{1,2}) {1,2}tháng {1,2}(\d{1,2}) {1,2}(?:năm {1,2})?(\d{4})(?!\d)/iu
/** "Ngày 13 tháng 11 năm 2020, … đã ký Quyết định số …": a signing date written before. */
const signedBefore = /(?:^|[\s,(])ngày\s{1,2}(\d{1,2})(?:\s{0,2}[/.-]\s{0,2}(\d{1,2})\s{0,2}[/.-]\s{0,2}|\s{1,2}tháng\s{1,2}(\d{1,2})\s{1,2}năm\s{1,2})(\d{4})(?!\d)[^.;\n]{0,120}?(?:ký|ban hành)[^.;\n]{0,40}$/iu

/** What {@link signedBefore} needs in its window, looked up first: "ngày" and "ký" or "ban hành", in any case. */
function mayBeSigned(window: string): boolean {
  const lower = window.toLowerCase()
  return lower.includes('ngày') && (lower.includes('ký') || lower.includes('ban hành'))
}

/**
 * The first of `dates` that starts between `from` and `to`: a binary search when they are in text
 * order (as the dates stage gives them), so that many numbers among many dates stay linear.
 */
function firstDateFrom(dates: readonly DateMention[], inOrder: boolean, from: number, to: number): DateMention | undefined {
  if (!inOrder) return dates.find((date) => date.span.start >= from && date.span.start <= to)
  let low = 0
  let high = dates.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (dates[mid]!.span.start < from) low = mid + 1
    else high = mid
  }
  const date = dates[low]
  return date !== undefined && date.span.start <= to ? date : undefined
}

/** Whether `value` starts with an ISO day ("2024-01-12"): `^\d{4}-\d{2}-\d{2}` by code unit. */
function isIsoDay(value: string): boolean {
  if (value.length < 10) return false
  for (let i = 0; i < 10; i++) {
    const code = value.charCodeAt(i)
    if (i === 4 || i === 7 ? code !== 0x2d : code < 48 || code > 57) return false
  }
  return true
}

/** Whether `dates` are in text order. */
export function inTextOrder(dates: readonly DateMention[]): boolean {
  for (let i = 1; i < dates.length; i++) if (dates[i]!.span.start < dates[i - 1]!.span.start) return false
  return true
}

/** An ISO day from parts, or `null` when it is not a real date. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > last) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The date of a document whose number spans `start`–`end`: the `document`-role (or any) date of the
 * dates stage that starts right after it, else " ngày 12/01/2024" / " ngày 12 tháng 1 năm 2024"
 * read here, else a signing date written before it in the same sentence.
 */
export function documentDate(
  text: string,
  start: number,
  end: number,
  dates: readonly DateMention[],
  sentenceStart: number,
  datesInOrder = inTextOrder(dates),
): { value: string; end: number } | null {
  const after = text.slice(end, end + 48)
  const prefix = lead.exec(after)?.[0].length ?? 0
  const at = end + prefix
  const marked = firstDateFrom(dates, datesInOrder, end, at)
  if (marked && isIsoDay(marked.value)) return { value: marked.value.slice(0, 10), end: marked.span.end }
  if (prefix > 0 || after.startsWith(' ')) {
    const rest = after.slice(prefix)
    const n = numeric.exec(rest)
    if (n) {
      const value = isoDay(Number(n[4]), Number(n[3]), Number(n[1]))
      if (value) return { value, end: at + n[0].length }
    }
    const w = worded.exec(rest)
    if (w) {
      const value = isoDay(Number(w[3]), Number(w[2]), Number(w[1]))
      if (value) return { value, end: at + w[0].length }
    }
  }
  const window = text.slice(Math.max(sentenceStart, start - 260), start)
  const before = mayBeSigned(window) ? signedBefore.exec(window) : null
  if (before) {
    const value = isoDay(Number(before[4]), Number(before[2] ?? before[3]), Number(before[1]))
    if (value) return { value, end }
  }
  return null
}
