import { findAgencies, headStartsAt, readPlace } from '../agencies/find.js'
import { expandNameAbbreviations } from '../agencies/heads.js'
import { eventNounSource } from './kinds.js'
import type { Agency, Mention, Span } from '../types.js'
import type { WordIndex } from '../words.js'

/** A piece of time or source tag before the organiser: "Ngày 10-7", "(QNO) - Ngày 14.3". */
const leadIn = /^(?:\([^()]{1,30}\) {0,3}(?:[-–] {0,3})?)?(?:(?:sáng|chiều|tối|trưa|đêm|hôm nay|mới đây|vừa qua) {0,2})?(?:ngày {0,2})?[\d/.\-–][\d /.\-–]{0,23}$/iu
const placeStart = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường) {1,2}\p{Lu}/u
const eventNounStart = new RegExp(`^(?:${eventNounSource})(?!\\p{L})`, 'iu')

/**
 * The agencies that hold the event, read from the subject of its sentence ("Sáng 24/7, Sở Tư
 * pháp Phú Thọ đã", "UBND thành phố giao Phòng Tư pháp chủ trì, phối hợp với …"): the comma-
 * separated agencies just before the verb. Empty when the subject is a person or a time only.
 * `words` is the article's word index (the agencies are found in it, not in a new one per piece).
 */
export function organizerPieces(text: string, subject: Span, words: WordIndex): Span[] {
  let { start, end } = subject
  let body = text.slice(start, end)
  const chair = /(?<!\p{L})chủ trì(?!\p{L})/u.exec(body)
  if (chair) {
    end = start + chair.index
    body = body.slice(0, chair.index)
  }
  const partner = /(?:, {0,2}phối hợp| phối hợp với)(?!\p{L})/u.exec(body)
  if (partner && partner.index > 0 && !body.includes(',', partner.index + 1)) {
    end = start + partner.index
    body = body.slice(0, partner.index)
  }
  body = withoutTail(body)
  end = start + body.length
  const pieces: Span[] = []
  let pieceEnd = end
  while (pieceEnd > start) {
    const comma = commaBefore(text, start, pieceEnd)
    let pieceStart = comma < start ? start : comma + 1
    while (pieceStart < pieceEnd && text[pieceStart] === ' ') pieceStart++
    const piece = text.slice(pieceStart, pieceEnd)
    // "Sáng 5/12, Hội nghị …": an event noun, though "Hội" heads agencies too.
    if (eventNounStart.test(piece)) break
    const at = agencyStart(text, pieceStart, pieceEnd, words)
    if (at === null) break
    const given = /(?<!\p{L})giao\s+/u.exec(piece)
    if (given && pieceStart + given.index >= at) {
      const after = pieceStart + given.index + given[0].length
      if (agencyStart(text, after, pieceEnd, words) === after) {
        pieces.unshift({ start: after, end: pieceEnd })
        break
      }
    }
    if (at > pieceStart && !leadIn.test(text.slice(pieceStart, at).trim())) break
    pieces.unshift({ start: at, end: pieceEnd })
    if (at > pieceStart || comma < start) break
    pieceEnd = comma
  }
  return pieces
}

/** The last comma from `start` to `end`, or -1: looked for in the subject only, not back through the text. */
function commaBefore(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (text.charCodeAt(i) === 0x2c) return i
  return -1
}

function agencyStart(text: string, from: number, to: number, words: WordIndex): number | null {
  if (headStartsAt(text, from)) return from
  const first = findAgencies(text, from, to, words)[0]
  const piece = text.slice(from, to)
  const place = /(?<!\p{L})(?:tỉnh|thành phố|huyện|quận|thị xã) {1,2}\p{Lu}/u.exec(piece)
  const placeAt = place && placeStart.test(piece.slice(place.index)) ? from + place.index : null
  if (first && first.start < to && (placeAt === null || first.start <= placeAt)) return first.start
  return placeAt
}

/**
 * The organiser as one `Agency`: the agency the subject names (its name as best written in the
 * text), or a new one built from the subject when the dictionary did not know it ("Khối thi đua
 * các cơ quan Tham mưu 1"). Co-organisers are joined into one agency named by both.
 */
export function organizerOf(text: string, pieces: Span[], agencies: Agency[], words: WordIndex): Agency | null {
  if (pieces.length === 0) return null
  const found = pieces.map((piece) => agencyAt(text, piece, agencies, words))
  if (found.length === 1) return found[0]!
  const first = found[0]!
  return {
    ...first,
    name: found.map((a) => a.name).join(', '),
    mentions: pieces.map((piece) => mentionOf(text, piece)),
  }
}

/** The best-written form of an agency: its longest mention, with head abbreviations expanded. */
export function bestWrittenName(agency: Agency): string {
  let best = ''
  for (const mention of agency.mentions) if (mention.text.length > best.length) best = mention.text
  return best.length === 0 ? agency.name : expandNameAbbreviations(best)
}

function mentionOf(text: string, span: Span): Mention {
  return { text: text.slice(span.start, span.end), span: { ...span } }
}

function agencyAt(text: string, piece: Span, agencies: Agency[], words: WordIndex): Agency {
  for (const agency of agencies) {
    for (const mention of agency.mentions) {
      if (mention.span.start === piece.start && mention.span.end >= piece.end) {
        return { ...agency, name: bestWrittenName(agency) }
      }
    }
  }
  const written = text.slice(piece.start, piece.end)
  const place = readPlace(' ' + written, 0)
  const head = findAgencies(text, piece.start, piece.end, words)[0]
  const isHead = head !== undefined && head.start === piece.start
  const agency: Agency = {
    name: expandNameAbbreviations(written),
    kind: isHead ? head.head.kind : (/^\p{L}+(?: phố| xã)?/u.exec(written)?.[0] ?? written),
    sector: isHead ? head.sector : null,
    level: isHead ? head.head.level : place?.type === 'tỉnh' ? 'province' : null,
    locality: isHead ? head.place : (place?.place ?? null),
    currentLocality: (isHead ? head.province?.current : place?.province?.current) ?? null,
    mentions: [mentionOf(text, piece)],
  }
  agencies.push(agency)
  return agency
}

const tailWords = ['phối hợp', 'cùng', 'đã', 'sẽ', 'long trọng', 'trọng thể', 'vừa']

/** A place in brackets after the agency: "UBND huyện Mường Lát (tỉnh Thanh Hóa)". */
const bracketedTail = / {0,2}\([^()]{1,60}\)$/u

/**
 * The subject without trailing commas, auxiliaries and a bracketed place: "Sở Tư pháp đã" →
 * "Sở Tư pháp"; the place says where the agency is, it is not part of its name.
 */
function withoutTail(body: string): string {
  let out = body.replace(/[ ,]{1,20}$/u, '')
  for (let changed = true; changed; ) {
    changed = false
    if (out.endsWith(')') && bracketedTail.test(out)) {
      out = out.replace(bracketedTail, '').replace(/[ ,]{1,20}$/u, '')
      changed = true
    }
    for (const word of tailWords) {
      if (out.endsWith(word) && (out.length === word.length || !/\p{L}/u.test(out[out.length - word.length - 1]!) || word === 'đã')) {
        out = out.slice(0, out.length - word.length).replace(/[ ,]{1,20}$/u, '')
        changed = true
      }
    }
  }
  return out
}
