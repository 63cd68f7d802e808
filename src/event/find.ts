import type { Span } from '../types.js'
import { ceremonyStepsSource, eventKindOf, eventNounSource, unnamedOpenerSource } from './kinds.js'

/** The sentence that reports the main event, read into its parts. */
export interface EventSentence {
  /** The whole sentence. */
  sentence: Span
  /** What comes before the verb: the organiser, after times and places. */
  subject: Span
  /** The event's noun phrase: "Hội nghị triển khai công tác tư pháp năm 2024". */
  name: Span
  /** `null` when the sentence names no event noun ("tổ chức tổng kết …"). */
  kind: string | null
}

/** "tổ chức", "khai mạc", "chủ trì", glued to "đã" in careless text ("đãtổ chức"). */
const verbPattern = /(?:(?<!\p{L})|(?<=đã))(?:(?:long trọng|trọng thể) )?(?:[tT]ổ chức|[kK]hai mạc(?: trọng thể)?|[bB]ế mạc|[cC]hủ trì|mở)(?: thành công)?(?!\p{L})/gu
/** {@link verbPattern} tried at one position only (its lookbehind still sees the text before). */
const verbAt = new RegExp(verbPattern.source, 'uy')
/**
 * Where {@link verbPattern} may start: its words without the look-arounds and optional tails. A
 * plain scan for literals, which V8 runs much faster than a lookbehind tried at every position.
 */
const verbCandidate = /(?:long trọng |trọng thể )?(?:[tT]ổ chức|[kK]hai mạc|[bB]ế mạc|[cC]hủ trì|mở)/g
/** Verbs that open the event's name themselves: "Hội đồng … họp xét khen thưởng". */
const selfNamingAt = /(?<!\p{L})(?:họp|tổng kết)(?!\p{L})/iuy
/** Where {@link selfNamingAt} may match: its words in every case its `iu` flags allow ("K" is also the Kelvin sign). */
const selfNamingCandidate = /[hH][ọỌ][pP]|[tT][ổỔ][nN][gG] [kK\u212a][ếẾ][tT]/g
const nounPattern = new RegExp(` {1,2}["']?(${eventNounSource})(?!\\p{L})`, 'iuy')
/** Steps of the event before its noun, after "tổ chức": " bế mạc và trao giải". */
const stepsPattern = new RegExp(` {1,2}(?:${ceremonyStepsSource})(?!\\p{L})`, 'iuy')
const openerPattern = new RegExp(` {1,2}["']?(${unnamedOpenerSource})(?!\\p{L})`, 'iuy')
/**
 * Where the event's name stops: its place, purpose or a second clause. A second predicate that
 * honours a count of people ("và tuyên dương 62 tập thể") is not part of the name; a second task
 * after a semicolon ("năm 2022; triển khai nhiệm vụ năm 2023") is.
 */
export const nameEnd =
  /\s(?:tại|nhằm|với sự|với|để|dưới sự|do|vào|từ ngày|tổ chức tại|theo hình thức|nhân dịp|nhân kỷ niệm|chào mừng|hướng tới|hưởng ứng)(?!\p{L})|\svà (?:tuyên dương|biểu dương|khen thưởng|vinh danh|trao tặng|trao|tặng)(?: cho)? \d|[.:]\s|;\s(?!triển khai|phát động|phương hướng)|[.;:]?$/u
/** Later words that call an unnamed event by its noun: "Tham dự Hội nghị", "chủ trì cuộc họp". */
const laterNounPattern = new RegExp(`(?<!\\p{L})(?:dự|tại|trì|Tại|mạc) {1,2}(${eventNounSource})(?!\\p{L})`, 'giu')

/**
 * The next match of {@link verbPattern} in `body` from `from`, as a global scan finds it: the
 * sticky pattern is tried only where a candidate starts, and after a failed try the scan goes on
 * one character further (a match can start inside a rejected candidate: "long trọng" before a
 * letter).
 */
function nextVerb(body: string, from: number): RegExpExecArray | null {
  for (let at = from; at < body.length; ) {
    verbCandidate.lastIndex = at
    const candidate = verbCandidate.exec(body)
    if (candidate === null) return null
    const start = candidate.index
    verbAt.lastIndex = start
    const verb = verbAt.exec(body)
    if (verb !== null) return verb
    at = start + 1
  }
  return null
}

/** The first match of {@link selfNamingAt} in `body`, as a global scan finds it. */
function firstSelfNaming(body: string): RegExpExecArray | null {
  selfNamingCandidate.lastIndex = 0
  for (let match = selfNamingCandidate.exec(body); match !== null; match = selfNamingCandidate.exec(body)) {
    selfNamingAt.lastIndex = match.index
    const self = selfNamingAt.exec(body)
    if (self !== null) return self
    selfNamingCandidate.lastIndex = match.index + 1
  }
  return null
}

/** The sentence `sentence` read for an event: its verb, subject and the event's name; null when it reports none. */
export function readSentence(text: string, sentence: Span): EventSentence | null {
  const body = text.slice(sentence.start, sentence.end)
  for (let verb = nextVerb(body, 0); verb !== null; verb = nextVerb(body, verb.index + verb[0].length)) {
    // "Tổ chức" capitalised is a verb only where a sentence or headline clause starts ("Kon Tum: Tổ chức …").
    const before = body.slice(0, verb.index).trimEnd()
    if (/^\p{Lu}/u.test(verb[0]) && before !== '' && !/[:.!?]$/.test(before)) continue
    let after = verb.index + verb[0].length
    // "tổ chức khai mạc Hội thi …": the steps are not the subject's, nor the name's.
    stepsPattern.lastIndex = after
    const steps = /tổ chức/iu.test(verb[0]) ? stepsPattern.exec(body) : null
    if (steps) {
      nounPattern.lastIndex = after + steps[0].length
      if (nounPattern.test(body)) after += steps[0].length
    }
    nounPattern.lastIndex = after
    const noun = nounPattern.exec(body)
    if (noun) {
      const nameStart = after + noun[0].length - noun[1]!.length
      const quoted = /["']$/.test(noun[0].slice(0, noun[0].length - noun[1]!.length))
      return build(text, sentence, verb.index, nameStart, quoted, eventKindOf(noun[1]!) ?? null)
    }
    openerPattern.lastIndex = after
    const opener = openerPattern.exec(body)
    if (opener) {
      const nameStart = after + opener[0].length - opener[1]!.length
      return build(text, sentence, verb.index, nameStart, false, null)
    }
  }
  const passive = readPassive(text, sentence, body)
  if (passive !== null) return passive
  const self = firstSelfNaming(body)
  if (self && self.index > 0) {
    const kind = /^họp$/iu.test(self[0]) ? 'Cuộc họp' : null
    return build(text, sentence, self.index, self.index, false, kind)
  }
  return null
}

/** An event noun at a word start: "Hội nghị" of "đã diễn ra Hội nghị … do Sở Nội vụ tổ chức". */
const nounAnywhere = new RegExp(`(?<!\\p{L})(${eventNounSource})(?!\\p{L})`, 'iu')
/** How far after "do" the verb of a passive report is looked for: an agency's name. */
const AGENCY_WINDOW = 120
/** "… do Sở Nội vụ tổ chức": the verb after the agency. */
const byVerb = /(?<!\p{L})(?:phối hợp |đăng cai )?(?:tổ chức|chủ trì)(?!\p{L})/u
/** "… của Sở Nội vụ đã được tổ chức", "… diễn ra tại": the verb of the report. */
const heldVerb = /(?<!\p{L})(?:đã {1,2})?(?:được {1,2}tổ chức|diễn ra)(?!\p{L})/u

/**
 * An event reported in the passive: "đã diễn ra Hội nghị … do Sở Nội vụ tổ chức", "Hội nghị …
 * của Sở Nội vụ đã được tổ chức tại …", "Hội nghị … diễn ra tại …": the name from the noun, the
 * organiser after "do" or "của".
 */
function readPassive(text: string, sentence: Span, body: string): EventSentence | null {
  // Only a sentence with one of the passive's verbs is worth the noun pattern's lookbehind at every position.
  if (!body.includes(' do ') && !body.includes('tổ chức') && !body.includes('diễn ra')) return null
  const noun = nounAnywhere.exec(body)
  if (noun === null) return null
  const nameAt = noun.index
  const kind = eventKindOf(noun[1]!) ?? null
  const by = body.indexOf(' do ', nameAt)
  if (by !== -1) {
    const verb = byVerb.exec(body.slice(by + 4, by + 4 + AGENCY_WINDOW))
    if (verb !== null && verb.index > 0) return passive(sentence, body, nameAt, by, { start: by + 4, end: by + 4 + verb.index }, kind)
  }
  const held = heldVerb.exec(body.slice(nameAt))
  if (held === null) return null
  const heldAt = nameAt + held.index
  const of = body.lastIndexOf(' của ', heldAt)
  if (of > nameAt) return passive(sentence, body, nameAt, of, { start: of + 5, end: heldAt }, kind)
  return passive(sentence, body, nameAt, heldAt, { start: heldAt, end: heldAt }, kind)
}

function passive(sentence: Span, body: string, nameAt: number, nameStop: number, subject: Span, kind: string | null): EventSentence {
  let end = Math.min(nameStop, endOfName(body, nameAt))
  while (end > nameAt && /[\s,]/.test(body[end - 1]!)) end--
  return {
    sentence,
    subject: { start: sentence.start + subject.start, end: sentence.start + subject.end },
    name: { start: sentence.start + nameAt, end: sentence.start + end },
    kind,
  }
}

function build(text: string, sentence: Span, verbAt: number, nameAt: number, quoted: boolean, kind: string | null): EventSentence {
  const body = text.slice(sentence.start, sentence.end)
  let end: number
  if (quoted) {
    const close = body.indexOf('"', nameAt)
    end = close === -1 ? body.length : close
  } else {
    // A quoted title right after the noun is part of the name: Tọa đàm "Phụ nữ với chuyển đổi số".
    const open = quoteWithin(body, nameAt, nameAt + 24) ? quotedTitle.exec(body.slice(nameAt, nameAt + 24)) : null
    const close = open ? body.indexOf('"', nameAt + open[0].length) : -1
    const from = close === -1 ? nameAt : close + 1
    end = giverCut(body, nameAt, endOfName(body, from))
  }
  while (end > nameAt && /[\s,.;:"'/]/.test(body[end - 1]!)) {
    // A closing quote stays when the name opened one.
    if (body[end - 1] === '"' && (body.slice(nameAt, end).split('"').length - 1) % 2 === 0) break
    end--
  }
  return {
    sentence,
    subject: { start: sentence.start, end: sentence.start + verbAt },
    name: { start: sentence.start + nameAt, end: sentence.start + end },
    kind,
  }
}

/**
 * Where the name that goes on at `from` ends ({@link nameEnd}), not inside a quoted title: the
 * "để" of "“… - Không để ai bị bỏ lại phía sau”" is the title's, not a purpose clause.
 */
function endOfName(body: string, from: number): number {
  let at = from
  for (;;) {
    const rest = body.slice(at)
    const stop = nameEnd.exec(rest)
    const end = at + (stop ? stop.index : rest.length)
    const open = lastOpenQuote(body, from, end)
    if (open === -1) return end
    const close = body.indexOf('"', Math.max(open + 1, end))
    if (close === -1) return end
    at = close + 1
  }
}

/** The quote mark that opens a title still open at `end` (counted from `from`), or -1. */
function lastOpenQuote(body: string, from: number, end: number): number {
  let open = -1
  for (let i = from; i < end; i++) if (body.charCodeAt(i) === 0x22) open = open === -1 ? i : -1
  return open
}

/** A quoted title opening after a few words of the name: the window must hold a quote mark. */
const quotedTitle = /^\p{L}[\p{L} ]{0,20}? "/u

/** Whether a straight double quote stands in `body` from `from` to `to`. */
function quoteWithin(body: string, from: number, to: number): boolean {
  for (let i = from; i < to && i < body.length; i++) if (body.charCodeAt(i) === 0x22) return true
  return false
}

/** How far after "của" the verb of a giver is looked for. */
const GIVER_WINDOW = 60
const giverVerb = /(?<!\p{L})(?:trao tặng|tặng|trao)(?!\p{L})/u

/** The name cut before who gave what it celebrates: "Lễ đón nhận Huân chương … của Chủ tịch nước trao tặng". */
function giverCut(body: string, from: number, end: number): number {
  const of = body.indexOf(' của ', from)
  if (of === -1 || of >= end) return end
  return giverVerb.test(body.slice(of + 5, Math.min(end, of + 5 + GIVER_WINDOW))) ? of : end
}

/** The kind a later sentence gives an event named without its noun ("Tham dự Hội nghị có …"). */
export function laterKind(text: string, from: number): string | null {
  laterNounPattern.lastIndex = from
  const match = laterNounPattern.exec(text)
  return match ? (eventKindOf(match[1]!) ?? null) : null
}
