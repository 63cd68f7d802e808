import type { Agency, AgencyLevel } from '../types.js'
import { levelOfPlace, type AgencyCandidate, type PlaceType } from './find.js'
import { keyOf } from './lexicon.js'
import type { Province } from './provinces.js'

/** What the article says about its place, for mentions that do not name one. */
export interface PlaceContext {
  /** The article's province: title place, byline agency, first named province. */
  province: Province | null
  /** The first district named with "huyện X" / "quận X" / "thị xã X". */
  district: { type: PlaceType; place: string } | null
  /** The article's city when the title names one that is not a province ("Thành phố Lạng Sơn"). */
  city: string | null
}

interface Resolved {
  candidate: AgencyCandidate
  type: PlaceType | null
  place: string | null
  province: Province | null
}

/** How many full mentions each way a short mention looks at for its place. */
const NEAREST = 8

/** Merges the mentions of each agency and resolves missing places from the context. */
export function mergeAgencies(text: string, candidates: AgencyCandidate[], context: PlaceContext): Agency[] {
  const full = candidates.filter((c) => !c.bare)
  const bases = full.map(baseKey)
  // Where each agency is written with its place, to resolve the mentions without one.
  const namedAt = new Map<string, number[]>()
  full.forEach((candidate, i) => {
    if (candidate.place === null) return
    const list = namedAt.get(bases[i]!)
    if (list) list.push(i)
    else namedAt.set(bases[i]!, [i])
  })
  const resolved = full.map((candidate, i) => resolvePlace(candidate, i, full, bases, namedAt, context))
  const agencies: Agency[] = []
  const byKey = new Map<string, Agency>()
  const order: { agency: Agency; start: number }[] = []
  for (const item of resolved) {
    const agency = toAgency(item, context)
    const key = keyOf(agency.name)
    const mention = mentionOf(text, item.candidate)
    const known = byKey.get(key)
    if (known) {
      known.mentions.push(mention)
      order.push({ agency: known, start: item.candidate.start })
      continue
    }
    byKey.set(key, agency)
    agencies.push(agency)
    agency.mentions.push(mention)
    order.push({ agency, start: item.candidate.start })
  }
  const kindCount = new Map<string, number>()
  for (const agency of agencies) kindCount.set(agency.kind, (kindCount.get(agency.kind) ?? 0) + 1)
  const onlyOfKind = new Map(agencies.filter((a) => kindCount.get(a.kind) === 1).map((a) => [a.kind, a]))
  // "Sở" alone: the only Sở of the article, else the last one written before it.
  const lastOfKind = new Map<string, Agency>()
  let next = 0
  for (const candidate of candidates) {
    while (next < order.length && order[next]!.start <= candidate.start) {
      lastOfKind.set(order[next]!.agency.kind, order[next]!.agency)
      next++
    }
    if (!candidate.bare) continue
    const target = onlyOfKind.get(candidate.head.kind) ?? lastOfKind.get(candidate.head.kind)
    if (target) target.mentions.push(mentionOf(text, candidate))
  }
  for (const agency of agencies) agency.mentions.sort((a, b) => a.span.start - b.span.start)
  return agencies
}

function mentionOf(text: string, candidate: AgencyCandidate) {
  return { text: text.slice(candidate.start, candidate.end), span: { start: candidate.start, end: candidate.end } }
}

function baseKey(candidate: AgencyCandidate): string {
  return keyOf(`${candidate.head.kind} ${candidate.name ?? ''} ${candidate.parent?.kind ?? ''}`)
}

function resolvePlace(
  candidate: AgencyCandidate,
  index: number,
  all: AgencyCandidate[],
  bases: string[],
  namedAt: Map<string, number[]>,
  context: PlaceContext,
): Resolved {
  if (candidate.place !== null) {
    return { candidate, type: candidate.placeType, place: candidate.place, province: candidate.province }
  }
  const fits = (i: number) => candidate.placeType === null || all[i]!.placeType === candidate.placeType
  const named = namedAt.get(bases[index]!) ?? []
  // The nearest full mention before, else the first after (a few steps each way at most).
  let lo = 0
  let hi = named.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (named[mid]! < index) lo = mid + 1
    else hi = mid
  }
  let source: AgencyCandidate | undefined
  for (let k = lo - 1; k >= Math.max(0, lo - NEAREST) && source === undefined; k--) if (fits(named[k]!)) source = all[named[k]!]
  for (let k = lo; k < Math.min(named.length, lo + NEAREST) && source === undefined; k++) if (fits(named[k]!)) source = all[named[k]!]
  if (source) return { candidate, type: source.placeType, place: source.place, province: source.province }

  const type = candidate.placeType
  const level = candidate.head.level ?? candidate.parent?.level ?? null
  if (type === 'tỉnh' || (type === null && level === 'province')) {
    const province = context.province
    if (province) return { candidate, type: province.city ? 'thành phố' : 'tỉnh', place: province.name, province }
  } else if ((type === 'huyện' || type === 'quận' || type === 'thị xã') && context.district?.type === type) {
    return { candidate, type, place: context.district.place, province: null }
  } else if (type === 'thành phố' && context.city !== null) {
    return { candidate, type, place: context.city, province: null }
  } else if (type === 'thành phố' && context.province?.city) {
    return { candidate, type, place: context.province.name, province: context.province }
  }
  return { candidate, type, place: null, province: null }
}

function toAgency(item: Resolved, context: PlaceContext): Agency {
  const { candidate, type, place, province } = item
  const head = candidate.head
  const parts = [head.kind]
  if (candidate.name) parts.push(candidate.name)
  if (candidate.parent) parts.push(candidate.parent.kind)
  const committee = / ủy$/.test(candidate.parent?.kind ?? head.kind)
  if (place !== null) parts.push(committee ? place : `${type ?? 'tỉnh'} ${place}`)
  else if (type !== null && !committee) parts.push(type)
  const level: AgencyLevel | null =
    levelOfPlace(type, province) ??
    (/(?:^| )Trung ương$/.test(candidate.name ?? '') ? 'central' : null) ??
    head.level ??
    candidate.parent?.level ??
    null
  const localProvince = province ?? (level === 'district' || level === 'commune' ? context.province : null)
  return {
    name: parts.join(' '),
    kind: head.kind,
    sector: candidate.sector,
    level,
    locality: place,
    currentLocality: localProvince?.current ?? null,
    mentions: [],
  }
}
