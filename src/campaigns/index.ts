import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { sortSmall } from '../sort.js'
import { stateOf } from '../stage.js'
import type { Campaign, Part } from '../types.js'
import { editionOf, yearOf } from './attributes.js'
import { findNamed, findStartWords } from './named.js'
import { contextOf, findQuoted, quoteCursor, type CampaignCandidate } from './quoted.js'

/** Parts that never name a campaign of the article. */
const skipped = new Set<Part['kind']>(['dateline', 'byline', 'source'])

/**
 * retext plugin: fills `campaigns` with the named emulation movements, campaigns, contests and
 * programmes: quoted names after a campaign word, named contests ("Hội thi … lần thứ V"),
 * "phong trào thi đua yêu nước", movements named by a verb phrase and well-known campaigns.
 * One entry per name.
 */
export function vnCampaigns() {
  return function (_tree: Root, file: VFile): void {
    const { text, result } = stateOf(file)
    const parts = result.parts.length > 0 ? result.parts : [{ kind: 'paragraph' as const, text, span: { start: 0, end: text.length } }]
    const candidates: CampaignCandidate[] = []
    const words = findStartWords(text)
    const quotes = quoteCursor()
    for (const part of parts) {
      if (skipped.has(part.kind)) continue
      // Appended one by one: a spread of a flood of candidates would overflow the stack.
      for (const candidate of findQuoted(text, part.span.start, part.span.end, quotes)) candidates.push(candidate)
      findNamed(text, part.span.start, part.span.end, words, candidates)
    }
    result.campaigns = resolveCampaigns(text, candidates)
  }
}

/** Drops candidates inside a quoted name or a longer overlapping one, and repeated names; reorders `candidates`. */
export function resolveCampaigns(text: string, candidates: CampaignCandidate[]): Campaign[] {
  if (candidates.length === 0) return []
  // The candidates are the stage's own list: ranked in place, no copy.
  const ranked = sortSmall(candidates, byRank)
  const kept: CampaignCandidate[] = []
  const taken = new Coverage(candidates)
  for (const candidate of ranked) {
    if (taken.overlaps(candidate)) continue
    taken.take(candidate)
    kept.push(candidate)
  }
  sortSmall(kept, byStart)
  // A few names are compared one with another; a flood of names is looked up, and names written
  // alike share their key, computed once.
  const few = kept.length <= FEW
  const seen = few ? null : new Set<string>()
  const keys = few ? null : new Map<string, string>()
  const seenFew: string[] = []
  const campaigns: Campaign[] = []
  for (const candidate of kept) {
    const name = text.slice(candidate.start, candidate.end).trim()
    let key = keys?.get(name)
    if (key === undefined) {
      key = nameKey(name)
      keys?.set(name, key)
    }
    if (key.length === 0 || (seen === null ? seenFew.includes(key) : seen.has(key))) continue
    if (seen === null) seenFew.push(key)
    else seen.add(key)
    const span = { start: candidate.mentionStart, end: candidate.mentionEnd }
    const context = contextOf(text, candidate)
    campaigns.push({
      text: text.slice(span.start, span.end),
      span,
      name,
      kind: candidate.kind,
      year: yearOf(context),
      edition: editionOf(name) ?? editionOf(context),
    })
  }
  return campaigns
}

/** Quoted names first, then longer ones, then earlier ones. */
const byRank = (a: CampaignCandidate, b: CampaignCandidate) =>
  Number(b.quoted) - Number(a.quoted) || b.end - b.start - (a.end - a.start) || a.start - b.start
const byStart = (a: CampaignCandidate, b: CampaignCandidate) => a.start - b.start

/** Up to this many candidates, a kept name is compared with each kept before (no buffer to clear). */
const FEW = 16

/**
 * The offsets the kept names cover, so that each candidate costs its own length rather than a
 * look at every name kept before it (a flood of quotes would make that quadratic); a few names
 * are compared one with another instead. Empty spans cover nothing and overlap nothing.
 */
/** A stretch of the text (a candidate's name). */
interface Span {
  readonly start: number
  readonly end: number
}

class Coverage {
  private readonly offset: number
  private readonly covered: Uint8Array | null
  private readonly kept: Span[] = []

  constructor(spans: readonly Span[]) {
    let start = Infinity
    let end = -Infinity
    if (spans.length > FEW) {
      for (const span of spans) {
        start = Math.min(start, span.start)
        end = Math.max(end, span.end)
      }
    }
    this.offset = spans.length > FEW ? start : 0
    this.covered = spans.length > FEW ? new Uint8Array(Math.max(0, end - start)) : null
  }

  /** Whether a kept name covers an offset of `span`. */
  overlaps(span: Span): boolean {
    const { start, end } = span
    if (start >= end) return false
    if (this.covered === null) {
      for (const span of this.kept) if (start < span.end && span.start < end) return true
      return false
    }
    for (let i = start - this.offset; i < end - this.offset; i++) if (this.covered[i] === 1) return true
    return false
  }

  take(span: Span): void {
    if (this.covered !== null) this.covered.fill(1, span.start - this.offset, span.end - this.offset)
    else if (span.start < span.end) this.kept.push(span)
  }
}

/** Letters and digits (`[\p{L}\p{N}]`) below U+2000. */
const letterOrDigit = new Uint8Array(0x2000)
{
  const all = Array.from({ length: letterOrDigit.length }, (_, code) => String.fromCharCode(code)).join('')
  for (const match of all.matchAll(/[\p{L}\p{N}]/gu)) letterOrDigit[match.index] = 1
}
const letterOrDigitPattern = /[\p{L}\p{N}]/u
const isLetterOrDigit = (point: number) =>
  point < 0x2000 ? letterOrDigit[point] === 1 : letterOrDigitPattern.test(String.fromCodePoint(point))

/**
 * The key names are compared by: lower case, the runs of letters and digits joined by one space
 * (what `name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, without the regex).
 */
function nameKey(name: string): string {
  const lower = name.toLowerCase()
  if (isOwnKey(lower)) return lower
  let key = ''
  let run = -1
  for (let i = 0; i < lower.length; ) {
    const point = lower.codePointAt(i)!
    if (isLetterOrDigit(point)) {
      if (run < 0) run = i
    } else if (run >= 0) {
      key += (key.length > 0 ? ' ' : '') + lower.slice(run, i)
      run = -1
    }
    i += point > 0xffff ? 2 : 1
  }
  if (run >= 0) key += (key.length > 0 ? ' ' : '') + lower.slice(run)
  return key
}

/**
 * Whether `lower` is its own key: runs of letters and digits joined by single spaces, nothing
 * before the first or after the last (most names are): no key needs to be built.
 */
function isOwnKey(lower: string): boolean {
  let afterSpace = true
  for (let i = 0; i < lower.length; ) {
    const point = lower.codePointAt(i)!
    if (isLetterOrDigit(point)) afterSpace = false
    else if (point === 0x20 && !afterSpace) afterSpace = true
    else return false
    i += point > 0xffff ? 2 : 1
  }
  return !afterSpace
}
