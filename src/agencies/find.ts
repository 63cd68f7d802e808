import type { AgencyLevel } from '../types.js'
import { headMatcher, headOf, headSource, mayStartHeadAt, sectorMatcher, sectorOf, type Head } from './heads.js'
import titles from '../../dictionaries/titles.json' with { type: 'json' }
import { isCapitalized, keyOf } from './lexicon.js'
import { keysAsWritten } from './phrases.js'
import { provinceMatcher, provinceOf, provinceSource, type Province } from './provinces.js'
import { charClass, firstWordAt, wordsOf, type WordIndex } from '../words.js'

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

/** Lower-case words that never continue an agency's proper name. */
const stopWords = new Set([
  'tổ', 'chức', 'đã', 'và', 'của', 'các', 'tại', 'cho', 'với', 'trong', 'về', 'là', 'được', 'có',
  'đến', 'dự', 'chủ', 'trì', 'phối', 'hợp', 'trao', 'tặng', 'năm', 'giai', 'đoạn', 'cùng', 'thuộc',
  'đối', 'đề', 'nghị', 'khen', 'thưởng', 'phát', 'động', 'trên', 'theo', 'ngày', 'để', 'nhằm',
  'tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thành', 'phố', 'thị', 'trấn', 'cấp', 'lần', 'thứ',
])
const surnames = new Set<string>()
/** "Bộ Trưởng", "Phó Giám đốc": titles that begin like an agency. */
const titleKeys = new Set(titles.map(keyOf))

/** Surnames that make a capitalised run a person rather than a place ("tỉnh Trần Huy Tuấn"). */
export function useSurnames(words: Iterable<string>): void {
  for (const word of words) surnames.add(keyOf(word))
}

function isAbbreviation(written: string): boolean {
  return !/\s/.test(written) && written.length <= 6 && keyOf(written) !== keyOf(headOf(written)?.kind ?? '')
}

function placeTypeOf(written: string): PlaceType {
  const key = keyOf(written).replace(/\.$/, '')
  if (key === 'tp') return 'thành phố'
  if (key === 'tx') return 'thị xã'
  return key as PlaceType
}

/**
 * Every agency mention in `text` between `from` and `to`, in order. `words` is the word index of
 * the whole text when the caller has it (the article's), else the words of the range are read.
 */
export function findAgencies(text: string, from = 0, to = text.length, words: WordIndex = wordsOf(text, from, to)): AgencyCandidate[] {
  const out: AgencyCandidate[] = []
  const { starts, capitalized } = words
  let skipTo = from
  for (let w = firstWordAt(words, from); w < starts.length && starts[w]! < to; w++) {
    const start = starts[w]!
    if (start < skipTo || !capitalized[w] || !mayStartHeadAt(text, words, w)) continue
    const end = headMatcher.matchAt(text, start)
    if (end === -1) continue
    const head = keysAsWritten(text, start, end) ? headMatcher.value : headOf(text.slice(start, end))
    if (head === undefined) continue
    // "CƠ SỞ" in an all-caps headline is not the head "Sở"; abbreviations are all caps anyway.
    if (end - start > 1 && isAllCaps(text, start, end) && /\p{Ll}/u.test(head.kind.slice(1)) && !isAbbreviation(text.slice(start, end))) continue
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
    const sectorEnd = sectorStart === -1 ? -1 : sectorMatcher.matchAt(text, sectorStart)
    if (sectorEnd !== -1) {
      sector = (keysAsWritten(text, sectorStart, sectorEnd) ? sectorMatcher.value : sectorOf(text.slice(sectorStart, sectorEnd))) ?? null
      name = sector
      at = sectorEnd
    } else {
      const read = readProperName(text, at)
      if (read !== null && titleKeys.has(keyOf(`${head.kind} ${read.name.split(' ')[0]}`))) return null
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
  const parentEnd = parentStart === -1 ? -1 : headMatcher.matchAt(text, parentStart)
  if (parentEnd !== -1 && capitalAt(text, parentStart)) {
    const parentHead = keysAsWritten(text, parentStart, parentEnd) ? headMatcher.value : headOf(text.slice(parentStart, parentEnd))
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

/** A capitalised proper name after a head: "Dân vận", "THPT Chuyên Thăng Long". */
function readProperName(text: string, at: number): { name: string; end: number } | null {
  let name = ''
  let end = at
  let lowerRun = 0
  for (let i = 0; i < 8; i++) {
    nameTokenPattern.lastIndex = end
    const token = nameTokenPattern.exec(text)
    if (token === null) break
    const comma = token[1]!.startsWith(',')
    const dash = /[-–]/.test(token[1]!)
    const word = token[2]!
    if (isCapitalized(word)) {
      if (headOf(word)) break
      if (provinceStartsAt(text, end)) break
      // "Văn hóa, Thể thao và Truyền thông": a comma inside a name, never before its first word.
      if ((comma || dash) && name === '') break
      lowerRun = 0
    } else if (word === 'và' && name !== '' && !comma && /^ {1,2}\p{Lu}/u.test(text.slice(token.index + token[0].length, token.index + token[0].length + 3))) {
      lowerRun = 1
    } else {
      if (comma || dash || name === '' || lowerRun > 0 || stopWords.has(word.toLowerCase())) break
      lowerRun++
    }
    name += (name === '' ? '' : comma ? ', ' : dash ? ' - ' : ' ') + word
    end = token.index + token[0].length
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

/** Whether a province could start at `at` (after at most two spaces or dots). */
function provinceMayStart(text: string, at: number): boolean {
  let i = at
  while (i < at + 2 && (text[i] === ' ' || text[i] === '.')) i++
  const ch = text[i]
  return ch !== undefined && (provinceInitials.has(ch) || ch === 'Ð')
}

function provinceStartsAt(text: string, at: number): boolean {
  return writtenProvinceEnd(text, at) !== -1 && capitalAt(text, afterSpacesOrDots(text, at))
}

/**
 * The end of a province written at `at` (`provincePattern`), or -1; it starts at
 * `afterSpacesOrDots(text, at)` and `provinceMatcher.value` is its entry's province.
 */
function writtenProvinceEnd(text: string, at: number): number {
  if (!provinceMayStart(text, at)) return -1
  const start = afterSpacesOrDots(text, at)
  return start === -1 ? -1 : provinceMatcher.matchAt(text, start)
}

/** The province written from `start` to `end`, just found by `writtenProvinceEnd`. */
function writtenProvince(text: string, start: number, end: number): Province | undefined {
  return keysAsWritten(text, start, end) ? provinceMatcher.value : provinceOf(text.slice(start, end))
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
  const typeMatch = placeTypePattern.exec(text)
  if (typeMatch) {
    // A comma before the type belongs to a list ("các huyện, thành phố"), not to this agency.
    if (typeMatch[0].startsWith(',')) return null
    const type = placeTypeOf(typeMatch[1]!)
    const after = at + typeMatch[0].length
    const named = readPlaceName(text, after, type)
    if (named) return { type, ...named }
    return { type, place: null, province: null, end: after }
  }
  const provinceEnd = writtenProvinceEnd(text, at)
  if (provinceEnd !== -1) {
    const provinceStart = afterSpacesOrDots(text, at)
    const province = capitalAt(text, provinceStart) ? (writtenProvince(text, provinceStart, provinceEnd) ?? null) : null
    if (province) {
      return {
        type: province.city ? 'thành phố' : 'tỉnh',
        place: province.name,
        province,
        end: provinceEnd,
      }
    }
  }
  return null
}

function readPlaceName(text: string, at: number, type: PlaceType): Omit<PlaceRead, 'type'> | null {
  if (type === 'tỉnh' || type === 'thành phố') {
    const provinceEnd = writtenProvinceEnd(text, at)
    const provinceStart = provinceEnd === -1 ? -1 : afterSpacesOrDots(text, at)
    const province = provinceEnd !== -1 && capitalAt(text, provinceStart) ? (writtenProvince(text, provinceStart, provinceEnd) ?? null) : null
    if (province) return { place: province.name, province, end: provinceEnd }
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
