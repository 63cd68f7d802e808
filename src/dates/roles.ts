import type { DateRole, Part, Span } from '../types.js'
import { isSpaceCode } from '../space.js'
import { lineStartFrom, ngayAt } from './cues.js'
import type { Resolved } from './resolve.js'

/** A document number: "123/QĐ-UBND", "98/2023/NĐ-CP", "79/KH-UBND", and the Party's "18-NQ/TW". */
const documentNumber = /\d{1,5}(?:-\p{Lu}{1,8})?(?:\/\d{4})?\/\p{Lu}[\p{L}\d&-]{0,30}/gu
/** A quick test before {@link documentNumber}: a number, a slash or dash and a capital. */
const numberSlash = /\d[/-](?:\d{4}\/)?[A-ZĐ]/
/** What may end the words between a document number and its date: ", ban hành ngày", "ký ngày". */
const tailEnd = /(?:,? ?(?:ban hành|ký)? ?(?:ngày)?) ?$/iu
/** The most words between a document number and its date ("của Ủy ban nhân dân tỉnh Kon Tum"). */
const MAX_TAIL_WORDS = 6

/**
 * Whether `before` ends with a document number and at most a few words of its issuer: "Quyết định
 * số 123/QĐ-UBND ngày …", "Kế hoạch số 79/KH-UBND của UBND tỉnh ngày …", "Nghị định 98/2023/NĐ-CP ngày …".
 */
function followsDocumentNumber(before: string): boolean {
  if (!numberSlash.test(before)) return false
  let last: RegExpExecArray | null = null
  documentNumber.lastIndex = 0
  for (let match = documentNumber.exec(before); match !== null; match = documentNumber.exec(before)) last = match
  if (last === null) return false
  const tail = before.slice(last.index + last[0].length).replace(/\s+/gu, ' ').trim().replace(tailEnd, '').trim()
  if (tail === '') return true
  const words = tail.split(' ')
  return words.length <= MAX_TAIL_WORDS && words.every((word) => word !== 'về' && !/[.;:()]/u.test(word))
}

/** Whether the text before a date lets it open a clause: nothing, a punctuation mark, a source tag "(QNO) -", a place "HÀ NỘI -". */
function clauseOpensAfter(before: string): boolean {
  const trimmed = before.trimEnd()
  if (trimmed === '') return true
  const last = trimmed.charAt(trimmed.length - 1)
  if ('.;:!?,)'.includes(last)) return true
  if (!'-–—'.includes(last)) return false
  const head = trimmed.slice(0, -1).trimEnd()
  return head.endsWith(')') || /^[\p{Lu} .]{2,30}$/u.test(head)
}

function within(span: Span, r: Resolved): boolean {
  return r.start >= span.start && r.end <= span.end
}

function isDay(r: Resolved): boolean {
  return r.day !== null && (r.precision === 'day' || r.precision === 'minute')
}

/** Whether `r` opens its sentence or clause inside `part`. */
function opensClause(text: string, part: Span, r: Resolved): boolean {
  if (r.start - part.start <= 40) return clauseOpensAfter(text.slice(part.start, r.start))
  // The last of the 40 characters before that is not white space ends a clause.
  for (let i = r.start - 1; i >= r.start - 40; i--) {
    const code = text.charCodeAt(i)
    if (!isSpaceCode(code)) return '.;:!?,'.includes(text.charAt(i))
  }
  return false
}

/** Whether a slash stands from `from` to `end`: every document number ("123/QĐ-UBND") has one. */
function slashWithin(text: string, from: number, end: number): boolean {
  for (let i = end - 1; i >= from; i--) if (text.charCodeAt(i) === 0x2f) return true
  return false
}

/** Whether "ngày" and at most three white-space characters end `text` from `from` to `end`. */
function ngayBefore(text: string, from: number, end: number): boolean {
  let at = end
  while (at > from && end - at <= 3 && isSpaceCode(text.charCodeAt(at - 1))) at--
  return at - 4 >= from && end - at <= 3 && ngayAt(text, at - 4)
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
    // "ngày" before or opening the date (tested first with the loosest start: most dates have none).
    if (!ngayBefore(text, Math.max(0, r.start - 7), r.start) && !(r.end - r.start >= 4 && ngayAt(text, r.start))) return
    // Its line's start, looked for at most 160 characters back; a document number there has a slash.
    const from = lineStartFrom(text, r.start, Math.max(0, r.start - 160))
    if (!slashWithin(text, from, r.start)) return
    if (ngayBefore(text, from, r.start) || (r.end - r.start >= 4 && ngayAt(text, r.start))) {
      if (followsDocumentNumber(text.slice(from, r.start))) roles[i] = 'document'
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
  if (event >= 0) roles[event] = 'event'
  return roles
}
