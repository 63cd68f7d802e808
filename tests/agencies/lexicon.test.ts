import { describe, expect, it } from 'vitest'
import { keyOf, normalizeEntry } from '../../src/agencies/lexicon.js'
import { wordIs, wordsOf } from '../../src/words.js'

/** The key as the full rules define it, without the lower-casing shortcut. */
function fullKey(text: string): string {
  return normalizeEntry(text)
    .toLowerCase()
    .replace(/[ðÐ]/g, 'đ')
    .replace(/\s+/g, ' ')
    .replace(/ ?[-–—] ?/g, ' - ')
    .trim()
}

describe('keyOf: the lower-casing shortcut gives the full key', () => {
  it.each([
    ['Sở Tư pháp', 'sở tư pháp'],
    ['Ủy ban nhân dân tỉnh Hòa Bình', 'ủy ban nhân dân tỉnh hòa bình'],
    ['Uỷ ban nhân dân tỉnh Hoà Bình', 'ủy ban nhân dân tỉnh hòa bình'],
    ['ỦY BAN', 'ủy ban'],
    ['Ðồng Nai', 'đồng nai'],
    ['Văn hóa – Thông tin', 'văn hóa - thông tin'],
    ['Lao động-Thương binh', 'lao động - thương binh'],
    ['  Kon   Tum\t', 'kon tum'],
    ['Quý Khỏe', 'quý khỏe'],
    ['Khoẻ', 'khỏe'],
    ['Hoà5', 'hòa5'],
    ['Toàn Quảng Ngãi', 'toàn quảng ngãi'],
    ['Ho\u0300a', 'hòa'],
    ['', ''],
  ])('%j → %j', (text, key) => {
    expect(keyOf(text)).toBe(key)
    expect(keyOf(text)).toBe(fullKey(text))
  })
})

describe('wordIs: a word compared in lower case without slicing', () => {
  it.each([
    ['Tỉnh Kon Tum', 'tỉnh', true],
    ['TỈNH Kon Tum', 'tỉnh', true],
    ['tỉnhs Kon Tum', 'tỉnh', false],
    ['Thành phố Huế', 'thành', true],
    ['Huyện Nông Sơn', 'tỉnh', false],
  ])('%j starts with %j: %s', (text, word, expected) => {
    const words = wordsOf(text)
    expect(wordIs(text, words.starts[0]!, words.ends[0]!, word)).toBe(expected)
  })
})
