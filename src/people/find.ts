import type { Span } from '../types.js'
import { wordKey } from '../agencies/lexicon.js'
import { firstWordAt, wordsOf } from '../agencies/words.js'
import { afterTitle, honorificBefore, isPersonalName, nameAt, titleAt, titleFirstCapitals, titleFirstWords } from './titles.js'

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
const separator = /^\s*(?:,|[-–—]|\s)\s*/u
const nameSeparator = /^\s{0,2}[-–—]?\s{0,2}/u

let memoText: string | null = null
const memo = new Map<string, PersonMention[]>()

/**
 * Every person written with a name in `text` between `from` and `to`. Memoised for the last
 * text: the attendees stage asks again for the parts the people stage has read.
 */
export function findPeople(text: string, from: number, to: number): PersonMention[] {
  if (memoText !== text) {
    memoText = text
    memo.clear()
  }
  const key = `${from}:${to}`
  const known = memo.get(key)
  if (known !== undefined) return known
  const found = scanPeople(text, from, to)
  memo.set(key, found)
  return found
}

function scanPeople(text: string, from: number, to: number): PersonMention[] {
  const out: PersonMention[] = []
  // Offsets already read as part of a person, so the later passes skip them.
  const covered = new Uint8Array(Math.max(0, to - from))
  const take = (span: Span) => covered.fill(1, Math.max(0, span.start - from), Math.max(0, span.end - from))
  const free = (at: number) => covered[at - from] !== 1
  const words = wordsOf(text)
  const first = firstWordAt(words, from)
  let last = first
  while (last < words.starts.length && words.starts[last]! < to) last++

  // "đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh", "ông X – Giám đốc Sở Tư pháp"
  let skipTo = from
  for (let w = first; w < last; w++) {
    const at = words.starts[w]!
    if (at < skipTo || !words.capitalized[w]) continue
    if (w === first || !mayBeHonorific(text, words.starts[w - 1]!, words.ends[w - 1]!)) continue
    const honorific = honorificBefore.exec(text.slice(Math.max(from, at - 22), at))
    if (honorific === null) continue
    const name = readName(text, at, to)
    if (name === null || !isPersonalName(text.slice(name.start, name.end))) continue
    const mention = withTitles(text, at - honorific[0].length, name, to)
    out.push(mention)
    take(mention.whole)
    skipTo = mention.whole.end
  }

  // "…có các đồng chí: Trương Quốc Huy, Bí thư Tỉnh ủy; Đinh Thị Lụa, …"
  for (let w = first; w < last; w++) {
    const at = words.starts[w]!
    if (!words.capitalized[w] || !free(at) || !afterListMark(text, at, from)) continue
    const name = readName(text, at, to)
    if (name === null || !isPersonalName(text.slice(name.start, name.end))) continue
    if (!/^,\s*/u.test(text.slice(name.end, name.end + 2))) continue
    const mention = withTitles(text, at, name, to)
    if (mention.title === null) continue
    out.push(mention)
    take(mention.whole)
  }

  // "Giám đốc Sở Tư pháp Võ Minh Thưởng", "Phó Chủ tịch UBND tỉnh - Nguyễn Minh Lâm"
  skipTo = from
  for (let w = first; w < last; w++) {
    const at = words.starts[w]!
    if (at < skipTo || !words.capitalized[w] || !free(at)) continue
    if (!titleFirstCapitals.has(text[at]!) || !titleFirstWords.has(wordKey(text.slice(at, words.ends[w])))) continue
    const found = titlesThenName(text, at, to)
    if (found === null) continue
    out.push(found)
    take(found.whole)
    skipTo = found.whole.end
  }
  out.sort((a, b) => a.whole.start - b.whole.start)
  return out
}

/** Last words of the honorifics: only after one of them is the longer check worth making. */
const honorificEnds = new Set(['chí', 'ông', 'bà', 'mẹ', 'anh', 'chị', 'thầy', 'cô', 'c', 'ths', 'ts', 'gs', 'pgs', 'nsnd', 'nsưt', 'dân', 'tú'])

function mayBeHonorific(text: string, start: number, end: number): boolean {
  return end - start <= 4 && honorificEnds.has(text.slice(start, end).toLowerCase())
}

/** Whether `at` follows ":" or ";" (spaces between) or starts a line. */
function afterListMark(text: string, at: number, from: number): boolean {
  let i = at - 1
  while (i >= from && text[i] === ' ') i--
  return i < from || text[i] === ':' || text[i] === ';' || text[i] === '\n'
}

function readName(text: string, at: number, to: number): Span | null {
  nameAt.lastIndex = at
  const match = nameAt.exec(text)
  if (match === null || match.index + match[0].length > to) return null
  // A capitalised title right after the name is not part of it: "Nguyễn Văn A Giám đốc Sở".
  const words = match[0].split(' ')
  let length = match[0].length
  for (let i = 2; i < words.length; i++) {
    const offset = words.slice(0, i).join(' ').length
    titleAt.lastIndex = at + offset + 1
    if (titleAt.test(text)) {
      length = offset
      break
    }
  }
  return { start: at, end: at + length }
}

/** The titles written after a name ("…, Phó Chủ tịch UBND tỉnh", "… - Giám đốc Sở"). */
function withTitles(text: string, start: number, name: Span, to: number): PersonMention {
  const sep = separator.exec(text.slice(name.end, Math.min(to, name.end + 4)))
  let title: Span | null = null
  if (sep) {
    const titleStart = name.end + sep[0].length
    const end = readTitles(text, titleStart, to)
    if (end > titleStart) title = { start: titleStart, end }
  }
  const end = title?.end ?? name.end
  return { whole: { start, end }, name, title, attended: attendVerb.test(text.slice(end, end + 20)) }
}

/** The end of a run of titles starting at `at` (`at` itself when none starts there). */
export function readTitles(text: string, at: number, to: number, stopAtName = false): number {
  titleAt.lastIndex = at
  if (!titleAt.test(text)) return at
  let end = at
  let i = at
  const limit = Math.min(to, at + 260)
  while (i < limit) {
    titleWord.lastIndex = i
    const word = titleWord.exec(text)
    if (word !== null && word.index + word[0].length <= limit) {
      i += word[0].length
      end = i
      continue
    }
    // A separator: go on only if another title follows ("…, Chủ tịch UBND tỉnh").
    titleSeparator.lastIndex = i
    const sep = titleSeparator.exec(text)
    if (sep === null || i + sep[0].length > limit) break
    const next = i + sep[0].length
    if (sep[0].trim() === '') {
      if (afterTitle.test(text.slice(next, next + 20))) break
      if (stopAtName && nameStartsAt(text, next, to)) break
      i = next
      continue
    }
    titleAt.lastIndex = next
    // "Hội đồng Thi đua - Khen thưởng", "Hội đồng thi đua, khen thưởng": one council's name.
    const continuesCouncil = /thi đua$/iu.test(text.slice(Math.max(at, i - 8), i)) && /^\s*[,\-–—]\s*khen thưởng/iu.test(text.slice(i, i + 16))
    if (!titleAt.test(text) && !continuesCouncil) break
    i = next
  }
  return end
}

const titleWord = /[^\s,;.:()"!?]+/uy
const titleSeparator = /(?:\s{0,3},\s{0,3}|\s{1,3}[-–—]\s{1,3}|\s{0,3}[-–—]\s{0,3}(?=\p{Lu})|[ \t]{1,3})/uy

function nameStartsAt(text: string, at: number, to: number): boolean {
  const name = readName(text, at, to)
  if (name === null) return false
  const written = text.slice(name.start, name.end)
  if (!isPersonalName(written)) return false
  const before = text.slice(Math.max(0, at - 12), at)
  return !/(?:tỉnh|thành phố|huyện|xã|quận|phường|TP\.?)\s*$/iu.test(before)
}

function titlesThenName(text: string, at: number, to: number): PersonMention | null {
  const end = readTitles(text, at, to, true)
  if (end <= at) return null
  const gap = nameSeparator.exec(text.slice(end, end + 5))
  const nameStart = end + (gap?.[0].length ?? 0)
  if (!nameStartsAt(text, nameStart, to)) return null
  const name = readName(text, nameStart, to)!
  return {
    whole: { start: at, end: name.end },
    name,
    title: { start: at, end },
    attended: attendVerb.test(text.slice(name.end, name.end + 20)),
  }
}
