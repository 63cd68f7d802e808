import { letterBefore, listDigitRuns } from './cues.js'

/**
 * Where the words the parsers start from stand, found in one pass over the lower-case text:
 * each parser then runs its sticky regex only there, instead of every parser scanning the
 * whole text for its words (a dozen scans of the same text, and `indexOf` of a word starting
 * with a frequent letter is slow). Only word starts are kept: every parser rejects a word
 * that has a letter before it, and no match holds a second start of its own word, so a
 * rejected match never hides one of these.
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
  /** Whether the text holds one of the words without which no lunar date can be read ("âm lịch", "âl", "rằm", "tết", "giêng", "chạp", anywhere). */
  lunar: boolean
  /** The runs of digits as start/end pairs, or null when there are too many to list. */
  digits: number[] | null
}

/**
 * The cue words, one alternation factored by first letters: a scan of a dozen literals that V8
 * runs faster than a loop over the characters in JavaScript. The frequent "năm", "ngày", "cùng"
 * only before what their parsers read after them (a lookahead: a match stays one word). No
 * lookbehind (it would be tried at every position): the word start is checked in code. The same
 * scan finds, anywhere, the words without one of which no lunar date can be read: its mark ("âm
 * lịch", "âl"), "rằm", "Tết", the months Giêng and Chạp (none can hide one the lunar parser reads:
 * those stand after a space or a month).
 */
const cueWord =
  /th(?:áng|ứ)|t(?:ết|rưa|ối)|n(?:ăm(?= (?:nay|ngoái| {0,2}\d))|gày(?= (?:mai|kia)))|c(?:ùng(?= ngày)|hủ|hiều|hạp)|hôm|quý|m(?:ồ|ù)ng|sáng|đêm|khuya|â(?:m(?= {1,2}lịch)|l)|rằm|giêng/g

/** The cue words of `lower` (the text in lower case). */
export function findCueWords(lower: string): CueWords {
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
    digits: listDigitRuns(lower),
  }
  cueWord.lastIndex = 0
  for (let match = cueWord.exec(lower); match !== null; match = cueWord.exec(lower)) {
    const at = match.index
    const first = lower.charCodeAt(at)
    const second = lower.charCodeAt(at + 1)
    if (first === 0xe2 || first === 0x72 || first === 0x67 || (first === 0x74 && second === 0x1ebf) || (first === 0x63 && second === 0x68 && lower.charCodeAt(at + 2) === 0x1ea1)) {
      // â(m lịch), â(l), r(ằm), g(iêng), t(ết), ch(ạp): a lunar mark, anywhere.
      cues.lunar = true
      if (first !== 0x74) continue
    }
    // A match inside a word hides no word start: its characters after the first all have a letter before them.
    if (letterBefore(lower, at)) continue
    switch (first) {
      case 0x74: // t
        if (second === 0x68 && lower.charCodeAt(at + 2) === 0xe1) {
          cues.thang.push(at)
          cues.lunarMonth.push(at)
        } else if (second === 0x68) cues.weekday.push(at)
        else if (second === 0x1ebf) cues.lunarMonth.push(at)
        else cues.partOfDay.push(at)
        break
      case 0x6e: // n
        if (second === 0x103) cues.nam.push(at)
        else cues.ngay.push(at)
        break
      case 0x63: // c
        if (second === 0xf9) cues.cung.push(at)
        else if (lower.charCodeAt(at + 2) === 0x1ee7) cues.weekday.push(at)
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
      default:
        cues.partOfDay.push(at)
    }
  }
  return cues
}
