import type { PartOfDay } from '../types.js'
import { startsWithLower } from './cues.js'

/** Vietnamese parts of the day ("sáng 5/3", "chiều nay") and what they map to. */
export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  sáng: 'morning',
  trưa: 'noon',
  chiều: 'afternoon',
  tối: 'evening',
  đêm: 'night',
  khuya: 'night',
}

const PART_OF_DAY_WORDS = Object.entries(PARTS_OF_DAY).map(([word, partOfDay]) => ({ word, partOfDay }))

/** The part-of-day word written at `index` of the text in any case (not checked for a word end), or null. */
export function partOfDayAt(text: string, index: number): { word: string; partOfDay: PartOfDay } | null {
  for (const part of PART_OF_DAY_WORDS) if (startsWithLower(text, index, part.word)) return part
  return null
}

/** The alternation of {@link PARTS_OF_DAY} for regular expressions. */
export const PART_OF_DAY_SOURCE = 'sáng|trưa|chiều|tối|đêm|khuya'

/** Part of day of a word, case-insensitive. */
export function partOfDayOf(word: string): PartOfDay | null {
  return PARTS_OF_DAY[word.toLowerCase()] ?? null
}

/** Weekday words after "thứ": 0 = Sunday … 6 = Saturday. */
const WEEKDAYS: Record<string, number> = {
  hai: 1,
  '2': 1,
  ba: 2,
  '3': 2,
  tư: 3,
  bốn: 3,
  '4': 3,
  năm: 4,
  '5': 4,
  sáu: 5,
  '6': 5,
  bảy: 6,
  '7': 6,
}

/** The alternation of weekday words after "thứ". */
export const WEEKDAY_SOURCE = 'hai|ba|tư|bốn|năm|sáu|bảy|[2-7]'

/** Weekday number of the word after "thứ", or of "chủ nhật". */
export function weekdayOf(word: string): number | null {
  const lower = word.toLowerCase()
  if (lower.startsWith('chủ') || lower === 'cn') return 0
  return WEEKDAYS[lower] ?? null
}

/** Month names of the lunar calendar and number words used for months. */
const MONTH_WORDS: Record<string, number> = {
  giêng: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'một một': 11,
  chạp: 12,
  'mười hai': 12,
}

/** The alternation of month words ("tháng Giêng", "tháng Bảy", "tháng Chạp"), longest first. */
export const MONTH_WORD_SOURCE = 'mười một|mười hai|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười'

/** A month from digits or a month word; `null` when out of range. */
export function monthOf(word: string): number | null {
  const lower = word.toLowerCase().replace(/\s+/gu, ' ')
  const n = /^\d{1,2}$/u.test(lower) ? Number(lower) : (MONTH_WORDS[lower] ?? null)
  return n !== null && n >= 1 && n <= 12 ? n : null
}

/** Roman numerals of quarters. */
export function quarterOf(word: string): number | null {
  const map: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 }
  return map[word.toLowerCase()] ?? null
}

/** Small number words used in "6 tháng đầu năm", "hai ngày 10 và 11/01". */
export function countOf(word: string): number | null {
  const map: Record<string, number> = { hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 }
  const lower = word.toLowerCase()
  return /^\d{1,2}$/u.test(lower) ? Number(lower) : (map[lower] ?? null)
}
