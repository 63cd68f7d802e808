import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { findPeople, peopleScan, type PersonMention } from '../people/find.js'
import { wordsIn } from '../words.js'
import { stateOf } from '../stage.js'
import type { Attendee, Span } from '../types.js'
import { attendanceWordsOf, findAttendanceLists, splitGroups } from './find.js'

export { findAttendanceLists, splitGroups } from './find.js'

const rolePattern = /^(?:(?:đại diện|các đồng chí là) {1,3})?(?:(?:lãnh đạo|công chức|viên chức|cán bộ|người lao động|đại biểu|thành viên|chuyên viên|thường trực|toàn thể|các đồng chí)(?: {0,3}(?:,|và) {0,3}| {1,3}|$)){1,12}/iu

/** retext plugin: the attendee groups and persons of the attendance sentences. */
export function vnAttendees() {
  return function (_tree: Root, file: VFile): void {
    const state = stateOf(file)
    const { text, result } = state
    const attendees: Attendee[] = []
    const words = wordsIn(state)
    // The people stage's finds for each part; read again only when it did not run.
    const byPart = state.peopleByPart
    const scan = byPart === undefined ? peopleScan(words) : null
    const { parts } = result
    const verbs = attendanceWordsOf(text, words)
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!
      if (part.kind !== 'lead' && part.kind !== 'paragraph') continue
      const { start, end } = part.span
      const lists = findAttendanceLists(text, start, end, words, verbs)
      const people = byPart?.[p] ?? findPeople(text, start, end, scan ?? peopleScan(words))
      for (const list of lists) {
        for (const group of splitGroups(text, list)) attendees.push(attendeeOf(text, group, people))
      }
      let l = 0
      for (const person of people) {
        while (l < lists.length && lists[l]!.end <= person.whole.start) l++
        const inList = l < lists.length && lists[l]!.start < person.whole.end
        if (!person.attended || inList) continue
        attendees.push(attendeeOf(text, person.whole, people))
      }
    }
    attendees.sort((a, b) => a.span.start - b.span.start)
    result.attendees = attendees
  }
}

function attendeeOf(text: string, span: Span, people: PersonMention[]): Attendee {
  const written = text.slice(span.start, span.end)
  const person = personIn(people, span)
  if (person) {
    return {
      text: written,
      span,
      role: person.title ? text.slice(person.title.start, person.title.end) : null,
      organization: null,
      person: text.slice(person.name.start, person.name.end),
    }
  }
  const role = rolePattern.exec(written)
  const roleText = role ? trimRole(role[0]) : ''
  const organization = written.slice(role ? role[0].length : 0).trim()
  return {
    text: written,
    span,
    role: roleText.length > 0 ? roleText : null,
    organization: organization.length > 0 ? organization : null,
    person: null,
  }
}

/** "lãnh đạo, công chức và " → "lãnh đạo, công chức". */
function trimRole(role: string): string {
  let out = role.trimEnd()
  while (out.endsWith(',')) out = out.slice(0, -1).trimEnd()
  if (out.endsWith(' và')) out = out.slice(0, -3).trimEnd()
  return out
}

/** The first person named inside `span` (people sorted by offset: a binary search). */
function personIn(people: PersonMention[], span: Span): PersonMention | undefined {
  let lo = 0
  let hi = people.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (people[mid]!.name.start < span.start) lo = mid + 1
    else hi = mid
  }
  const person = people[lo]
  return person && person.name.end <= span.end ? person : undefined
}
