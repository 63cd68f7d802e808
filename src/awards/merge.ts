import type { Award, ArticleAnalysis } from '../types.js'
import type { Conferral } from './conferral.js'

/** Keys already computed: the same forms and issuers come back article after article. */
const keys = new Map<string, string>()
const MAX_KEYS = 2000

/** Letters, digits and "&" below U+2000 (what `[\p{L}\p{N}&]` reads), by code unit. */
const keyUnit = new Uint8Array(0x2000)
{
  const all = Array.from({ length: keyUnit.length }, (_, code) => String.fromCharCode(code)).join('')
  for (const match of all.matchAll(/[\p{L}\p{N}&]/gu)) keyUnit[match.index] = 1
}

/**
 * Whether a lower-cased value is its own key: runs of letters, digits and "&" joined by single
 * spaces, nothing before the first run or after the last, no "ubnd" or "sỹ" to spell out (most
 * forms, many issuers): none of the patterns would change it, and no cache is looked up.
 */
function isOwnKey(lower: string): boolean {
  if (lower.includes('ubnd') || lower.includes('sỹ')) return false
  let afterSpace = true
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (code < 0x2000 && keyUnit[code] === 1) afterSpace = false
    else if (code === 0x20 && !afterSpace) afterSpace = true
    else return false
  }
  return !afterSpace
}

/** Compares forms and issuers: case, punctuation and "UBND" do not matter. */
function key(value: string | null): string {
  if (value === null) return '-'
  const lower = value.toLowerCase()
  if (isOwnKey(lower)) return lower
  let known = keys.get(value)
  if (known === undefined) {
    known = lower
      .replace(/(?<!\p{L})ubnd(?!\p{L})/gu, 'ủy ban nhân dân')
      .replace(/(?<!\p{L})sỹ(?!\p{L})/gu, 'sĩ')
      .replace(/[^\p{L}\p{N}&]+/gu, ' ')
      .trim()
    if (keys.size >= MAX_KEYS) keys.clear()
    keys.set(value, known)
  }
  return known
}

/**
 * The conferrals of captions that the body does not state already: a caption restates an
 * award of the body, often with the hander as its giver ("Phó Chủ tịch UBND tỉnh … trao Bằng
 * khen"); one with the body's form and issuer stays, to merge its counts.
 */
export function newInCaptions(body: readonly Conferral[], captions: readonly Conferral[]): Conferral[] {
  return captions.filter((caption) => {
    const form = key(caption.form)
    let sameForm = false
    for (const c of body) {
      if (key(c.form) !== form) continue
      if (key(c.issuer) === key(caption.issuer)) return true
      sameForm = true
    }
    return !sameForm
  })
}

/** Two counts of one conferral: the same, or the one stated; two different figures say nothing. */
function mergeCount(a: number | null, b: number | null): number | null {
  if (a === null) return b
  if (b === null || a === b) return a
  return null
}

/** Up to this many awards, a conferral's keys are compared with each award's in turn (no map to build). */
const FEW = 16

/**
 * One award per (form, issuer): a conferral written twice (a caption and the body, a summary and
 * the detail) merges into one, keeping a count stated in either.
 */
export function mergeConferrals(conferrals: readonly Conferral[], text: string): Award[] {
  const awards: Award[] = []
  if (conferrals.length === 0) return awards
  // The keys of `awards`, by index; a flood of awards is looked up by form key, then issuer key.
  const formKeys: string[] = []
  const issuerKeys: string[] = []
  let byKey: Map<string, Map<string, Award>> | null = null
  for (const c of inTextOrder(conferrals)) {
    const form = key(c.form)
    const issuer = key(c.issuer)
    let existing: Award | undefined
    if (byKey === null) {
      for (let a = 0; a < awards.length; a++) {
        if (formKeys[a] === form && issuerKeys[a] === issuer) {
          existing = awards[a]
          break
        }
      }
    } else existing = byKey.get(form)?.get(issuer)
    if (existing) {
      existing.collectives = mergeCount(existing.collectives, c.collectives)
      existing.individuals = mergeCount(existing.individuals, c.individuals)
      existing.reason ??= c.reason
      continue
    }
    const span = { start: c.start, end: c.end }
    const award: Award = {
      text: text.slice(span.start, span.end),
      span,
      form: c.form ?? '',
      issuer: c.issuer,
      collectives: c.collectives,
      individuals: c.individuals,
      reason: c.reason,
    }
    awards.push(award)
    formKeys.push(form)
    issuerKeys.push(issuer)
    if (byKey === null && awards.length > FEW) {
      byKey = new Map()
      for (let a = 0; a < awards.length; a++) addKey(byKey, formKeys[a]!, issuerKeys[a]!, awards[a]!)
    } else if (byKey !== null) addKey(byKey, form, issuer, award)
  }
  return awards
}

/** Files `award` under its form key, then its issuer key. */
function addKey(byKey: Map<string, Map<string, Award>>, form: string, issuer: string, award: Award): void {
  let issuers = byKey.get(form)
  if (issuers === undefined) byKey.set(form, (issuers = new Map()))
  issuers.set(issuer, award)
}

/** `conferrals` sorted by start (stable), copied only when they are not in that order already. */
function inTextOrder(conferrals: readonly Conferral[]): readonly Conferral[] {
  for (let i = 1; i < conferrals.length; i++) {
    if (conferrals[i]!.start < conferrals[i - 1]!.start) return [...conferrals].sort((a, b) => a.start - b.start)
  }
  return conferrals
}

/** The sums of `awards`; `unstated` counts the awards that state no count at all. */
export function awardTotals(awards: readonly Award[]): ArticleAnalysis['awardTotals'] {
  let collectives = 0
  let individuals = 0
  let unstated = 0
  for (const award of awards) {
    collectives += award.collectives ?? 0
    individuals += award.individuals ?? 0
    if (award.collectives === null && award.individuals === null) unstated++
  }
  return { collectives, individuals, unstated }
}
