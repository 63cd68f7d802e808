import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'
import { convertWord } from '../../src/normalize/legacy-convert.js'
import { canonical, expectValidResult, PROPERTY_TIMEOUT, RUNS, shortArticle, valuesOf } from './arbitraries.js'
import { toTcvn3, toVni } from './encode-legacy.js'

const legacyWarning = /^legacy (?:TCVN3|VNI) text converted$/u

describe('legacy mojibake ("Héi nghÞ", "Hoäi nghò") analyses like the Unicode text', () => {
  it.each([
    ['TCVN3' as const, toTcvn3],
    ['VNI' as const, toVni],
  ])(
    `%s copies of articles give the values of the originals (${RUNS} runs)`,
    (encoding, encode) => {
      fc.assert(
        fc.property(shortArticle, (lines) => {
          const original = lines.join('\n')
          const legacy = encode(original)
          const result = analyze(legacy)
          expectValidResult(legacy, result)
          expect(result.warnings).toContain(`legacy ${encoding} text converted`)
          const readLegacy = (text: string) => canonical(convertWord(encoding, text))
          expect(valuesOf(result, legacyWarning, readLegacy)).toEqual(valuesOf(analyze(original)))
        }),
        { numRuns: RUNS },
      )
    },
    PROPERTY_TIMEOUT,
  )
})
