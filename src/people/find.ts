import { isSpaceCode } from '../space.js'
import { keyOf } from '../agencies/lexicon.js'
import { endsAbbreviation } from '../dotted.js'
import { provinceOfKey } from '../agencies/provinces.js'
import type { Span } from '../types.js'
import { firstAtOrAfter } from '../offsets.js'
import { firstWordAt, wordsOf, type WordIndex } from '../words.js'
import {
  afterTitleAt,
  endsHonorific,
  honorificBefore,
  isCapital,
  isPersonalName,
  mayBeCapital,
  mayEndTitles,
  maySecondSyllable,
  mayStartTitle,
  nameAt,
  startsTitle,
  titleStartsAt,
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

/** What reading the parts of one article in order keeps from one part to the next. */
export interface PeopleScan {
  words: WordIndex
  /** The first word of the last range read: the next range usually starts after it. */
  wordHint: number
  /** The candidate words of the part being read (indexes into `words`). */
  afterHonorific: number[]
  afterMark: number[]
  titleFirst: number[]
}

/** A scan of the parts of `text`, whose word index is `words`. */
export function peopleScan(words: WordIndex): PeopleScan {
  return { words, wordHint: 0, afterHonorific: [], afterMark: [], titleFirst: [] }
}

/**
 * Every person written with a name in `text` between `from` and `to`. `scan` carries the
 * article's word index and buffers from part to part (the parts read in order); without it the
 * words of the range are read.
 */
export function findPeople(text: string, from: number, to: number, scan: PeopleScan = peopleScan(wordsOf(text, from, to))): PersonMention[] {
  return scanPeople(text, from, to, scan)
}

/** What most parts hold: shared, so that a flood of parts keeps no array each (never changed). */
const none: PersonMention[] = []

function scanPeople(text: string, from: number, to: number, scan: PeopleScan): PersonMention[] {
  const { words, afterHonorific, afterMark, titleFirst } = scan
  const { starts, ends, capitals } = words
  const first = firstWordFrom(scan, from)
  // One pass over the capitalised words finds where each reading below may start: one after an
  // honorific, after a list mark, or one that may start a title. The buffers are written from
  // their start and read up to their counts (cutting an array's length is a slow call).
  let honorifics = 0
  let marks = 0
  let titles = 0
  for (let c = firstAtOrAfter(capitals, first); c < capitals.length; c++) {
    const w = capitals[c]!
    const at = starts[w]!
    if (at >= to) break
    if (w > first && endsHonorific(text, starts[w - 1]!, ends[w - 1]!)) afterHonorific[honorifics++] = w
    if (afterListMark(text, at, from)) afterMark[marks++] = w
    if (startsTitle(text, at, ends[w]!)) titleFirst[titles++] = w
  }
  if (honorifics + marks + titles === 0) return none
  const out: PersonMention[] = []

  // "đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh", "ông X – Giám đốc Sở Tư pháp"
  let skipTo = from
  for (let k = 0; k < honorifics; k++) {
    const at = starts[afterHonorific[k]!]!
    if (at < skipTo) continue
    const honorific = honorificBefore.exec(text.slice(Math.max(from, at - 22), at))
    if (honorific === null) continue
    const name = personAt(text, at, to)
    if (name === null) continue
    const mention = withTitles(text, at - honorific[0].length, name, to)
    out.push(mention)
    skipTo = mention.whole.end
  }
  // Each reading below skips the words inside a person already read: the mentions of each
  // reading are in the order of their starts, so one cursor per reading walks them.
  const honorificEnd = out.length
  let byHonorific = new Cover(out, 0, honorificEnd)
  let byMark = new Cover(out, honorificEnd, -1)

  // "…có các đồng chí: Trương Quốc Huy, Bí thư Tỉnh ủy; Đinh Thị Lụa, …"
  for (let k = 0; k < marks; k++) {
    const at = starts[afterMark[k]!]!
    if (byHonorific.covers(at) || byMark.covers(at)) continue
    // The comma after the name first: most list marks start no person.
    const name = readName(text, at, to)
    if (name === null || text.charCodeAt(name.end) !== 44 /* , */ || !isPersonalName(text.slice(name.start, name.end))) continue
    const mention = withTitles(text, at, name, to)
    if (mention.title === null) continue
    out.push(mention)
  }
  const markEnd = out.length
  byHonorific = new Cover(out, 0, honorificEnd)
  byMark = new Cover(out, honorificEnd, markEnd)
  const byTitle = new Cover(out, markEnd, -1)

  // "Giám đốc Sở Tư pháp Võ Minh Thưởng", "Phó Chủ tịch UBND tỉnh - Nguyễn Minh Lâm"
  skipTo = from
  for (let k = 0; k < titles; k++) {
    const at = starts[titleFirst[k]!]!
    if (at < skipTo || byHonorific.covers(at) || byMark.covers(at) || byTitle.covers(at)) continue
    const found = titlesThenName(text, at, to)
    if (found === null) continue
    out.push(found)
    skipTo = found.whole.end
  }
  if (out.length > 1) out.sort((a, b) => a.whole.start - b.whole.start)
  return out.length > 0 ? out : none
}

/**
 * Whether offsets, asked in increasing order, lie inside the whole span of one of the mentions
 * `list[first, last)` (sorted by start; `last` -1: to the end of the list as it grows).
 */
class Cover {
  private next: number
  private end = -1
  /** A fixed range out of order (never seen: a person's honorific inside an earlier person) is searched whole. */
  private readonly sorted: boolean

  constructor(
    private readonly list: PersonMention[],
    private readonly first: number,
    private readonly last: number,
  ) {
    this.next = first
    let sorted = true
    for (let i = first + 1; i < last && sorted; i++) sorted = list[i - 1]!.whole.start <= list[i]!.whole.start
    this.sorted = sorted
  }

  covers(at: number): boolean {
    const last = this.last === -1 ? this.list.length : this.last
    if (!this.sorted) {
      for (let i = this.first; i < last; i++) if (this.list[i]!.whole.start <= at && at < this.list[i]!.whole.end) return true
      return false
    }
    while (this.next < last && this.list[this.next]!.whole.start <= at) {
      this.end = Math.max(this.end, this.list[this.next]!.whole.end)
      this.next++
    }
    return this.end > at
  }
}

/**
 * The first word at or after `from`: read on from the last range's first word when `from` is
 * after it (the parts come in order), else by binary search.
 */
function firstWordFrom(scan: PeopleScan, from: number): number {
  const { words } = scan
  const { starts } = words
  let w = scan.wordHint
  if (w > starts.length || (w > 0 && starts[w - 1]! >= from)) w = firstWordAt(words, from)
  else while (w < starts.length && starts[w]! < from) w++
  scan.wordHint = w
  return w
}

/** Whether `at` follows ":" or ";" (spaces between) or starts a line. */
function afterListMark(text: string, at: number, from: number): boolean {
  let i = at - 1
  while (i >= from && text.charCodeAt(i) === 32) i--
  if (i < from) return true
  const code = text.charCodeAt(i)
  return code === 58 /* : */ || code === 59 /* ; */ || code === 10 /* \n */
}


function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014
}

/** The name at `at`, without a capitalised title written right after it ("Nguyễn Văn A Giám đốc Sở"). */
function readName(text: string, at: number, to: number): Span | null {
  if (!mayBeCapital(text.charCodeAt(at)) || !maySecondSyllable(text, at)) return null
  nameAt.lastIndex = at
  if (!nameAt.test(text)) return null
  const end = nameAt.lastIndex
  if (end > to) return null
  // From the third syllable on, a title ends the name.
  let spaces = 0
  for (let i = at; i < end; i++) {
    if (text.charCodeAt(i) !== 32 || ++spaces < 2 || !mayStartTitle(text.charCodeAt(i + 1))) continue
    if (titleStartsAt(text, i + 1)) return { start: at, end: i }
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
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++
  if (i < to && (text.charCodeAt(i) === 44 || isDash(text.charCodeAt(i)))) {
    i++
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++
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
  if (!titleStartsAt(text, at)) return at
  let end = at
  let i = at
  const limit = Math.min(to, at + 260)
  while (i < limit) {
    const wordEnd = titleWordEnd(text, i)
    if (wordEnd > i && wordEnd <= limit) {
      i = wordEnd
      end = i
      continue
    }
    // A separator: go on only if another title follows ("…, Chủ tịch UBND tỉnh").
    const next = titleSeparatorEnd(text, i)
    if (next < 0 || next > limit) break
    if (isBlank(text, i, next)) {
      afterTitleAt.lastIndex = next
      if (mayEndTitles(text, next) && afterTitleAt.test(text)) break
      if (stopAtName && nameAfterTitles(text, next, to) !== null) break
      i = next
      continue
    }
    if (!(mayStartTitle(text.charCodeAt(next)) && titleStartsAt(text, next)) && !continuesCouncil(text, at, i)) break
    i = next
  }
  return end
}

/** The end of `[^\s,;.:()"!?]+` at `at` (`at` when there is no such char); a dotted abbreviation keeps its full stop ("TP."). */
function titleWordEnd(text: string, at: number): number {
  let i = at
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 46 && i > at && endsAbbreviation(text, i)) continue
    if (isSpaceCode(code) || code === 44 || code === 59 || code === 46 || code === 58 || code === 40 || code === 41 || code === 34 || code === 33 || code === 63) break
  }
  return i
}

/** How many chars of `\s` (or of `[ \t]` with `spacesOnly`) follow `at`, at most `max`. */
function spacesAt(text: string, at: number, max: number, tabsOnly = false): number {
  let n = 0
  while (n < max) {
    const code = text.charCodeAt(at + n)
    if (tabsOnly ? code !== 32 && code !== 9 : !isSpaceCode(code)) break
    n++
  }
  return n
}

/**
 * The end of `\s{0,3},\s{0,3}|\s{1,3}[-–—]\s{1,3}|\s{0,3}[-–—]\s{0,3}(?=\p{Lu})|[ \t]{1,3}` at `at`
 * (-1 when none matches): a comma, a dash between spaces or before a capital, or plain spaces.
 */
function titleSeparatorEnd(text: string, at: number): number {
  // Four spaces before a comma or a dash match none of the first three (a fourth space is no mark).
  const before = spacesAt(text, at, 4)
  if (before <= 3) {
    const mark = at + before
    const code = text.charCodeAt(mark)
    if (code === 44) return mark + 1 + spacesAt(text, mark + 1, 3)
    if (isDash(code)) {
      const after = spacesAt(text, mark + 1, 3)
      if (before >= 1 && after >= 1) return mark + 1 + after
      if (isCapitalAt(text, mark + 1 + after)) return mark + 1 + after
    }
  }
  const blank = spacesAt(text, at, 3, true)
  return blank > 0 ? at + blank : -1
}

const capital = /\p{Lu}/uy

/** Whether a capital letter (`\p{Lu}`) starts at `at`. */
function isCapitalAt(text: string, at: number): boolean {
  const known = isCapital(text.charCodeAt(at))
  if (known !== undefined) return known
  capital.lastIndex = at
  return capital.test(text)
}

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

/**
 * The personal name at `at` after titles, unless a place word comes just before it ("tỉnh Lâm
 * Đồng"). After "tỉnh" or "thành phố", whose places are all known, the words are a name when
 * no province's name opens them ("Phó Chủ tịch UBND tỉnh Trần Văn Lộc").
 */
function nameAfterTitles(text: string, at: number, to: number): Span | null {
  const name = personAt(text, at, to)
  if (name === null) return null
  const before = text.slice(Math.max(0, at - 30), at)
  const written = text.slice(name.start, name.end)
  if (placeBefore.test(before)) return provinceWordBefore.test(before) && !opensWithProvince(written) ? name : null
  // "tỉnh Lâm Đồng Trần Hồng Thái" read on from "Đồng": the province's name goes on there.
  const partial = provinceStartBefore.exec(before)
  if (partial === null) return name
  const lead = partial[1]!.trimEnd()
  return provinceOfKey(keyOf(lead)) === undefined && opensWithProvince(`${lead} ${written}`) ? null : name
}

/** A province word and one or two capitalised syllables right before a name: "tỉnh Lâm ". */
const provinceStartBefore = /(?:tỉnh|thành phố|TP\.?) ((?:\p{Lu}\p{Ll}* ?){1,2}) $/u

/** "tỉnh", "thành phố": place words whose names the province list holds. */
const provinceWordBefore = /(?:tỉnh|thành phố|TP\.?)\s*$/iu
/** The most syllables of a province's name. */
const PROVINCE_SYLLABLES = 3

/** Whether the first two or three syllables of `name` are a province's name ("Lâm Đồng", "Bà Rịa - Vũng Tàu" aside). */
function opensWithProvince(name: string): boolean {
  const syllables = name.split(' ')
  for (let n = 2; n <= Math.min(PROVINCE_SYLLABLES, syllables.length); n++) {
    if (provinceOfKey(keyOf(syllables.slice(0, n).join(' '))) !== undefined) return true
  }
  return false
}

/** The length of `^\s{0,2}[-–—]?\s{0,2}` at `at`: what may stand between titles and a name. */
function nameGap(text: string, at: number): number {
  let i = at
  while (i < at + 2 && isSpaceCode(text.charCodeAt(i))) i++
  if (isDash(text.charCodeAt(i))) i++
  const spaces = i + 2
  while (i < spaces && isSpaceCode(text.charCodeAt(i))) i++
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
