import { startsWithAgency } from './agency-start.js'
import type { Span } from '../types.js'

/** Longest first line still read as a headline. */
const MAX_TITLE = 300

/** A scraped headline glued to its lead by a source tag: "… yêu nước (QNO) - Chiều 11/4, …". */
const gluedTag = /\s\((?:\p{Lu}[\p{L}.]{1,20})\)\s{0,3}[-–—]\s/u

/** A headline, and where the lead glued to it begins (`null`: nothing glued). */
export interface TitleSpan {
  span: Span
  leadStart: number | null
}

/**
 * The headline within the first line at offset `at`, or `null` when the line is plainly body
 * text (long, or several sentences).
 */
export function titleSpan(line: string, at: number): TitleSpan | null {
  // The tag needs its parenthesis: most headlines have none, and the pattern is not scanned then.
  const glued = line.includes('(') ? gluedTag.exec(line) : null
  const end = glued ? glued.index : line.length
  const head = line.slice(0, end).trimEnd()
  if (head.length === 0 || head.length > MAX_TITLE) return null
  if (head.length > 160 && /[.!?]\s+\p{Lu}/u.test(head)) return null
  return {
    span: { start: at, end: at + head.length },
    leadStart: glued ? at + glued.index + glued[0].length : null,
  }
}

const placeWord = /^\p{Lu}[\p{L}.]*$/u
const MAX_PLACE_WORDS = 5

/**
 * The place before a colon in a headline ("Kon Tum: …", "TP Hồ Chí Minh: …"); not an agency
 * ("Sở Nội vụ: …") and not a time ("Sáng mai 9-9: …").
 */
export function placePrefix(title: string): number | null {
  const colon = title.indexOf(':')
  if (colon <= 0 || colon > 60) return null
  const prefix = title.slice(0, colon).trim()
  const words = prefix.split(/\s+/)
  if (words.length > MAX_PLACE_WORDS || !words.every((word) => placeWord.test(word))) return null
  if (startsWithAgency(prefix)) return null
  return prefix.length
}
