import type { Span } from '../types.js'
import { nameEnd } from './find.js'

/** "tỉnh", "toàn tỉnh" without the place's name: the body calls the event by a short form. */
const unnamedPlace = /(?<!\p{L})(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường)(?! {1,2}\p{Lu})(?!\p{L})/u
const namedPlace = /(?<!\p{L})(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường) {1,2}\p{Lu}/u
/** Words of the name that must open the headline's form too. */
const SHARED_WORDS = 4

/**
 * The headline's fuller form of the event's name, when the body names it with a bare "tỉnh"
 * ("Đại hội Thi đua yêu nước tỉnh lần thứ I") and the headline with the place ("… tỉnh Ninh Bình
 * lần thứ I"); `null` when the headline has no such form.
 */
export function fullerTitleName(text: string, name: Span, title: Span | null): Span | null {
  if (title === null || (name.start >= title.start && name.end <= title.end)) return null
  const written = text.slice(name.start, name.end)
  if (!unnamedPlace.test(written)) return null
  const words = written.split(' ')
  if (words.length <= SHARED_WORDS) return null
  const opening = words.slice(0, SHARED_WORDS).join(' ').toLowerCase()
  const headline = text.slice(title.start, title.end)
  const folded = headline.toLowerCase()
  if (folded.length !== headline.length) return null
  const at = folded.indexOf(opening)
  if (at === -1) return null
  const rest = headline.slice(at)
  const stop = nameEnd.exec(rest)
  const candidate = rest.slice(0, stop ? stop.index : rest.length).trimEnd()
  if (!namedPlace.test(candidate)) return null
  return { start: title.start + at, end: title.start + at + candidate.length }
}
