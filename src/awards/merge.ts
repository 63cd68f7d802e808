import type { Award, ArticleAnalysis } from '../types.js'
import type { Conferral } from './conferral.js'

/** Keys already computed: the same forms and issuers come back article after article. */
const keys = new Map<string, string>()
const MAX_KEYS = 2000

/** Compares forms and issuers: case, punctuation and "UBND" do not matter. */
function key(value: string | null): string {
  if (value === null) return '-'
  let known = keys.get(value)
  if (known === undefined) {
    known = value
      .toLowerCase()
      .replace(/(?<!\p{L})ubnd(?!\p{L})/gu, 'ủy ban nhân dân')
      .replace(/(?<!\p{L})sỹ(?!\p{L})/gu, 'sĩ')
      .replace(/[^\p{L}\p{N}&]+/gu, ' ')
      .trim()
    if (keys.size >= MAX_KEYS) keys.clear()
    keys.set(value, known)
  }
  return known
}

/** Two counts of one conferral: the same, or the one stated; two different figures say nothing. */
function mergeCount(a: number | null, b: number | null): number | null {
  if (a === null) return b
  if (b === null || a === b) return a
  return null
}

/**
 * One award per (form, issuer): a conferral written twice (a caption and the body, a summary and
 * the detail) merges into one, keeping a count stated in either.
 */
export function mergeConferrals(conferrals: readonly Conferral[], text: string): Award[] {
  // By form key, then issuer key: no joined key string to build and hash per conferral.
  const byKey = new Map<string, Map<string, Award>>()
  const awards: Award[] = []
  for (const c of inTextOrder(conferrals)) {
    const form = key(c.form)
    const issuer = key(c.issuer)
    let issuers = byKey.get(form)
    const existing = issuers?.get(issuer)
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
    if (issuers === undefined) byKey.set(form, (issuers = new Map()))
    issuers.set(issuer, award)
    awards.push(award)
  }
  return awards
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
