import { letterBefore } from './cues.js'

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
  /** "năm" */
  nam: number[]
  /** "ngày" */
  ngay: number[]
  /** "cùng" */
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
  /** Whether the text holds one of the words without which no lunar date can be read ("âm", "âl", "rằm", "tết", "giêng", "chạp", anywhere). */
  lunar: boolean
}

/**
 * The cue words, one alternation factored by first letters: a scan of a dozen literals that V8
 * runs faster than a loop over the characters in JavaScript. No lookbehind (it would be tried at
 * every position): the word start is checked in code, at each match only.
 */
const cueWord = /th(?:áng|ứ)|t(?:ết|rưa|ối)|n(?:ăm|gày)|c(?:ùng|hủ|hiều)|hôm|quý|m(?:ồ|ù)ng|sáng|đêm|khuya/g

/** The words without one of which no lunar date can be read. */
const lunarMark = /âm|âl|rằm|tết|giêng|chạp/

/** The cue words of `lower` (the text in lower case). */
export function findCueWords(lower: string): CueWords {
  const cues: CueWords = { thang: [], nam: [], ngay: [], cung: [], hom: [], quy: [], mong: [], weekday: [], lunarMonth: [], partOfDay: [], lunar: lunarMark.test(lower) }
  cueWord.lastIndex = 0
  for (let match = cueWord.exec(lower); match !== null; match = cueWord.exec(lower)) {
    const at = match.index
    // A match inside a word hides no word start: its characters after the first all have a letter before them.
    if (letterBefore(lower, at)) continue
    switch (match[0]) {
      case 'tháng':
        cues.thang.push(at)
        cues.lunarMonth.push(at)
        break
      case 'tết':
        cues.lunarMonth.push(at)
        break
      case 'năm':
        cues.nam.push(at)
        break
      case 'ngày':
        cues.ngay.push(at)
        break
      case 'cùng':
        cues.cung.push(at)
        break
      case 'hôm':
        cues.hom.push(at)
        break
      case 'quý':
        cues.quy.push(at)
        break
      case 'thứ':
      case 'chủ':
        cues.weekday.push(at)
        break
      case 'mồng':
      case 'mùng':
        cues.mong.push(at)
        break
      default:
        cues.partOfDay.push(at)
    }
  }
  return cues
}
