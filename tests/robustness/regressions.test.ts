import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'
import { expectValidResult } from './arbitraries.js'

/** Inputs the property suite once found to hang or break a stage; each must finish and keep the contract. */
describe('regressions found by the property suite', () => {
  it.each([
    ['a capital outside the BMP ("𝘟") where a listed name may start: people stepped into its surrogate pair forever', '𝘟񧕎񘑎񊪧ޗ񹢭󞮢񙩿'],
    ['"𝘟" after "; " in a sentence', 'Dự có các đồng chí: Lê Văn A, Bí thư; 𝘟 Trần B, Chủ tịch.'],
  ])('%s', (_name, input) => {
    expectValidResult(input, analyze(input))
  })

  it('finishes in bounded time', () => {
    const start = performance.now()
    analyze('𝘟'.repeat(2000))
    expect(performance.now() - start).toBeLessThan(5000)
  })
})
