import type { Span } from '../types.js'
import { firstWordAt, wordsOf } from '../agencies/words.js'
import {
  afterTitleAt,
  endsHonorific,
  honorificBefore,
  isPersonalName,
  mayBeCapital,
  mayStartTitle,
  nameAt,
  startsTitle,
  titleAt,
} from './titles.js'

/** One written mention of a person with the titles beside it. */
export interface PersonMention {
  /** From the honorific (or first title) to the end of the titles: the phrase as written. */
  whole: Span
  name: Span
  /** The titles as written: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh". */
  title: Span | null
  /** The sentence goes on "… đến dự", "… dự và chỉ đạo": the person attended. */
  attended: boolean
}

const attendVerb = /^\s*(?:đến dự|tới dự|cùng dự|dự và|dự(?!\s+(?:án|thảo|thi|kiến|báo|toán)))(?!\p{L})/iu
const placeBefore = /(?:tỉnh|thành phố|huyện|xã|quận|phường|TP\.?)\s*$/iu
const councilEnd = /thi đua$/iu
const councilGoesOn = /^\s*[,\-–—]\s*khen thưởng/iu

let memoText: string | null = null
/** The mentions found in the last text, by the start of the range read (a small-integer key). */
const memo = new Map<number, { to: number; found: PersonMention[] }>()

/**
 * Every person written with a name in `text` between `from` and `to`. Memoised for the last
 * text: the attendees stage asks again for the parts the people stage has read.
 */
export function findPeople(text: string, from: number, to: number): PersonMention[] {
  if (memoText !== text) {
    memoText = text
    memo.clear()
  }
  const known = memo.get(from)
  if (known !== undefined && known.to === to) return known.found
  const found = scanPeople(text, from, to)
  memo.set(from, { to, found })
  return found
}

/** Offsets of the part already read as part of a person; one buffer reused by every call. */
let covered = new Uint8Array(4096)

function scanPeople(text: string, from: number, to: number): PersonMention[] {
  const out: PersonMention[] = []
  const words = wordsOf(text)
  const { starts, ends, capitalized } = words
  const first = firstWordAt(words, from)
  let last = first
  while (last < starts.length && starts[last]! < to) last++
  if (last === first) return out
  const size = to - from
  if (covered.length < size) covered = new Uint8Array(size)
  else covered.fill(0, 0, size)
  const take = (span: Span) => covered.fill(1, Math.max(0, span.start - from), Math.min(size, Math.max(0, span.end - from)))

  // "đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh", "ông X – Giám đốc Sở Tư pháp"
  let skipTo = from
  for (let w = first + 1; w < last; w++) {
    const at = starts[w]!
    if (at < skipTo || !capitalized[w] || !endsHonorific(text, starts[w - 1]!, ends[w - 1]!)) continue
    const honorific = honorificBefore.exec(text.slice(Math.max(from, at - 22), at))
    if (honorific === null) continue
    const name = personAt(text, at, to)
    if (name === null) continue
    const mention = withTitles(text, at - honorific[0].length, name, to)
    out.push(mention)
    take(mention.whole)
    skipTo = mention.whole.end
  }

  // "…có các đồng chí: Trương Quốc Huy, Bí thư Tỉnh ủy; Đinh Thị Lụa, …"
  for (let w = first; w < last; w++) {
    const at = starts[w]!
    if (!capitalized[w] || covered[at - from] === 1 || !afterListMark(text, at, from)) continue
    const name = personAt(text, at, to)
    if (name === null || text.charCodeAt(name.end) !== 44 /* , */) continue
    const mention = withTitles(text, at, name, to)
    if (mention.title === null) continue
    out.push(mention)
    take(mention.whole)
  }

  // "Giám đốc Sở Tư pháp Võ Minh Thưởng", "Phó Chủ tịch UBND tỉnh - Nguyễn Minh Lâm"
  skipTo = from
  for (let w = first; w < last; w++) {
    const at = starts[w]!
    if (at < skipTo || !capitalized[w] || covered[at - from] === 1 || !startsTitle(text, at, ends[w]!)) continue
    const found = titlesThenName(text, at, to)
    if (found === null) continue
    out.push(found)
    take(found.whole)
    skipTo = found.whole.end
  }
  if (out.length > 1) out.sort((a, b) => a.whole.start - b.whole.start)
  return out
}

/** Whether `at` follows ":" or ";" (spaces between) or starts a line. */
function afterListMark(text: string, at: number, from: number): boolean {
  let i = at - 1
  while (i >= from && text.charCodeAt(i) === 32) i--
  if (i < from) return true
  const code = text.charCodeAt(i)
  return code === 58 /* : */ || code === 59 /* ; */ || code === 10 /* \n */
}

/** `\s` of a `u` pattern. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014
}

/** The name at `at`, without a capitalised title written right after it ("Nguyễn Văn A Giám đốc Sở"). */
function readName(text: string, at: number, to: number): Span | null {
  if (!mayBeCapital(text.charCodeAt(at))) return null
  nameAt.lastIndex = at
  if (!nameAt.test(text)) return null
  const end = nameAt.lastIndex
  if (end > to) return null
  // From the third syllable on, a title ends the name.
  let spaces = 0
  for (let i = at; i < end; i++) {
    if (text.charCodeAt(i) !== 32 || ++spaces < 2 || !mayStartTitle(text.charCodeAt(i + 1))) continue
    titleAt.lastIndex = i + 1
    if (titleAt.test(text)) return { start: at, end: i }
  }
  return { start: at, end }
}

/** The name at `at` if it reads as a personal name (a known surname, not a place). */
function personAt(text: string, at: number, to: number): Span | null {
  const name = readName(text, at, to)
  return name !== null && isPersonalName(text.slice(name.start, name.end)) ? name : null
}

/**
 * The end of `^\s*(?:,|[-–—]|\s)\s*` on `text[from, to)`: spaces, a comma or a dash, spaces
 * (-1 when there is none of them).
 */
function separatorEnd(text: string, from: number, to: number): number {
  let i = from
  while (i < to && isSpace(text.charCodeAt(i))) i++
  if (i < to && (text.charCodeAt(i) === 44 || isDash(text.charCodeAt(i)))) {
    i++
    while (i < to && isSpace(text.charCodeAt(i))) i++
    return i
  }
  return i > from ? i : -1
}

/** The titles written after a name ("…, Phó Chủ tịch UBND tỉnh", "… - Giám đốc Sở"). */
function withTitles(text: string, start: number, name: Span, to: number): PersonMention {
  const titleStart = separatorEnd(text, name.end, Math.min(to, name.end + 4))
  let title: Span | null = null
  if (titleStart >= 0) {
    const end = readTitles(text, titleStart, to)
    if (end > titleStart) title = { start: titleStart, end }
  }
  const end = title?.end ?? name.end
  return { whole: { start, end }, name, title, attended: attendVerb.test(text.slice(end, end + 20)) }
}

/** The end of a run of titles starting at `at` (`at` itself when none starts there). */
export function readTitles(text: string, at: number, to: number, stopAtName = false): number {
  if (!mayStartTitle(text.charCodeAt(at))) return at
  titleAt.lastIndex = at
  if (!titleAt.test(text)) return at
  let end = at
  let i = at
  const limit = Math.min(to, at + 260)
  while (i < limit) {
    titleWord.lastIndex = i
    if (titleWord.test(text) && titleWord.lastIndex <= limit) {
      i = titleWord.lastIndex
      end = i
      continue
    }
    // A separator: go on only if another title follows ("…, Chủ tịch UBND tỉnh").
    titleSeparator.lastIndex = i
    if (!titleSeparator.test(text)) break
    const next = titleSeparator.lastIndex
    if (next > limit) break
    if (isBlank(text, i, next)) {
      afterTitleAt.lastIndex = next
      if (afterTitleAt.test(text)) break
      if (stopAtName && nameAfterTitles(text, next, to) !== null) break
      i = next
      continue
    }
    titleAt.lastIndex = next
    if (!(mayStartTitle(text.charCodeAt(next)) && titleAt.test(text)) && !continuesCouncil(text, at, i)) break
    i = next
  }
  return end
}

const titleWord = /[^\s,;.:()"!?]+/uy
const titleSeparator = /(?:\s{0,3},\s{0,3}|\s{1,3}[-–—]\s{1,3}|\s{0,3}[-–—]\s{0,3}(?=\p{Lu})|[ \t]{1,3})/uy

/** Whether the separator `text[from, to)` has neither a comma nor a dash. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 44 || isDash(code)) return false
  }
  return true
}

/** "Hội đồng Thi đua - Khen thưởng", "Hội đồng thi đua, khen thưởng": one council's name. */
function continuesCouncil(text: string, at: number, i: number): boolean {
  return councilEnd.test(text.slice(Math.max(at, i - 8), i)) && councilGoesOn.test(text.slice(i, i + 16))
}

/** The personal name at `at` after titles, unless a place word comes just before it ("tỉnh Lâm Đồng"). */
function nameAfterTitles(text: string, at: number, to: number): Span | null {
  const name = personAt(text, at, to)
  if (name === null) return null
  return placeBefore.test(text.slice(Math.max(0, at - 12), at)) ? null : name
}

/** The length of `^\s{0,2}[-–—]?\s{0,2}` at `at`: what may stand between titles and a name. */
function nameGap(text: string, at: number): number {
  let i = at
  while (i < at + 2 && isSpace(text.charCodeAt(i))) i++
  if (isDash(text.charCodeAt(i))) i++
  const spaces = i + 2
  while (i < spaces && isSpace(text.charCodeAt(i))) i++
  return i - at
}

function titlesThenName(text: string, at: number, to: number): PersonMention | null {
  const end = readTitles(text, at, to, true)
  if (end <= at) return null
  const name = nameAfterTitles(text, end + nameGap(text, end), to)
  if (name === null) return null
  return {
    whole: { start: at, end: name.end },
    name,
    title: { start: at, end },
    attended: attendVerb.test(text.slice(name.end, name.end + 20)),
  }
}
