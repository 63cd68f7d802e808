import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { evaluateDirectory } from '../src/eval/corpus.js'
import { prf } from '../src/eval/score.js'

/** F1 the project's own corpus must keep: a drop is a regression. */
const FLOORS: Record<string, number> = {
  title: 1,
  location: 0.95,
  published: 0.95,
  'author.name': 0.95,
  'author.agency': 0.95,
  'event.kind': 0.9,
  'event.name': 0.85,
  'event.date': 0.9,
  'event.partOfDay': 0.9,
  organizer: 0.9,
  issuingAgency: 0.9,
  attendees: 0.9,
  people: 0.9,
  awards: 0.82,
  'awards.counts': 0.84,
  campaigns: 0.75,
  documents: 0.95,
}

describe('npm run eval -- corpus: the project-written articles', () => {
  const result = evaluateDirectory(fileURLToPath(new URL('../corpus', import.meta.url)))

  it('reads every article', () => {
    expect(result.articles).toBeGreaterThanOrEqual(12)
  })

  it.each(Object.entries(FLOORS))('%s F1 ≥ %d', (field, floor) => {
    const f1 = prf(result.fields.get(field)!).f1
    const misses = result.misses.filter((miss) => miss.field === field)
    expect(f1, JSON.stringify(misses, null, 2)).toBeGreaterThanOrEqual(floor)
  })
})
