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
