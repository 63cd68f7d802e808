import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { stateOf } from '../stage.js'
import { wordsIn } from '../words.js'
import type { Agency, ArticleAnalysis, Span } from '../types.js'
import { eventSentences, laterKind, type EventSentence } from './find.js'
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
    const spans = candidateSentences(result, state.sentences)
    let chosen: EventSentence | null = null
    let organizer: Agency | null = null
    for (const found of eventSentences(text, spans)) {
      const pieces = organizerPieces(text, found.subject, wordsIn(state))
      if (found.kind === null && pieces.length === 0) continue
      chosen = found
      organizer = organizerOf(text, pieces, result.agencies, wordsIn(state))
      break
    }
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

/**
 * Sentences of the lead and the first paragraphs, then of the headline, made one at a time: the
 * reader stops at the first that reports the event.
 */
function* candidateSentences(result: ArticleAnalysis, sentences: Span[]): Generator<Span> {
  let body = 0
  for (const part of result.parts) {
    if ((part.kind !== 'lead' && part.kind !== 'paragraph') || body++ >= EVENT_PARTS) continue
    yield* sentencesOf(part.span, sentences)
  }
  for (const part of result.parts) if (part.kind === 'title') yield* sentencesOf(part.span, sentences)
}

/** The sentences that overlap `span`, cut to it; the span itself when none does. */
function* sentencesOf(span: Span, sentences: Span[]): Generator<Span> {
  let inside = false
  for (const s of sentences) {
    if (s.end <= span.start || s.start >= span.end) continue
    inside = true
    yield { start: Math.max(s.start, span.start), end: Math.min(s.end, span.end) }
  }
  if (!inside) yield span
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
