import fc from 'fast-check'
import { describe, it } from 'vitest'
import { analyze } from '../../src/index.js'
import { anyString, expectValidResult, PROPERTY_TIMEOUT, RUNS, shortArticle } from './arbitraries.js'

describe('any string ("\\ud800", "\\u0301"×40, "Bằng khen cho" + controls): analyze keeps the contract', () => {
  it(
    `never throws, returns every field, spans slice to their text, JSON round-trips (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(anyString, (input) => {
          expectValidResult(input, analyze(input))
        }),
        { numRuns: RUNS },
      )
    },
    PROPERTY_TIMEOUT,
  )

  it(
    `a Vietnamese article with hostile pieces spliced in keeps the contract (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(shortArticle, fc.array(fc.tuple(fc.nat(), anyString), { maxLength: 4 }), (lines, splices) => {
          let input = lines.join('\n')
          for (const [at, piece] of splices) {
            const i = at % (input.length + 1)
            input = input.slice(0, i) + piece + input.slice(i)
          }
          expectValidResult(input, analyze(input))
        }),
        { numRuns: RUNS },
      )
    },
    PROPERTY_TIMEOUT,
  )
})
