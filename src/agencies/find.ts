import type { AgencyLevel } from '../types.js'
import { allHeads, headMatcher, headOf, headSource, mayStartHeadAt, sectorMatcher, sectorOf, type Head } from './heads.js'
import titles from '../../dictionaries/titles.json' with { type: 'json' }
import { isCapitalized, keyOf } from './lexicon.js'
import { keysAsWritten, type PhraseMatch } from './phrases.js'
import { provinceMatcher, provinceOf, provinceSource, type Province } from './provinces.js'
import { firstAtOrAfter } from '../offsets.js'
import { charClass, firstWordAt, wordsOf, WordSet, type WordIndex } from '../words.js'

/** The kind of place written after an agency: "tỉnh", "huyện", … */
export type PlaceType = 'tỉnh' | 'thành phố' | 'huyện' | 'quận' | 'thị xã' | 'xã' | 'phường' | 'thị trấn'

/** One written mention of an agency, before merging. */
export interface AgencyCandidate {
  start: number
  end: number
  head: Head
  /** Sector or proper name after the head, canonical: `Tư pháp`, `Dân vận`. */
  name: string | null
  sector: string | null
  /** A parent agency written after the name: `Tỉnh ủy` in "Ban Dân vận Tỉnh ủy". */
  parent: Head | null
  placeType: PlaceType | null
  /** The place as written after the place type or alone: `Kon Tum`, `Nông Sơn`. */
  place: string | null
  province: Province | null
  /** Only the head was written ("Sở", "Bộ"): it stands for an agency named elsewhere. */
  bare: boolean
}

const headStart = new RegExp(`(?:${headSource})(?![\\p{L}\\p{N}&])`, 'iuy')
const placeTypePattern = /[ ,]{1,2}(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.?|xã|phường|thị trấn)(?![\p{L}\p{N}])/iuy
const placeWordsPattern = /[ .]{0,2}(\p{Lu}[\p{L}\p{N}]{0,15}(?: \p{Lu}[\p{L}\p{N}]{0,15}){0,2})(?![\p{L}\p{N}])/uy
const nameTokenPattern = /(,? {1,2}| {1,2}[-–] {1,2})([\p{L}\p{N}&][\p{L}\p{N}&'-]{0,30})(?![\p{L}\p{N}&'-])/uy

/**
 * Lower-case words that never continue an agency's proper name, compared with a word of the text
 * in place (in lower case, "ð" as itself: what `toLowerCase` of the word gives).
 */
const stopWords = new WordSet([
  'tổ', 'chức', 'đã', 'và', 'của', 'các', 'tại', 'cho', 'với', 'trong', 'về', 'là', 'được', 'có',
  'đến', 'dự', 'chủ', 'trì', 'phối', 'hợp', 'trao', 'tặng', 'năm', 'giai', 'đoạn', 'cùng', 'thuộc',
  'đối', 'đề', 'nghị', 'khen', 'thưởng', 'phát', 'động', 'trên', 'theo', 'ngày', 'để', 'nhằm',
  'tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thành', 'phố', 'thị', 'trấn', 'cấp', 'lần', 'thứ',
], false)
const surnames = new Set<string>()
/** "Bộ Trưởng", "Phó Giám đốc": titles that begin like an agency. */
const titleKeys = new Set(titles.map(keyOf))
/** Each head's key, and whether its canonical form has a lower-case letter after the first ("Sở", not "UBND"). */
const headKey = new Map(allHeads.map((head) => [head, keyOf(head.kind)]))
const lowerAfterFirst = new Set(allHeads.filter((head) => /\p{Ll}/u.test(head.kind.slice(1))))
/** The heads a title begins with ("Bộ" of "Bộ trưởng"): only after them can a name make a title. */
const titleHeads = new Set(allHeads.filter((head) => [...titleKeys].some((key) => key.startsWith(headKey.get(head)! + ' '))))

/** Surnames that make a capitalised run a person rather than a place ("tỉnh Trần Huy Tuấn"). */
export function useSurnames(words: Iterable<string>): void {
  for (const word of words) surnames.add(keyOf(word))
}

/**
 * Whether the head `written` from `start` to `end` is an abbreviation of `head` (the head it
 * names): one short word whose key is not the head's. A word without a dash has a key without a
 * space, so it is not the key of a head of several words.
 */
function isAbbreviation(text: string, start: number, end: number, head: Head): boolean {
  if (end - start > 6) return false
  const written = text.slice(start, end)
  if (/\s/.test(written)) return false
  const key = headKey.get(head)!
  if (key.includes(' ') && !/[-–—]/.test(written)) return true
  return keyOf(written) !== key
}

/** The place type matched by `placeTypePattern` (its words only, in any case: the key is the lower case). */
function placeTypeOf(written: string): PlaceType {
  const key = written.toLowerCase().replace(/\.$/, '')
  if (key === 'tp') return 'thành phố'
  if (key === 'tx') return 'thị xã'
  return key as PlaceType
}

/**
 * Every agency mention in `text` between `from` and `to`, in order. `words` is the word index of
 * the whole text when the caller has it (the article's), else the words of the range are read.
 */
export function findAgencies(text: string, from = 0, to = text.length, words: WordIndex = wordsOf(text, from, to)): AgencyCandidate[] {
  return addAgencies(text, from, to, words, [])
}

/** {@link findAgencies} appending to `out` (the mentions of an article's parts in one list); returns `out`. */
export function addAgencies(text: string, from: number, to: number, words: WordIndex, out: AgencyCandidate[]): AgencyCandidate[] {
  const { starts, capitals } = words
  let skipTo = from
  // Heads are capitalised: only the capitalised words of the range are read.
  for (let c = firstAtOrAfter(capitals, firstWordAt(words, from)); c < capitals.length; c++) {
    const w = capitals[c]!
    const start = starts[w]!
    if (start >= to) break
    if (start < skipTo || !mayStartHeadAt(text, words, w)) continue
    const match = headMatcher.match(text, start)
    if (match === null) continue
    const end = match.end
    const head = keysAsWritten(text, start, end) ? match.value : headOf(text.slice(start, end))
    if (head === undefined) continue
    // "CƠ SỞ" in an all-caps headline is not the head "Sở"; abbreviations are all caps anyway.
    if (end - start > 1 && lowerAfterFirst.has(head) && isAllCaps(text, start, end) && !isAbbreviation(text, start, end, head)) continue
    const candidate = readAfterHead(text, start, end, head)
    if (candidate === null) continue
    out.push(candidate)
    skipTo = candidate.end
  }
  return out
}

/** Whether an agency head ("Khối thi đua", "Hội đồng") is written, capitalised, at `at`. */
export function headStartsAt(text: string, at: number): boolean {
  headStart.lastIndex = at
  const match = headStart.exec(text)
  return match !== null && isCapitalized(match[0]) && headOf(match[0]) !== undefined
}

/** Chars below U+1F00 that upper-casing leaves as they are. */
const upperSame = new Uint8Array(0x1f00)
for (let code = 0; code < upperSame.length; code++) {
  const ch = String.fromCharCode(code)
  upperSame[code] = ch.toUpperCase() === ch ? 1 : 0
}

/** `written === written.toUpperCase()` for the text from `start` to `end`, without copying it. */
function isAllCaps(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= upperSame.length) return text.slice(start, end) === text.slice(start, end).toUpperCase()
    if (upperSame[code] === 0) return false
  }
  return true
}

/** Whether the char at `at` is a capital letter (`isCapitalized` of the text from there). */
function capitalAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code < 0x1f00 ? charClass(code) === 2 : isCapitalized(text.slice(at, at + 2))
}

/** Where a word after one or two spaces at `at` starts (` {1,2}` before a phrase), or -1. */
function afterOneOrTwoSpaces(text: string, at: number): number {
  let run = 0
  while (run < 3 && text.charCodeAt(at + run) === 32) run++
  return run === 1 || run === 2 ? at + run : -1
}

/** Where a phrase after up to two spaces or dots at `at` starts (`[ .]{0,2}` before it), or -1. */
function afterSpacesOrDots(text: string, at: number): number {
  let run = 0
  while (run < 3 && (text.charCodeAt(at + run) === 32 || text.charCodeAt(at + run) === 46)) run++
  return run <= 2 ? at + run : -1
}

/** Reads what follows a head at `end`: name or sector, parent, place. */
export function readAfterHead(text: string, start: number, end: number, head: Head): AgencyCandidate | null {
  let at = end
  let name: string | null = null
  let sector: string | null = null
  if (head.needs !== 'bare') {
    const sectorStart = afterOneOrTwoSpaces(text, at)
    const match = sectorStart === -1 ? null : sectorMatcher.match(text, sectorStart)
    if (match !== null) {
      sector = (keysAsWritten(text, sectorStart, match.end) ? match.value : sectorOf(text.slice(sectorStart, match.end))) ?? null
      name = sector
      at = match.end
    } else {
      const read = readProperName(text, at)
      if (read !== null && titleHeads.has(head) && titleKeys.has(keyOf(`${head.kind} ${read.name.split(' ')[0]}`))) return null
      if (read !== null) {
        name = read.name
        at = read.end
      }
    }
  }
  if (name === null && head.needs === 'name') {
    // "Báo Sơn La": a paper or station named by its province alone.
    const place = readPlace(text, at)
    if (place?.province == null) return bareMention(text, start, end, head)
  }
  let parent: Head | null = null
  const parentStart = afterOneOrTwoSpaces(text, at)
  const parentMatch = parentStart === -1 ? null : headMatcher.match(text, parentStart)
  const parentEnd = parentMatch?.end ?? -1
  if (parentMatch !== null && capitalAt(text, parentStart)) {
    const parentHead = keysAsWritten(text, parentStart, parentEnd) ? parentMatch.value : headOf(text.slice(parentStart, parentEnd))
    if (parentHead && parentHead.needs === 'bare' && parentHead.kind !== head.kind) {
      parent = parentHead
      at = parentEnd
    }
  }
  const place = readPlace(text, at)
  return {
    start,
    end: place ? place.end : at,
    head,
    name,
    sector,
    parent,
    placeType: place?.type ?? null,
    place: place?.place ?? null,
    province: place?.province ?? null,
    bare: false,
  }
}

/** "Sở" or "Bộ" alone, after a title or a preposition: an agency named elsewhere. */
function bareMention(text: string, start: number, end: number, head: Head): AgencyCandidate | null {
  const next = text.slice(end, end + 3)
  if (/^ ?\p{Ll}/u.test(next) && !/^ (?:chủ|tổ|đã|và|có|được)(?!\p{L})/u.test(text.slice(end, end + 8))) return null
  const before = text.slice(Math.max(0, start - 16), start)
  if (!/(?:giám đốc|lãnh đạo|thuộc|của|văn phòng|thanh tra|tại)\s$/iu.test(before)) return null
  return {
    start, end, head, name: null, sector: null, parent: null,
    placeType: null, place: null, province: null, bare: true,
  }
}

/** A token of a proper name: the word from `start` to `end`, after a comma or a dash or neither; `next`: where the token ends. */
interface NameToken {
  start: number
  end: number
  comma: boolean
  dash: boolean
}

/** How many spaces (at most 3) follow `at`. */
function spacesAt(text: string, at: number): number {
  let run = 0
  while (run < 3 && text.charCodeAt(at + run) === 32) run++
  return run
}

/**
 * The end of the word `[\p{L}\p{N}&][\p{L}\p{N}&'-]{0,30}(?![\p{L}\p{N}&'-])` at `at`: -1 when
 * there is none, -2 when a char at or beyond U+1F00 makes the pattern itself the judge.
 */
function nameWordEnd(text: string, at: number): number {
  if (at >= text.length) return -1
  let code = text.charCodeAt(at)
  if (code >= 0x1f00) return -2
  if (code !== 38 && charClass(code) === 0) return -1
  let i = at + 1
  for (; i < text.length; i++) {
    code = text.charCodeAt(i)
    if (code >= 0x1f00) return -2
    if (charClass(code) === 0 && code !== 38 && code !== 39 && code !== 45) break
  }
  return i - at <= 31 ? i : -1
}

/**
 * `nameTokenPattern` at `at` (a comma and one or two spaces, one or two spaces, or a dash between
 * one or two spaces each side, then a word) read into `token` without the pattern; false when it
 * does not match.
 */
function nameTokenAt(text: string, at: number, token: NameToken): boolean {
  // ",? {1,2}" then the word (a third space or no word there fails it, whatever backtracking tries).
  const comma = text.charCodeAt(at) === 44
  const spaces = spacesAt(text, comma ? at + 1 : at)
  let end = spaces === 1 || spaces === 2 ? nameWordEnd(text, (comma ? at + 1 : at) + spaces) : -1
  if (end === -2) return nameTokenByPattern(text, at, token)
  if (end >= 0) {
    token.start = (comma ? at + 1 : at) + spaces
    token.end = end
    token.comma = comma
    token.dash = false
    return true
  }
  // " {1,2}[-–] {1,2}" then the word.
  const before = spacesAt(text, at)
  if (before !== 1 && before !== 2) return false
  const mark = text.charCodeAt(at + before)
  if (mark !== 45 && mark !== 0x2013) return false
  const after = spacesAt(text, at + before + 1)
  if (after !== 1 && after !== 2) return false
  end = nameWordEnd(text, at + before + 1 + after)
  if (end === -2) return nameTokenByPattern(text, at, token)
  if (end < 0) return false
  token.start = at + before + 1 + after
  token.end = end
  token.comma = false
  token.dash = true
  return true
}

/** `nameTokenAt` by the pattern itself. */
function nameTokenByPattern(text: string, at: number, token: NameToken): boolean {
  nameTokenPattern.lastIndex = at
  const match = nameTokenPattern.exec(text)
  if (match === null) return false
  token.end = at + match[0].length
  token.start = token.end - match[2]!.length
  token.comma = match[1]!.startsWith(',')
  token.dash = /[-–]/.test(match[1]!)
  return true
}

/** Whether the word from `start` starts with a capital letter (`isCapitalized`). */
function capitalizedAt(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start)
  return code < 0x1f00 ? charClass(code) === 2 : isCapitalized(text.slice(start, end))
}

/** A capitalised proper name after a head: "Dân vận", "THPT Chuyên Thăng Long". */
function readProperName(text: string, at: number): { name: string; end: number } | null {
  let name = ''
  let end = at
  let lowerRun = 0
  const token: NameToken = { start: 0, end: 0, comma: false, dash: false }
  for (let i = 0; i < 8; i++) {
    if (!nameTokenAt(text, end, token)) break
    const { comma, dash } = token
    if (capitalizedAt(text, token.start, token.end)) {
      if (headOf(text.slice(token.start, token.end))) break
      if (provinceStartsAt(text, end)) break
      // "Văn hóa, Thể thao và Truyền thông": a comma inside a name, never before its first word.
      if ((comma || dash) && name === '') break
      lowerRun = 0
    } else if (token.end - token.start === 2 && text.startsWith('và', token.start) && name !== '' && !comma && /^ {1,2}\p{Lu}/u.test(text.slice(token.end, token.end + 3))) {
      lowerRun = 1
    } else {
      if (comma || dash || name === '' || lowerRun > 0 || stopWords.idAt(text, token.start, token.end) !== -1) break
      lowerRun++
    }
    name += (name === '' ? '' : comma ? ', ' : dash ? ' - ' : ' ') + text.slice(token.start, token.end)
    end = token.end
  }
  if (name === '') return null
  // A trailing ", X" that is not followed by "và …" is a list, not one name: "Ban A, Ban B".
  const lastComma = name.lastIndexOf(', ')
  if (lastComma !== -1 && !/ và /u.test(name.slice(lastComma))) {
    const kept = name.slice(0, lastComma)
    return { name: kept, end: at + text.slice(at).indexOf(',', text.slice(at).indexOf(kept.split(', ').pop()!)) }
  }
  return { name, end }
}

/** Capitals that begin a province name or alias: a cheap test before the long alternation. */
const provinceInitials = new Set(provinceInitialLetters())

function provinceInitialLetters(): string[] {
  return provinceSource.split('|').map((entry) => entry.replace(/^\[[^\]]*\]/, 'đ')[0]!.toUpperCase())
}

/** `provinceInitials` (and "Ð") as a table of the char codes below U+1F00. */
const provinceInitialCodes = new Uint8Array(0x1f00)
for (const ch of [...provinceInitials, 'Ð']) if (ch.length === 1 && ch.charCodeAt(0) < provinceInitialCodes.length) provinceInitialCodes[ch.charCodeAt(0)] = 1

/** Whether a province could start at `at` (after at most two spaces or dots). */
function provinceMayStart(text: string, at: number): boolean {
  let i = at
  while (i < at + 2 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 46)) i++
  if (i >= text.length) return false
  const code = text.charCodeAt(i)
  if (code < provinceInitialCodes.length) return provinceInitialCodes[code] === 1
  const ch = text[i]!
  return provinceInitials.has(ch) || ch === 'Ð'
}

function provinceStartsAt(text: string, at: number): boolean {
  return writtenProvinceMatch(text, at) !== null && capitalAt(text, afterSpacesOrDots(text, at))
}

/** A province written at `at` (`provincePattern`), starting at `afterSpacesOrDots(text, at)`, or `null`. */
function writtenProvinceMatch(text: string, at: number): PhraseMatch<Province | undefined> | null {
  if (!provinceMayStart(text, at)) return null
  const start = afterSpacesOrDots(text, at)
  return start === -1 ? null : provinceMatcher.match(text, start)
}

/** The province of `match`, written from `start`. */
function writtenProvince(text: string, start: number, match: PhraseMatch<Province | undefined>): Province | undefined {
  return keysAsWritten(text, start, match.end) ? match.value : provinceOf(text.slice(start, match.end))
}

/** The initials of the place types, in either case ("t", "H", "q", "x", "p"): their code `| 32`. */
const placeTypeInitials = new Set(['t', 'h', 'q', 'x', 'p'].map((ch) => ch.charCodeAt(0)))

/**
 * Whether `placeTypePattern` may match at `at`: one or two spaces or commas (a third would stop
 * `[ ,]{1,2}` before a type), then the initial of a type. A cheap test before the pattern.
 */
function mayStartPlaceType(text: string, at: number): boolean {
  let run = 0
  while (run < 3 && (text.charCodeAt(at + run) === 32 || text.charCodeAt(at + run) === 44)) run++
  if (run === 0 || run === 3) return false
  const code = text.charCodeAt(at + run)
  return code < 128 && placeTypeInitials.has(code | 32)
}

interface PlaceRead {
  type: PlaceType | null
  place: string | null
  province: Province | null
  end: number
}

/** "tỉnh Kon Tum", "huyện Nông Sơn", "tỉnh" alone, or a province alone ("Phú Thọ", "TP HCM"). */
export function readPlace(text: string, at: number): PlaceRead | null {
  placeTypePattern.lastIndex = at
  const typeMatch = mayStartPlaceType(text, at) ? placeTypePattern.exec(text) : null
  if (typeMatch) {
    // A comma before the type belongs to a list ("các huyện, thành phố"), not to this agency.
    if (typeMatch[0].startsWith(',')) return null
    const type = placeTypeOf(typeMatch[1]!)
    const after = at + typeMatch[0].length
    const named = readPlaceName(text, after, type)
    if (named) return { type, place: named.place, province: named.province, end: named.end }
    return { type, place: null, province: null, end: after }
  }
  const provinceMatch = writtenProvinceMatch(text, at)
  if (provinceMatch !== null) {
    const provinceStart = afterSpacesOrDots(text, at)
    const province = capitalAt(text, provinceStart) ? (writtenProvince(text, provinceStart, provinceMatch) ?? null) : null
    if (province) {
      return {
        type: province.city ? 'thành phố' : 'tỉnh',
        place: province.name,
        province,
        end: provinceMatch.end,
      }
    }
  }
  return null
}

function readPlaceName(text: string, at: number, type: PlaceType): Omit<PlaceRead, 'type'> | null {
  if (type === 'tỉnh' || type === 'thành phố') {
    const provinceMatch = writtenProvinceMatch(text, at)
    const provinceStart = provinceMatch === null ? -1 : afterSpacesOrDots(text, at)
    const province = provinceMatch !== null && capitalAt(text, provinceStart) ? (writtenProvince(text, provinceStart, provinceMatch) ?? null) : null
    if (province && provinceMatch !== null) return { place: province.name, province, end: provinceMatch.end }
  }
  if (type === 'tỉnh') return null
  placeWordsPattern.lastIndex = at
  const words = placeWordsPattern.exec(text)
  if (!words) return null
  const place = words[1]!
  const parts = place.split(' ')
  if (parts.length >= 3 && surnames.has(keyOf(parts[0]!))) return null
  if (headOf(parts[0]!)) return null
  return { place, province: null, end: at + words[0].length }
}

/** The level a place type gives. */
export function levelOfPlace(type: PlaceType | null, province: Province | null): AgencyLevel | null {
  switch (type) {
    case 'tỉnh':
      return 'province'
    case 'thành phố':
      return province ? 'province' : 'district'
    case 'huyện':
    case 'quận':
    case 'thị xã':
      return 'district'
    case 'xã':
    case 'phường':
    case 'thị trấn':
      return 'commune'
    default:
      return null
  }
}
