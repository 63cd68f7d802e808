import type { DateRole, Part, Span } from '../types.js'
import type { Resolved } from './resolve.js'

/**
 * A document number right before the date: "Quyết định số 123/QĐ-UBND ngày 12/01/2024",
 * "Kế hoạch số 79/KH-UBND của UBND tỉnh ngày 27/02/2024", "Nghị định 98/2023/NĐ-CP ngày …".
 */
const documentBefore =
  /\d{1,5}(?:\/\d{4})?\/[\p{Lu}][\p{L}\d&-]{0,30}(?:\s{1,3}(?!về(?!\p{L}))[^\s,.;:()]{1,25}){0,6}\s{0,3},?\s{0,3}(?:(?:ban\s{1,2}hành|ký)\s{1,3})?(?:ngày\s{1,3})?$/u

/** A quick test before {@link documentBefore}: a number, a slash and a capital. */
const numberSlash = /\d\/(?:\d{4}\/)?[A-ZĐ]/

/** What may stand before a date that opens the sentence: nothing, a source tag "(QNO) -", a place "HÀ NỘI -". */
const clauseStart = /(?:^|[.;:!?,]\s{0,3}|\)\s{0,3}[-–—]?\s{0,3}|^[\p{Lu}\s.]{2,30}[-–—]\s{0,3})$/u

function within(span: Span, r: Resolved): boolean {
  return r.start >= span.start && r.end <= span.end
}

function isDay(r: Resolved): boolean {
  return r.day !== null && (r.precision === 'day' || r.precision === 'minute')
}

/** Whether `r` opens its sentence or clause inside `part`. */
function opensClause(text: string, part: Span, r: Resolved): boolean {
  const before = text.slice(Math.max(part.start, r.start - 40), r.start).trimEnd()
  if (r.start - part.start <= 40) return clauseStart.test(text.slice(part.start, r.start).trimEnd())
  return /[.;:!?,]$/u.test(before)
}

/**
 * Gives each date its role: `published` for the date line's date, `document` for a date right
 * after a document number, `event` for the main event's date (at most one: the first date that
 * opens a clause of the lead, else the lead's first day outside parentheses, else a date opening
 * the title), `other` for the rest.
 */
export function assignRoles(text: string, resolved: Resolved[], parts: Part[]): DateRole[] {
  const roles: DateRole[] = resolved.map(() => 'other')
  const dateline = parts.find((p) => p.kind === 'dateline')
  if (dateline !== undefined) {
    const at = resolved.findIndex((r) => within(dateline.span, r) && r.year !== null && isDay(r))
    if (at >= 0) roles[at] = 'published'
  }
  resolved.forEach((r, i) => {
    if (roles[i] !== 'other') return
    const lineStart = text.lastIndexOf('\n', r.start - 1) + 1
    const before = text.slice(Math.max(lineStart, r.start - 160), r.start)
    if (/ngày\s{0,3}$/iu.test(before) || /^ngày/iu.test(text.slice(r.start, r.end))) {
      if (numberSlash.test(before) && documentBefore.test(before)) roles[i] = 'document'
    }
  })
  const free = (i: number) => roles[i] === 'other'
  // The lead, and the paragraph after it when the lead is a subtitle without a date.
  const leadAt = parts.findIndex((p) => p.kind === 'lead')
  const firstParagraph = parts.findIndex((p, i) => p.kind === 'paragraph' && i > leadAt)
  const blocks = [parts[leadAt], parts[firstParagraph]].filter((p): p is Part => p !== undefined)
  let event = -1
  for (const block of blocks) {
    event = resolved.findIndex((r, i) => free(i) && within(block.span, r) && (isDay(r) || r.precision === 'month') && opensClause(text, block.span, r))
    if (event < 0) {
      event = resolved.findIndex((r, i) => free(i) && within(block.span, r) && isDay(r) && !/\(\s{0,2}$/u.test(text.slice(r.start - 3, r.start)))
    }
    if (event >= 0) break
  }
  const title = parts.find((p) => p.kind === 'title')
  if (event >= 0) roles[event] = 'event'
  return roles
}
