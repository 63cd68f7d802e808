import { describe, it } from 'vitest'
import { analyze } from '../../src/index.js'
import { expectValidResult } from './arbitraries.js'

const MB = 1 << 20
/** `unit` repeated to `length` chars. */
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

/** A few large inputs next to the many short ones of the properties; time is the bench's concern. */
describe('large inputs (a 1 MB line, 1 MB of junk, 256 K combining marks) keep the contract', () => {
  it.each([
    ['a 1 MB line of Vietnamese sentences', () => fill('Sáng 12/01/2024, Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết; Bằng khen cho 5 tập thể. ', MB)],
    ['1 MB of short lines', () => fill('Sở Tư pháp tổ chức hội nghị.\n', MB)],
    ['256 K combining marks on one letter', () => `a${'\u0301'.repeat(MB / 4)}`],
    ['1 MB of lone surrogates and NUL', () => fill('\ud800a\udfff\u0000', MB)],
    ['1 MB of line breaks', () => '\n'.repeat(MB)],
    ['512 KB of TCVN3 mojibake', () => fill('Uû ban nh©n d©n tØnh tæ chøc Héi nghÞ tæng kÕt.\n', MB / 2)],
  ])('%s', (_name, make) => {
    const input = make()
    expectValidResult(input, analyze(input))
  }, 300_000)
})
