import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { keyOf } from '../agencies/lexicon.js'
import { stateOf } from '../stage.js'
import type { Person } from '../types.js'
import { findPeople, type PersonMention } from './find.js'

export { findPeople, type PersonMention } from './find.js'

/** retext plugin: named persons with the titles written beside them, merged by name. */
export function vnPeople() {
  return function (_tree: Root, file: VFile): void {
    const state = stateOf(file)
    const { text, result } = state
    const mentions: PersonMention[] = []
    for (const part of result.parts) {
      if (part.kind === 'source' || part.kind === 'byline' || part.kind === 'repeated-title') continue
      // Appended one by one: a spread of a flood of mentions would overflow the stack.
      for (const mention of findPeople(text, part.span.start, part.span.end)) mentions.push(mention)
    }
    const byName = new Map<string, Person>()
    for (const mention of mentions) {
      const name = text.slice(mention.name.start, mention.name.end)
      const key = keyOf(name)
      let person = byName.get(key)
      if (person === undefined) {
        person = { name, titles: [], mentions: [] }
        byName.set(key, person)
      }
      person.mentions.push({ text: name, span: { ...mention.name } })
      if (mention.title) {
        const title = text.slice(mention.title.start, mention.title.end)
        if (!person.titles.some((t) => keyOf(t) === keyOf(title))) person.titles.push(title)
      }
    }
    result.people = [...byName.values()]
  }
}
