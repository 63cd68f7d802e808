import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { keyOf } from '../agencies/lexicon.js'
import { stateOf } from '../stage.js'
import type { Person } from '../types.js'
import { findPeople, peopleScan, type PersonMention } from './find.js'
import { wordsIn } from '../words.js'

export { findPeople, peopleScan, type PeopleScan, type PersonMention } from './find.js'

/** The finds of a part not read (shared, never changed). */
const none: PersonMention[] = []

/** retext plugin: named persons with the titles written beside them, merged by name. */
export function vnPeople() {
  return function (_tree: Root, file: VFile): void {
    const state = stateOf(file)
    const { text, result } = state
    const mentions: PersonMention[] = []
    const scan = peopleScan(wordsIn(state))
    // Kept for the attendees stage, which reads the lead and paragraphs again.
    const byPart: PersonMention[][] = (state.peopleByPart = [])
    for (const part of result.parts) {
      if (part.kind === 'source' || part.kind === 'byline' || part.kind === 'repeated-title') {
        byPart.push(none)
        continue
      }
      const found = findPeople(text, part.span.start, part.span.end, scan)
      byPart.push(found)
      // Appended one by one: a spread of a flood of mentions would overflow the stack.
      for (const mention of found) mentions.push(mention)
    }
    if (mentions.length === 0) {
      result.people = []
      return
    }
    const byName = new Map<string, Person>()
    const people: Person[] = []
    for (const mention of mentions) {
      const name = text.slice(mention.name.start, mention.name.end)
      const key = keyOf(name)
      let person = byName.get(key)
      if (person === undefined) {
        person = { name, titles: [], mentions: [] }
        byName.set(key, person)
        people.push(person)
      }
      person.mentions.push({ text: name, span: { start: mention.name.start, end: mention.name.end } })
      if (mention.title) {
        const title = text.slice(mention.title.start, mention.title.end)
        let known = false
        if (person.titles.length > 0) {
          const titleKey = keyOf(title)
          for (const other of person.titles) if (keyOf(other) === titleKey) known = true
        }
        if (!known) person.titles.push(title)
      }
    }
    result.people = people
  }
}
