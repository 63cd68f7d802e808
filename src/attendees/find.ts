import { isSpaceCode } from '../space.js'
import { endsAbbreviation } from '../dotted.js'
import { eventNounSource } from '../event/kinds.js'
import { wordKey } from '../agencies/lexicon.js'
import { firstAtOrAfter } from '../offsets.js'
import { firstWordAt, wordIs, wordsOf, type WordIndex } from '../words.js'
import type { Span } from '../types.js'

/** "Tham dự", "Đến dự", "Cùng dự": the word before "dự". */
const verbLead = new Set(['tham', 'đến', 'tới', 'cùng', 'về'])
/** "… dự và chủ trì", "… dự và chỉ đạo". */
const verbTail = / {1,2}và {1,2}(?:chủ trì|chỉ đạo|phát biểu)(?!\p{L})/iuy
const withPresence = /với sự (?:tham dự|có mặt) của\s{1,3}/iuy
/** "Hội nghị có sự tham dự của …": the words before "tham dự" (read back from it) … */
const hasPresence = /(?<!\p{L})có sự $/iu
/** … and "của" after it. */
const presenceOf = / của\s{1,3}/iuy
/** "… có", "… gồm", "… có:" (and "các đồng chí:") closing the clause before the attendees. */
const listOpener = /^[^,;.]{0,80}?\s(?:có|gồm)(?:\s+các đồng chí\s*:| {0,2}:)?\s+/iu
const nounThenList = new RegExp(`^ {1,2}(?:${eventNounSource})(?: này)?\\s+(?=các\\s|lãnh đạo|đại diện|đại biểu|toàn thể|\\p{Lu})`, 'iu')


/** The attendee lists of `text` between `from` and `to` (the attendance clauses' objects). */
export function findAttendanceLists(
  text: string,
  from: number,
  to: number,
  words: WordIndex = wordsOf(text, from, to),
  verbs: number[] = attendanceWordsOf(text, words),
): Span[] {
  const out: Span[] = []
  const verbStarts: number[] = []
  const first = firstAtOrAfter(verbs, firstWordAt(words, from))
  let last = first
  while (last < verbs.length && words.starts[verbs[last]!]! < to) last++
  // No "dự" or "với" in the range: no attendance clause.
  if (last === first) return out
  const segment = text.slice(from, to)
  // A part is read only if it has "dự" or "với" in it: a last verb cut by the part's end does not count.
  if (words.starts[verbs[last - 1]!]! + 2 > to && !attendanceWord.test(segment)) return out
  for (let k = first; k < last; k++) {
    const w = verbs[k]!
    if (words.ends[w]! - words.starts[w]! === 3) {
      const list = listAfter(withPresence, text, words.starts[w]!, from, segment)
      if (list !== null) out.push(list)
      continue
    }
    let verbStart = words.starts[w]!
    if (w > 0 && words.starts[w - 1]! >= from && verbLead.has(wordKey(text.slice(words.starts[w - 1]!, words.ends[w - 1]!)))) {
      const gap = text.slice(words.ends[w - 1]!, verbStart)
      if (gap === ' ' || gap === '  ') verbStart = words.starts[w - 1]!
    }
    if (hasPresence.test(text.slice(Math.max(from, verbStart - 7), verbStart))) {
      const list = listAfter(presenceOf, text, words.ends[w]!, from, segment)
      if (list !== null) out.push(list)
      continue
    }
    const audience = audienceBefore(text, from, verbStart)
    if (audience !== null) {
      out.push(audience)
      continue
    }
    verbTail.lastIndex = words.ends[w]!
    const tail = verbTail.exec(text)
    const verbEnd = tail ? words.ends[w]! + tail[0].length : words.ends[w]!
    let b = verbStart - 1
    while (b >= from && (text[b] === ' ' || text[b] === '\t')) b--
    if (b >= from && !/[.,;:]/.test(text[b]!)) continue
    const rest = segment.slice(verbEnd - from, verbEnd - from + 240)
    const opener = listOpener.exec(rest) ?? nounThenList.exec(rest)
    if (opener === null) continue
    const start = verbEnd - from + opener[0].length
    out.push({ start: from + start, end: from + clauseEnd(segment, start) })
    verbStarts.push(verbStart)
  }
  out.sort((a, b) => a.start - b.start)
  verbStarts.sort((a, b) => a - b)
  // A list stops where the next attendance clause begins (text without full stops).
  let v = 0
  for (const list of out) {
    while (v < verbStarts.length && verbStarts[v]! < list.start) v++
    if (v < verbStarts.length && verbStarts[v]! < list.end) list.end = verbStarts[v]!
  }
  return out
}

/**
 * The indexes of the words "dự" and "với" (any case) in `words`, in order: the only words an
 * attendance clause turns on, found once for the article.
 */
export function attendanceWordsOf(text: string, words: WordIndex): number[] {
  const out: number[] = []
  const { starts, ends } = words
  for (let w = 0; w < starts.length; w++) {
    const length = ends[w]! - starts[w]!
    if (length !== 2 && length !== 3) continue
    // "với" and "dự" begin with "v" and "d" in either case (`| 32`): one test before comparing.
    const initial = text.charCodeAt(starts[w]!) | 32
    if (length === 3 ? initial === 118 && wordIs(text, starts[w]!, ends[w]!, 'với') : initial === 100 && wordIs(text, starts[w]!, ends[w]!, 'dự')) out.push(w)
  }
  return out
}

/** "… với gần 70 đại biểu " right before "tham dự": the count that closes an audience clause. */
const audienceCount = /với {1,3}(?:(?:gần|hơn|khoảng|trên) {1,3})?\d{1,5} {1,3}(?:đại biểu|người|học viên|hội viên|cán bộ) {1,3}$/iu
/** What an audience list begins with: who it is for ("cho lãnh đạo …", "cho công chức …"). */
const audienceStart = /^(?:lãnh đạo|công chức|viên chức|cán bộ|đại diện|đại biểu|thành viên|hội viên|tổ trưởng|toàn thể|các)(?!\p{L})/iu
/** How far back from "với" the "cho" of an audience clause is looked for. */
const MAX_AUDIENCE = 600

/**
 * The audience of a meeting held "cho <list> với gần 70 đại biểu tham dự" (a training for
 * officials): the list between "cho" and "với", when "tham dự" at `verbStart` closes it.
 */
function audienceBefore(text: string, from: number, verbStart: number): Span | null {
  const head = text.slice(Math.max(from, verbStart - 40), verbStart)
  const count = audienceCount.exec(head)
  if (count === null) return null
  const at = verbStart - head.length + count.index
  if (at > from && isLetter(text.charCodeAt(at - 1))) return null
  let end = at
  while (end > from && (isSpaceCode(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 44)) end--
  // The last " cho " of the sentence, read back char by char so a long text costs no more.
  for (let i = end - 5; i >= from && i >= at - MAX_AUDIENCE; i--) {
    const code = text.charCodeAt(i)
    if (code === 46 || code === 10 || code === 59) return null
    if (code !== 32 || !text.startsWith(' cho ', i)) continue
    const start = i + 5
    return audienceStart.test(text.slice(start, start + 20)) ? { start, end } : null
  }
  return null
}

function isLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122 ? true : code >= 0xc0 && code !== 0xd7 && code !== 0xf7
}

/** The first two letters of "dự" and "với" in either case. */
const attendanceWord = /[dD][ựỰ]|[vV][ớỚ]/u

/** Longest attendee list read: a few hundred words. */
const MAX_LIST = 3000

/** The list opened by a match of the sticky `pattern` at `at` ("với sự tham dự của …"), or null; `segment` is the text from `from`. */
function listAfter(pattern: RegExp, text: string, at: number, from: number, segment: string): Span | null {
  pattern.lastIndex = at
  const match = pattern.exec(text)
  if (match === null) return null
  const start = match.index + match[0].length - from
  return { start: from + start, end: from + clauseEnd(segment, start) }
}

/** Where the list that starts at `start` ends: a full stop (not a dotted abbreviation's: "UBND TP. Huế") or a line end. */
function clauseEnd(segment: string, start: number): number {
  const window = segment.slice(start, start + MAX_LIST)
  const stops = /\.(?:\s|$)|\n/gu
  for (let stop = stops.exec(window); stop !== null; stop = stops.exec(window)) {
    if (stop[0] === '\n' || !endsAbbreviation(segment, start + stop.index)) return start + stop.index
  }
  return start + window.length
}

/** Words that start a new attendee group after a comma. */
const groupStart = /^(?:đại diện|lãnh đạo|đại biểu|thường trực|toàn thể|các đồng chí|đồng chí)(?!\p{L})/iu
/**
 * Ranks that start a group of their own after a comma when what comes before it names more than
 * a rank ("công chức tư pháp - hộ tịch, công chức địa chính"), not in a list of bare ranks that
 * share one organisation ("lãnh đạo, công chức, viên chức Sở Tư pháp").
 */
const rankStart = /^(?:công chức|viên chức|cán bộ|tổ trưởng)(?!\p{L})/iu
/** A group headed by its size ("hơn 300 học viên là lãnh đạo, công chức …") stays whole. */
const countHead = /^(?:(?:gần|hơn|khoảng|trên) {1,3})?\d/u
const bareRank = /^(?:(?:toàn thể|các|đại diện|cùng) {1,3})?(?:lãnh đạo|công chức|viên chức|cán bộ|người lao động|chuyên viên|thành viên|tổ trưởng|tổ phó)$/iu
/** "ông Nguyễn …", "bà Trần …" — not "Bà mẹ Việt Nam anh hùng". */
const personStart = /^(?:[ôÔ]ng|[bB]à)\s+\p{Lu}/u

const semicolon = /;/gu
const withOrAnd = /,? {1,3}cùng {1,3}| {1,3}và {1,3}(?=\d|hơn \d|gần \d|khoảng \d|(?:đại diện|lãnh đạo|đại biểu|hiệu trưởng|thủ trưởng|các đồng chí) )/gu
const comma = /,\s*/gu

/** Splits an attendee list into its groups: on ";", before a new group after ",", at "cùng". */
export function splitGroups(text: string, list: Span): Span[] {
  const groups: Span[] = []
  for (const piece of splitOn(text, list, semicolon)) {
    for (const part of splitOn(text, piece, withOrAnd)) {
      let start = part.start
      const body = text.slice(part.start, part.end)
      const plural = /^\s*các đồng chí(?!\p{L})/iu.test(body)
      if (!plural) {
        const counted = countHead.test(body.trimStart())
        comma.lastIndex = 0
        let previous = start
        for (let match = comma.exec(body); match !== null; match = comma.exec(body)) {
          const next = part.start + match.index + match[0].length
          const rest = text.slice(next, part.end)
          const before = text.slice(previous, part.start + match.index).trim()
          previous = next
          if (groupStart.test(rest) || personStart.test(rest) || (rankStart.test(rest) && !counted && !bareRank.test(before))) {
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

/** The pieces of `span` between the matches of the global `separator` (an exec loop: `matchAll` copies the pattern). */
function splitOn(text: string, span: Span, separator: RegExp): Span[] {
  const out: Span[] = []
  let start = span.start
  const body = text.slice(span.start, span.end)
  separator.lastIndex = 0
  for (let match = separator.exec(body); match !== null; match = separator.exec(body)) {
    out.push({ start, end: span.start + match.index })
    start = span.start + match.index + match[0].length
  }
  out.push({ start, end: span.end })
  return out
}


/** `[\s,.;:]` for one code unit. */
function isSpaceOrMark(code: number): boolean {
  return code === 44 || code === 46 || code === 59 || code === 58 || isSpaceCode(code)
}

function trim(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && isSpaceOrMark(text.charCodeAt(start))) start++
  // "và " is three chars: the test reads no more.
  if (/^và\s/iu.test(text.slice(start, Math.min(end, start + 3)))) start += 3
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceOrMark(text.charCodeAt(end - 1))) end--
  return { start, end }
}
