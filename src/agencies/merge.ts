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
/** The end of a committee's head ("Tỉnh ủy", "Đảng ủy"): the place follows without its type. */
const COMMITTEE_END = ' ủy'
/** A name ending in "Trung ương" is a central agency's. */
const CENTRAL = 'Trung ương'

/** Merges the mentions of each agency and resolves missing places from the context. */
export function mergeAgencies(text: string, candidates: AgencyCandidate[], context: PlaceContext): Agency[] {
  const full: AgencyCandidate[] = []
  let bareCount = 0
  let withPlace = 0
  for (const candidate of candidates) {
    if (candidate.bare) bareCount++
    else {
      full.push(candidate)
      if (candidate.place !== null) withPlace++
    }
  }
  // Where each agency is written with its place, to resolve the mentions without one (only
  // needed when some mentions write their place and some do not).
  const namedAt = new Map<string, number[]>()
  let bases: string[] = []
  if (withPlace > 0 && withPlace < full.length) {
    const recent = new Recent<string>()
    bases = full.map((candidate) => recent.find(candidate, null, null) ?? recent.add(candidate, null, null, baseKey(candidate)))
    for (let i = 0; i < full.length; i++) {
      if (full[i]!.place === null) continue
      const list = namedAt.get(bases[i]!)
      if (list) list.push(i)
      else namedAt.set(bases[i]!, [i])
    }
  }
  const agencies: Agency[] = []
  const byKey = new Map<string, Agency>()
  /** The agency of each full mention, in order (for the bare mentions after them). */
  const agencyOf: Agency[] = []
  const recent = new Recent<Agency>()
  for (let i = 0; i < full.length; i++) {
    const candidate = full[i]!
    let type = candidate.placeType
    let place = candidate.place
    let province = candidate.province
    if (place === null) {
      province = null
      const source = namedAt.size === 0 ? undefined : nearestNamed(candidate, i, full, namedAt.get(bases[i]!))
      if (source !== undefined) {
        type = source.placeType
        place = source.place
        province = source.province
      } else {
        const level = candidate.head.level ?? candidate.parent?.level ?? null
        if (type === 'tỉnh' || (type === null && level === 'province')) {
          if (context.province) {
            province = context.province
            type = province.city ? 'thành phố' : 'tỉnh'
            place = province.name
          }
        } else if ((type === 'huyện' || type === 'quận' || type === 'thị xã') && context.district?.type === type) {
          place = context.district.place
        } else if (type === 'thành phố' && context.city !== null) {
          place = context.city
        } else if (type === 'thành phố' && context.province?.city) {
          place = context.province.name
          province = context.province
        }
      }
    }
    // A mention written like a recent one is of its agency (the same name); else by the name's key.
    let agency = recent.find(candidate, type, place)
    if (agency === undefined) {
      const name = nameOf(candidate, type, place)
      const key = keyOf(name)
      agency = byKey.get(key)
      if (agency === undefined) {
        agency = toAgency(candidate, name, type, place, province, context)
        byKey.set(key, agency)
        agencies.push(agency)
      }
      recent.add(candidate, type, place, agency)
    }
    agency.mentions.push(mentionOf(text, candidate))
    agencyOf.push(agency)
  }
  if (bareCount > 0) addBareMentions(text, candidates, full, agencyOf, agencies)
  return agencies
}

/** "Sở" alone: a mention of the only Sở of the article, else of the last one written before it. */
function addBareMentions(text: string, candidates: AgencyCandidate[], full: AgencyCandidate[], agencyOf: Agency[], agencies: Agency[]): void {
  const kindCount = new Map<string, number>()
  for (const agency of agencies) kindCount.set(agency.kind, (kindCount.get(agency.kind) ?? 0) + 1)
  const onlyOfKind = new Map(agencies.filter((a) => kindCount.get(a.kind) === 1).map((a) => [a.kind, a]))
  const lastOfKind = new Map<string, Agency>()
  const added = new Set<Agency>()
  let next = 0
  for (const candidate of candidates) {
    while (next < full.length && full[next]!.start <= candidate.start) {
      lastOfKind.set(agencyOf[next]!.kind, agencyOf[next]!)
      next++
    }
    if (!candidate.bare) continue
    const target = onlyOfKind.get(candidate.head.kind) ?? lastOfKind.get(candidate.head.kind)
    if (target) {
      target.mentions.push(mentionOf(text, candidate))
      added.add(target)
    }
  }
  // The full mentions came in order: only a list with a bare mention added needs sorting.
  for (const agency of added) agency.mentions.sort((a, b) => a.span.start - b.span.start)
}

/** How many of the last distinct mention forms `Recent` remembers (a flood of names stays linear). */
const RECENT = 16

/**
 * What the last few distinct forms of mention (head, name, parent, place type and place) led to:
 * the same form gives the same name and key, found without building them.
 */
class Recent<T> {
  private readonly forms: { candidate: AgencyCandidate; type: PlaceType | null; place: string | null; value: T }[] = []

  find(candidate: AgencyCandidate, type: PlaceType | null, place: string | null): T | undefined {
    const forms = this.forms
    for (let i = forms.length - 1; i >= 0; i--) {
      const form = forms[i]!
      const other = form.candidate
      if (other.head === candidate.head && other.name === candidate.name && other.parent === candidate.parent && form.type === type && form.place === place) return form.value
    }
    return undefined
  }

  /** Remembers a form `find` did not find. */
  add(candidate: AgencyCandidate, type: PlaceType | null, place: string | null, value: T): T {
    if (this.forms.length === RECENT) this.forms.shift()
    this.forms.push({ candidate, type, place, value })
    return value
  }
}

function mentionOf(text: string, candidate: AgencyCandidate) {
  return { text: text.slice(candidate.start, candidate.end), span: { start: candidate.start, end: candidate.end } }
}

/**
 * The key of head, name and parent. Written one space apart, without the empty ones: `keyOf`
 * would fold their spaces away, and a text with single spaces is mostly plain (lower-cased at once).
 */
function baseKey(candidate: AgencyCandidate): string {
  let base = candidate.head.kind
  if (candidate.name) base += ' ' + candidate.name
  if (candidate.parent) base += ' ' + candidate.parent.kind
  return keyOf(base)
}

/** The nearest full mention of the same agency with its place, before, else after (a few steps each way at most). */
function nearestNamed(candidate: AgencyCandidate, index: number, all: AgencyCandidate[], named: number[] | undefined): AgencyCandidate | undefined {
  if (named === undefined) return undefined
  let lo = 0
  let hi = named.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (named[mid]! < index) lo = mid + 1
    else hi = mid
  }
  const type = candidate.placeType
  for (let k = lo - 1; k >= Math.max(0, lo - NEAREST); k--) {
    const other = all[named[k]!]!
    if (type === null || other.placeType === type) return other
  }
  for (let k = lo; k < Math.min(named.length, lo + NEAREST); k++) {
    const other = all[named[k]!]!
    if (type === null || other.placeType === type) return other
  }
  return undefined
}

/** Whether the agency's place follows its head without the place type ("Tỉnh ủy Kon Tum"). */
function isCommittee(candidate: AgencyCandidate): boolean {
  return (candidate.parent?.kind ?? candidate.head.kind).endsWith(COMMITTEE_END)
}

/** The agency's full name: head, name, parent, place. */
function nameOf(candidate: AgencyCandidate, type: PlaceType | null, place: string | null): string {
  let name = candidate.head.kind
  if (candidate.name) name += ' ' + candidate.name
  if (candidate.parent) name += ' ' + candidate.parent.kind
  if (place !== null) name += isCommittee(candidate) ? ' ' + place : ` ${type ?? 'tỉnh'} ${place}`
  else if (type !== null && !isCommittee(candidate)) name += ' ' + type
  return name
}

function toAgency(
  candidate: AgencyCandidate,
  name: string,
  type: PlaceType | null,
  place: string | null,
  province: Province | null,
  context: PlaceContext,
): Agency {
  const head = candidate.head
  const written = candidate.name ?? ''
  const level: AgencyLevel | null =
    levelOfPlace(type, province) ??
    (written === CENTRAL || written.endsWith(' ' + CENTRAL) ? 'central' : null) ??
    head.level ??
    candidate.parent?.level ??
    null
  const localProvince = province ?? (level === 'district' || level === 'commune' ? context.province : null)
  return {
    name,
    kind: head.kind,
    sector: candidate.sector,
    level,
    locality: place,
    currentLocality: localProvince?.current ?? null,
    mentions: [],
  }
}
