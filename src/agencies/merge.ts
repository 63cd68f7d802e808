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

/** Merges the mentions of each agency and resolves missing places from the context. */
export function mergeAgencies(text: string, candidates: AgencyCandidate[], context: PlaceContext): Agency[] {
  const full = candidates.filter((c) => !c.bare)
  const bases = full.map(baseKey)
  const resolved = full.map((candidate, i) => resolvePlace(candidate, i, full, bases, context))
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
  for (const candidate of candidates) {
    if (!candidate.bare) continue
    const sameKind = agencies.filter((a) => a.kind === candidate.head.kind)
    let target: Agency | undefined = sameKind.length === 1 ? sameKind[0] : undefined
    if (target === undefined && sameKind.length > 1) {
      const earlier = order.filter((o) => o.start < candidate.start && o.agency.kind === candidate.head.kind)
      target = earlier[earlier.length - 1]?.agency
    }
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
  context: PlaceContext,
): Resolved {
  if (candidate.place !== null) {
    return { candidate, type: candidate.placeType, place: candidate.place, province: candidate.province }
  }
  const base = bases[index]!
  const named = (i: number) =>
    all[i]!.place !== null && bases[i] === base && (candidate.placeType === null || all[i]!.placeType === candidate.placeType)
  let source: AgencyCandidate | undefined
  for (let i = index - 1; i >= 0 && source === undefined; i--) if (named(i)) source = all[i]
  for (let i = index + 1; i < all.length && source === undefined; i++) if (named(i)) source = all[i]
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
