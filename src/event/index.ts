import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { endsAbbreviation } from '../dotted.js'
import { stateOf } from '../stage.js'
import { wordsIn } from '../words.js'
import type { VnState } from '../state.js'
import type { Agency, ArticleAnalysis, Span } from '../types.js'
import { laterKind, readSentence, type EventSentence } from './find.js'
import { bestWrittenName, organizerOf, organizerPieces } from './organizer.js'
import { fullerTitleName } from './title-name.js'

/** Parts read for the event sentence, in order: the lead first, the headline last. */
const EVENT_PARTS = 3

const venuePattern = /(?<!\p{L})tại\s+((?:[^\s,.;()]+ ){0,12}?[^\s,.;()]+)(?=\s*(?:[,.;(]|$|tổ chức|với|nhằm|từ ngày))/iu
const subUnitOf = /^(?:văn phòng|phòng|ban|thanh tra|trung tâm)\s.*?(?<!\p{L})(Sở|Bộ|Cục)(?!\p{L})/iu

/** retext plugin: the main event, its organiser and venue, and the agency behind the article. */
export function vnEvent() {
  return function (_tree: Root, file: VFile): void {
    const state = stateOf(file)
    const { text, result } = state
    const choice = chooseEvent(state)
    const chosen = choice?.sentence ?? null
    const organizer = choice?.organizer ?? null
    if (chosen !== null) {
      const sentence = text.slice(chosen.sentence.start, chosen.sentence.end)
      const venue = holdsTai(sentence) ? venuePattern.exec(sentence) : null
      const title = result.parts.find((part) => part.kind === 'title')
      const name = fullerTitleName(text, chosen.name, title?.span ?? null) ?? chosen.name
      result.event = {
        kind: chosen.kind ?? laterKind(text, chosen.sentence.end),
        name: text.slice(name.start, name.end),
        span: name,
        date: result.dates.find((d) => d.role === 'event') ?? null,
        organizer,
        venue: venue ? venue[1]! : null,
      }
    }
    result.organizer = organizer
    result.issuingAgency = issuingAgency(result, organizer)
  }
}

/**
 * Whether "tại" stands in `sentence` in any case its `iu` flags allow, before the venue pattern
 * (whose lookbehind is tried at every position) runs: "ạ" and "Ạ" are found with `indexOf`.
 */
function holdsTai(sentence: string): boolean {
  for (const a of ['ạ', 'Ạ']) {
    for (let at = sentence.indexOf(a, 1); at !== -1; at = sentence.indexOf(a, at + 1)) {
      if ((sentence.charCodeAt(at - 1) | 0x20) === 0x74 && (sentence.charCodeAt(at + 1) | 0x20) === 0x69) return true
    }
  }
  return false
}

/** The sentence that reports the event, and its organiser. */
interface Choice {
  sentence: EventSentence
  organizer: Agency | null
}

/**
 * The first sentence that reports an event, read in the lead and the first paragraphs, then in
 * the headline: the sentences are cut to their part and read one at a time, up to the first hit.
 */
function chooseEvent(state: VnState): Choice | null {
  const { result, sentences } = state
  let body = 0
  for (const part of result.parts) {
    if ((part.kind !== 'lead' && part.kind !== 'paragraph') || body++ >= EVENT_PARTS) continue
    const choice = readPart(state, part.span, sentences)
    if (choice !== null) return choice
  }
  for (const part of result.parts) {
    if (part.kind !== 'title') continue
    const choice = readPart(state, part.span, sentences)
    if (choice !== null) return choice
  }
  return null
}

/**
 * The first sentence of `span` (the sentences that overlap it, cut to it; the span itself when
 * none does) that reports an event. A sentence that ends with a dotted abbreviation ("UBND TP.")
 * runs on into the next one.
 */
function readPart(state: VnState, span: Span, sentences: Span[]): Choice | null {
  let inside = false
  let start = -1
  for (const s of sentences) {
    if (s.end <= span.start || s.start >= span.end) continue
    inside = true
    if (start === -1) start = Math.max(s.start, span.start)
    const end = Math.min(s.end, span.end)
    if (end < span.end && state.text.charCodeAt(end - 1) === 0x2e && endsAbbreviation(state.text, end - 1)) continue
    const choice = readCandidate(state, { start, end })
    if (choice !== null) return choice
    start = -1
  }
  return inside ? null : readCandidate(state, span)
}

/** The event `sentence` reports, if it names an event noun or an organiser. */
function readCandidate(state: VnState, sentence: Span): Choice | null {
  const { text, result } = state
  const found = readSentence(text, sentence)
  if (found === null) return null
  const pieces = organizerPieces(text, found.subject, wordsIn(state))
  if (found.kind === null && pieces.length === 0) return null
  return { sentence: found, organizer: organizerOf(text, pieces, result.agencies, wordsIn(state)) }
}

/** The byline's agency (its parent when it is an office of the organiser), else the organiser. */
function issuingAgency(result: ArticleAnalysis, organizer: Agency | null): Agency | null {
  const author = result.author
  if (author === null || author.agency === null) return organizer
  const written = author.agency
  const parent = subUnitOf.exec(written)
  if (parent && organizer && organizer.kind === parent[1]) return organizer
  const inByline = result.agencies.find((a) =>
    a.mentions.some((m) => m.span.start >= author.span.start && m.span.end <= author.span.end),
  )
  if (inByline) {
    if (organizer && organizer.mentions.some((m) => inByline.mentions.includes(m))) return organizer
    return { ...inByline, name: bestWrittenName(inByline) }
  }
  return organizer
}
