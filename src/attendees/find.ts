import { eventNounSource } from '../event/kinds.js'
import type { Span } from '../types.js'

/** "Tham dự", "Dự", "Đến dự và chủ trì", "Cùng dự" opening a clause. */
const attendVerb = /(?<!\p{L})(?:(?:tham|đến|tới|cùng|về) {1,2})?dự(?: {1,2}và {1,2}(?:chủ trì|chỉ đạo|phát biểu))?(?!\p{L})/giu
const withPresence = /(?<!\p{L})với sự (?:tham dự|có mặt) của\s+/giu
/** "… có", "… gồm" (and "các đồng chí:") closing the clause before the attendees. */
const listOpener = /^[^,;.]{0,80}?\s(?:có|gồm)(?:\s+các đồng chí\s*:)?\s+/iu
const nounThenList = new RegExp(`^ {1,2}(?:${eventNounSource})(?: này)?\\s+(?=các\\s|lãnh đạo|đại diện|đại biểu|toàn thể|\\p{Lu})`, 'iu')

/** The attendee lists of `text` between `from` and `to` (the attendance clauses' objects). */
export function findAttendanceLists(text: string, from: number, to: number): Span[] {
  const out: Span[] = []
  const segment = text.slice(from, to)
  attendVerb.lastIndex = 0
  for (const verb of segment.matchAll(attendVerb)) {
    const before = segment.slice(0, verb.index).trimEnd()
    if (before !== '' && !/[.,;:]$/.test(before)) continue
    const after = verb.index + verb[0].length
    const rest = segment.slice(after)
    const opener = listOpener.exec(rest) ?? nounThenList.exec(rest)
    if (opener === null) continue
    const start = after + opener[0].length
    out.push({ start: from + start, end: from + clauseEnd(segment, start) })
  }
  withPresence.lastIndex = 0
  for (const presence of segment.matchAll(withPresence)) {
    const start = presence.index + presence[0].length
    out.push({ start: from + start, end: from + clauseEnd(segment, start) })
  }
  return out.sort((a, b) => a.start - b.start)
}

function clauseEnd(segment: string, start: number): number {
  const stop = /\.(?:\s|$)|\n|$/u.exec(segment.slice(start))
  return start + (stop ? stop.index : segment.length - start)
}

/** Words that start a new attendee group after a comma. */
const groupStart = /^(?:đại diện|lãnh đạo|đại biểu|thường trực|toàn thể|các đồng chí|đồng chí)(?!\p{L})/iu
/** "ông Nguyễn …", "bà Trần …" — not "Bà mẹ Việt Nam anh hùng". */
const personStart = /^(?:[ôÔ]ng|[bB]à)\s+\p{Lu}/u

/** Splits an attendee list into its groups: on ";", before a new group after ",", at "cùng". */
export function splitGroups(text: string, list: Span): Span[] {
  const groups: Span[] = []
  for (const piece of splitOn(text, list, /;/gu)) {
    for (const part of splitOn(text, piece, /,? {1,3}cùng {1,3}| {1,3}và {1,3}(?=\d)/gu)) {
      let start = part.start
      const body = text.slice(part.start, part.end)
      const plural = /^\s*các đồng chí(?!\p{L})/iu.test(body)
      if (!plural) {
        const comma = /,\s*/gu
        for (const match of body.matchAll(comma)) {
          const next = part.start + match.index + match[0].length
          const rest = text.slice(next, part.end)
          if (groupStart.test(rest) || personStart.test(rest)) {
            groups.push({ start, end: part.start + match.index })
            start = next
          }
        }
      }
      groups.push({ start, end: part.end })
    }
  }
  return groups.map((g) => trim(text, g)).filter((g) => g.end > g.start)
}

function splitOn(text: string, span: Span, separator: RegExp): Span[] {
  const out: Span[] = []
  let start = span.start
  const body = text.slice(span.start, span.end)
  for (const match of body.matchAll(separator)) {
    out.push({ start, end: span.start + match.index })
    start = span.start + match.index + match[0].length
  }
  out.push({ start, end: span.end })
  return out
}

function trim(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /[\s,.;:]/.test(text[start]!)) start++
  if (/^và\s/iu.test(text.slice(start, end))) start += 3
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--
  return { start, end }
}
