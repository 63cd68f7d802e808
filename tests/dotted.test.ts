import { describe, expect, it } from 'vitest'
import { endsAbbreviation } from '../src/dotted.js'

describe('a full stop after a dotted abbreviation does not end a sentence', () => {
  it.each([
    ['UBND TP. Huế', 'TP.', true],
    ['PGS.TS. Lê Lan', 'PGS.', true],
    ['PGS.TS. Lê Lan', 'TS.', true],
    ['Trường THPT Chu Văn An. Sáng nay', 'An.', false],
    ['Sở GTVT. Hôm nay', 'GTVT.', false],
    ['ông ATP. Hôm nay', 'ATP.', false],
  ])('"%s" at "%s": %s', (text, word, expected) => {
    expect(endsAbbreviation(text, text.indexOf(word) + word.length - 1)).toBe(expected)
  })
})
