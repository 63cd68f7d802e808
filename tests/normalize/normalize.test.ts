import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../src/normalize/text.js'
import { toSourceEnd, toSourceStart } from '../../src/normalize/offset-map.js'
import { toNewTonePlacement } from '../../src/normalize/tone.js'

function slice(source: string, needle: string): string {
  const { text, map } = normalizeText(source)
  const at = text.indexOf(needle)
  expect(at).toBeGreaterThanOrEqual(0)
  return source.slice(toSourceStart(map, at), toSourceEnd(map, at + needle.length))
}

describe('tone placement: old "hoà", "uỷ" read as new "hòa", "ủy"', () => {
  it.each([
    ['hoà giải', 'hòa giải'],
    ['Uỷ ban', 'Ủy ban'],
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['thuỷ lợi', 'thủy lợi'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
  ])('%s → %s', (old, now) => {
    expect(toNewTonePlacement(old)).toBe(now)
  })

  it.each(['quý', 'Quỳnh', 'hoàn thành', 'hòa', 'toàn'])('"%s" stays as it is', (word) => {
    expect(toNewTonePlacement(word)).toBe(word)
  })
})

describe('one canonical text for NFC, NFD, CRLF, invisible spaces and quotes', () => {
  const canonical = 'Ủy ban nhân dân tỉnh Kon Tum\nphát động phong trào "Hòa giải viên giỏi"'

  it.each([
    ['NFC', canonical],
    ['NFD', canonical.normalize('NFD')],
    ['old tone placement', canonical.replace('Ủy', 'Uỷ').replace('Hòa', 'Hoà')],
    ['CRLF', canonical.replace('\n', '\r\n')],
    ['non-breaking spaces', canonical.replace(/ /g, '\u00a0')],
    ['zero-width spaces', canonical.replace('Kon', 'K\u200bon')],
    ['curly quotes', canonical.replace('"H', '“H').replace('i"', 'i”')],
    ['guillemets', canonical.replace('"H', '«H').replace('i"', 'i»')],
    ['Icelandic eth typed for đ ("phát ðộng")', canonical.replace('phát động', 'phát ðộng')],
  ])('%s', (_, variant) => {
    expect(normalizeText(variant).text).toBe(canonical)
  })
})

describe('spans point into the original input', () => {
  it('NFD "Hòa giải" maps back to its decomposed letters', () => {
    const source = 'Hội thi Hòa giải viên giỏi'.normalize('NFD')
    expect(slice(source, 'Hòa giải')).toBe('Hòa giải'.normalize('NFD'))
  })

  it('CRLF and zero-width characters keep later offsets right', () => {
    const source = 'Dòng một\r\n\u200bSở Tư pháp tỉnh\r\nKon Tum'
    expect(slice(source, 'Sở Tư pháp')).toBe('Sở Tư pháp')
    expect(slice(source, 'Kon Tum')).toBe('Kon Tum')
  })

  it('a flood of combining marks normalises in linear time and keeps the length bounded', () => {
    const source = `a${'\u0301'.repeat(100_000)}b`
    const { text } = normalizeText(source)
    expect(text.endsWith('b')).toBe(true)
  })
})

describe('one-for-one replacements at scale', () => {
  it('a flood of tabs (5,000 × "\\t ") becomes spaces, lone surrogates kept', () => {
    const flood = '\t '.repeat(5000) + '\ud800“x”'
    expect(normalizeText(flood).text).toBe('  '.repeat(5000) + '\ud800"x"')
  })
})

describe('text between marks and line ends is copied in one piece, each char mapped to itself', () => {
  it('"Lễ\\r\\nkhen 😀 thưởng" (NFD, CRLF, an emoji): every char of the output maps back to its source', () => {
    const source = 'Le\u0302\u0303\r\nkhen \ud83d\ude00 thưởng'
    const { text, map } = normalizeText(source)
    expect(text).toBe('Lễ\nkhen \ud83d\ude00 thưởng')
    expect(source.slice(toSourceStart(map, 1), toSourceEnd(map, 2))).toBe('e\u0302\u0303')
    expect(source.slice(toSourceStart(map, 2), toSourceEnd(map, 3))).toBe('\r\n')
    const emoji = text.indexOf('\ud83d')
    expect(toSourceStart(map, emoji + 1)).toBe(toSourceStart(map, emoji))
    expect(source.slice(toSourceStart(map, emoji), toSourceEnd(map, emoji + 2))).toBe('\ud83d\ude00')
    expect(source.slice(toSourceStart(map, emoji + 3), toSourceEnd(map, text.length))).toBe('thưởng')
  })
})
