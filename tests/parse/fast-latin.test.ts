import fc from 'fast-check'
import { ParseLatin } from 'parse-latin'
import { describe, expect, it } from 'vitest'
import { FastLatin } from '../../src/parse/index.js'
import { anyString, article, PROPERTY_TIMEOUT, RUNS } from '../robustness/arbitraries.js'

const reference = new ParseLatin()
const fast = new FastLatin()

describe('FastLatin: the same tree as parse-latin', () => {
  it.each([
    'Sáng ngày 12/01/2024, Sở Tư pháp tỉnh Kon Tum tổ chức Hội nghị.',
    'Tặng Bằng khen cho 01 tập thể, 02 cá nhân!!! “Dân vận khéo”…',
    'Quyết định số 123/QĐ-UBND\r\nngày 5/3 — TP.HCM (U.S.)',
    '\t  \n\n\ud83d\ude00 \ud800 a\u0301\u0323 中文 ——',
  ])('%j', (text) => {
    expect(fast.parse(text)).toEqual(reference.parse(text))
  })

  it('for any string', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(fc.property(anyString, (text) => void expect(fast.parse(text)).toEqual(reference.parse(text))), { numRuns: RUNS })
  })

  it('for any generated article', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(fc.property(article, (lines) => {
        const text = lines.join('\n')
        expect(fast.parse(text)).toEqual(reference.parse(text))
      }), { numRuns: RUNS })
  })
})
