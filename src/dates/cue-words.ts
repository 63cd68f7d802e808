import { isLetterCode } from './cues.js'

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

/** The cue words of `lower` (the text in lower case). */
export function findCueWords(lower: string): CueWords {
  const cues: CueWords = { thang: [], nam: [], ngay: [], cung: [], hom: [], quy: [], mong: [], weekday: [], lunarMonth: [], partOfDay: [], lunar: false }
  let letterBefore = false
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (code >= 0xc0) lunarMark(lower, i, code, cues)
    const letter = isLetterCode(code)
    if (letter && !letterBefore) wordStart(lower, i, code, cues)
    letterBefore = letter
  }
  return cues
}

function wordStart(lower: string, i: number, code: number, cues: CueWords): void {
  switch (code) {
    case 0x74: // t
      if (lower.startsWith('tháng', i)) {
        cues.thang.push(i)
        cues.lunarMonth.push(i)
      } else if (lower.startsWith('thứ', i)) cues.weekday.push(i)
      else if (lower.startsWith('tết', i)) cues.lunarMonth.push(i)
      else if (lower.startsWith('trưa', i) || lower.startsWith('tối', i)) cues.partOfDay.push(i)
      break
    case 0x6e: // n
      if (lower.startsWith('năm', i)) cues.nam.push(i)
      else if (lower.startsWith('ngày', i)) cues.ngay.push(i)
      break
    case 0x63: // c
      if (lower.startsWith('cùng', i)) cues.cung.push(i)
      else if (lower.startsWith('chủ', i)) cues.weekday.push(i)
      else if (lower.startsWith('chiều', i)) cues.partOfDay.push(i)
      break
    case 0x68: // h
      if (lower.startsWith('hôm', i)) cues.hom.push(i)
      break
    case 0x71: // q
      if (lower.startsWith('quý', i)) cues.quy.push(i)
      break
    case 0x6d: // m
      if (lower.startsWith('mồng', i) || lower.startsWith('mùng', i)) cues.mong.push(i)
      break
    case 0x73: // s
      if (lower.startsWith('sáng', i)) cues.partOfDay.push(i)
      break
    case 0x111: // đ
      if (lower.startsWith('đêm', i)) cues.partOfDay.push(i)
      break
    case 0x6b: // k
      if (lower.startsWith('khuya', i)) cues.partOfDay.push(i)
      break
  }
}

/** Sets `cues.lunar` at the rare letter of a lunar mark: "â" of "âm"/"âl", "ằ" of "rằm", "ế" of "tết", "ê" of "giêng", "ạ" of "chạp". */
function lunarMark(lower: string, i: number, code: number, cues: CueWords): void {
  if (cues.lunar) return
  switch (code) {
    case 0xe2: // â
      cues.lunar = lower.startsWith('âm', i) || lower.startsWith('âl', i)
      break
    case 0x1eb1: // ằ
      cues.lunar = lower.startsWith('rằm', i - 1)
      break
    case 0x1ebf: // ế
      cues.lunar = lower.startsWith('tết', i - 1)
      break
    case 0xea: // ê
      cues.lunar = lower.startsWith('giêng', i - 2)
      break
    case 0x1ea1: // ạ
      cues.lunar = lower.startsWith('chạp', i - 2)
      break
  }
}
