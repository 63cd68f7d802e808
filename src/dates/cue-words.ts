import { isLetterCode, lowerCode } from './cues.js'

/**
 * Where the words the parsers start from stand, and where the runs of digits are, found in one
 * scan of the text as written (in any case, without a lower-case copy): each parser then runs
 * its sticky regex only there, instead of every parser scanning the whole text for its words.
 * Only word starts are kept: every parser rejects a word that has a letter before it.
 */
export interface CueWords {
  /** "tháng" */
  thang: number[]
  /** "năm" before "nay", "ngoái" or a digit */
  nam: number[]
  /** "ngày" before "mai" or "kia" */
  ngay: number[]
  /** "cùng ngày" */
  cung: number[]
  /** "hôm" */
  hom: number[]
  /** "quý" */
  quy: number[]
  /** "mồng", "mùng" */
  mong: number[]
  /** "thứ", "chủ": weekdays. */
  weekday: number[]
  /** "tháng", "tết": lunar months. */
  lunarMonth: number[]
  /** A part of the day: "sáng", "trưa", "chiều", "tối", "đêm", "khuya". */
  partOfDay: number[]
  /**
   * Whether the text may hold a lunar date: one of the words without which none can be read
   * ("âm lịch", "âl", "rằm", "tết", "giêng", "chạp") starts a word, or "âm lịch"/"âl" is glued
   * to a word before it. True more often than needed is safe: it only lets the lunar parser run.
   */
  lunar: boolean
  /** The runs of digits as start/end pairs, or null when there are too many to list. */
  digits: number[] | null
}

/** `source` with each cased letter written as a class of both cases: matched without the `i` flag. */
function bothCases(source: string): string {
  let out = ''
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i)
    if (ch === '\\') {
      out += source.slice(i, i + 2)
      i++
      continue
    }
    const upper = ch.toUpperCase()
    out += upper !== ch && upper.length === 1 ? `[${ch}${upper}]` : ch
  }
  return out
}

/**
 * The cue words, one alternation factored by first letters. The frequent "năm", "ngày", "cùng"
 * only before what their parsers read after them (a lookahead: a match stays one word). The lunar
 * marks ("âm lịch", "âl", "rằm", "Tết", the months Giêng and Chạp) are words of it too.
 */
const WORDS =
  'th(?:áng|ứ)|t(?:ết|rưa|ối)|n(?:ăm(?= (?:nay|ngoái| {0,2}\\d))|gày(?= (?:mai|kia)))|c(?:ùng(?= ngày)|hủ|hiều|hạp)|hôm|quý|m(?:ồ|ù)ng|sáng|đêm|khuya|â(?:m(?= {1,2}lịch)|l)|rằm|giêng'

/** A char that is no letter of {@link isLetterCode}: what may stand before a word start. */
const NOT_LETTER = '[^a-zA-Z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff]'

/**
 * One scan for both: a run of digits, or a char that is no letter and a cue word after it. The
 * scan tries a regex only at the few chars that may start one, where a scan for the words alone
 * would stop at every frequent letter. Cases are written out as classes: the `i` flag would
 * make the class of non-letters slow.
 */
const cueOrDigits = new RegExp(`\\d+|${NOT_LETTER}(?:${bothCases(WORDS)})`, 'g')
/** The same scan without the runs of digits: the rest of a text with too many runs to list (a digit before a word is its delimiter). */
const cueOnly = new RegExp(`${NOT_LETTER}(?:${bothCases(WORDS)})`, 'g')
/** The cue words at one position: the text's first char, and a word glued to digits ("15tháng"). */
const cueAt = new RegExp(bothCases(WORDS), 'y')
/** "âm lịch" or "âl" anywhere in any case: a mark glued to the word before it. */
const gluedMark = /âl|âm {1,2}lịch/i

/** The most runs of digits kept in a list; a text with more (a text of digits) is scanned by each parser. */
const MAX_LISTED_RUNS = 4096

/** The cue words of `text` and its runs of digits. */
export function findCueWords(text: string): CueWords {
  const cues: CueWords = {
    thang: [],
    nam: [],
    ngay: [],
    cung: [],
    hom: [],
    quy: [],
    mong: [],
    weekday: [],
    lunarMonth: [],
    partOfDay: [],
    lunar: false,
    digits: [],
  }
  const runs: number[] = []
  let listed = true
  // The text's first char has nothing before it to match.
  if (text.length > 0) addCueAt(text, 0, cues)
  // `test` makes no match object: where a match starts is read back from its end (a run of
  // digits, or a word of letters after its delimiter), never before the previous match's end.
  cueOrDigits.lastIndex = 0
  for (let from = 0; cueOrDigits.test(text); from = cueOrDigits.lastIndex) {
    const end = cueOrDigits.lastIndex
    let at = end - 1
    const last = text.charCodeAt(at)
    if (last >= 48 && last <= 57) {
      while (at > from && isDigitCode(text.charCodeAt(at - 1))) at--
      if (runs.length >= 2 * MAX_LISTED_RUNS) {
        // Too many to list (a text of digits): the parsers scan for them, and the rest is
        // scanned for the words only, without a match per run.
        listed = false
        cueOnly.lastIndex = at
        for (let match = cueOnly.exec(text); match !== null; match = cueOnly.exec(text)) add(text, match.index + 1, cues)
        break
      }
      runs.push(at, end)
      // A cue word glued to the digits ("8h", "15tháng") starts a word too.
      if (end < text.length && isLetterCode(text.charCodeAt(end))) addCueAt(text, end, cues)
      continue
    }
    while (at > from && isLetterCode(text.charCodeAt(at - 1))) at--
    add(text, at, cues)
  }
  cues.digits = listed ? runs : null
  if (!cues.lunar && cues.lunarMonth.length > 0) cues.lunar = gluedMark.test(text)
  return cues
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Adds the cue word at `at`, if one starts there. */
function addCueAt(text: string, at: number, cues: CueWords): void {
  cueAt.lastIndex = at
  if (cueAt.test(text)) add(text, at, cues)
}

/** Files the cue word known to start at `at` under its parser. */
function add(text: string, at: number, cues: CueWords): void {
  const first = lowerCode(text.charCodeAt(at))
  const second = lowerCode(text.charCodeAt(at + 1))
  const third = lowerCode(text.charCodeAt(at + 2))
  switch (first) {
    case 0x74: // t
      if (second === 0x68 && third === 0xe1) {
        cues.thang.push(at)
        cues.lunarMonth.push(at)
      } else if (second === 0x68) cues.weekday.push(at)
      else if (second === 0x1ebf) {
        cues.lunarMonth.push(at)
        cues.lunar = true
      } else cues.partOfDay.push(at)
      break
    case 0x6e: // n
      if (second === 0x103) cues.nam.push(at)
      else cues.ngay.push(at)
      break
    case 0x63: // c
      if (second === 0xf9) cues.cung.push(at)
      else if (third === 0x1ee7) cues.weekday.push(at)
      else if (third === 0x1ea1) cues.lunar = true // chạp
      else cues.partOfDay.push(at)
      break
    case 0x68: // h
      cues.hom.push(at)
      break
    case 0x71: // q
      cues.quy.push(at)
      break
    case 0x6d: // m
      cues.mong.push(at)
      break
    case 0xe2: // â(m lịch), â(l)
    case 0x72: // r(ằm)
    case 0x67: // g(iêng)
      cues.lunar = true
      break
    default:
      cues.partOfDay.push(at)
  }
}
