import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'
import { expectValidResult, hasTone, PROPERTY_TIMEOUT, RUNS, shortArticle, toOldTone, valuesOf } from './arbitraries.js'

/** Each word in NFC or NFD as `forms` says: one text that mixes both. */
function mixForms(text: string, forms: boolean[]): string {
  let i = 0
  return text.replace(/\p{L}{1,40}/gu, (word) => (forms[i++ % forms.length] ? word.normalize('NFD') : word))
}

describe('equivalent writings ("hòa" / "hoà" / "ho\\u0300a") give the same values', () => {
  it(
    `NFC, NFD and the old tone placement give the same values (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(shortArticle, (lines) => {
          const nfc = lines.join('\n')
          fc.pre(hasTone(nfc))
          const expected = valuesOf(analyze(nfc))
          for (const variant of [nfc.normalize('NFD'), toOldTone(nfc)]) {
            const result = analyze(variant)
            expectValidResult(variant, result)
            expect(valuesOf(result)).toEqual(expected)
          }
        }),
        { numRuns: RUNS },
      )
    },
    PROPERTY_TIMEOUT,
  )

  it(
    `NFC and NFD mixed word by word in one text give the values of the NFC text (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(shortArticle, fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }), (lines, forms) => {
          const nfc = lines.join('\n')
          const mixed = mixForms(nfc, forms)
          const result = analyze(mixed)
          expectValidResult(mixed, result)
          expect(valuesOf(result)).toEqual(valuesOf(analyze(nfc)))
        }),
        { numRuns: RUNS },
      )
    },
    PROPERTY_TIMEOUT,
  )
})

describe('layout noise (blank lines between lines, trailing spaces) changes no value', () => {
  it(
    `inserting blank lines and trailing spaces or tabs gives the same values (${RUNS} runs)`,
    () => {
      const padding = fc.constantFrom('', ' ', '  ', '\t', ' \t ')
      fc.assert(
        fc.property(
          shortArticle,
          fc.array(fc.tuple(padding, fc.nat({ max: 2 }), padding), { minLength: 1, maxLength: 8 }),
          (lines, noise) => {
            const clean = lines.join('\n')
            const noisy = lines
              .map((line, i) => {
                const [trailing, blanks, blankFill] = noise[i % noise.length]!
                return line + trailing + `\n${blankFill}`.repeat(blanks)
              })
              .join('\n')
            const result = analyze(noisy)
            expectValidResult(noisy, result)
            expect(valuesOf(result)).toEqual(valuesOf(analyze(clean)))
          },
        ),
        { numRuns: RUNS },
      )
    },
    PROPERTY_TIMEOUT,
  )
})
