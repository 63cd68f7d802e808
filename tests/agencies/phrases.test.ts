import { describe, expect, it } from 'vitest'
import { headMatcher, headOf, headSource, sectorMatcher, sectorOf, sectorSource } from '../../src/agencies/heads.js'
import { foldCode, keysAsWritten, type PhraseMatcher } from '../../src/agencies/phrases.js'
import { provinceMatcher, provinceOf, provinceSource } from '../../src/agencies/provinces.js'

const dictionaries: [string, RegExp, PhraseMatcher<unknown>, (written: string) => unknown][] = [
  ['heads', new RegExp(`(?:${headSource})(?![\\p{L}\\p{N}&])`, 'iuy'), headMatcher, headOf],
  ['sectors', new RegExp(`(?:${sectorSource})(?![\\p{L}\\p{N}&])`, 'iuy'), sectorMatcher, sectorOf],
  ['provinces', new RegExp(`(?:${provinceSource})(?![\\p{L}\\p{N}])`, 'iuy'), provinceMatcher, provinceOf],
]

/** My own sentences with heads, sectors and provinces in odd spellings. */
const texts = [
  'UBND tỉnh Kon Tum và Ủy  ban MTTQ Việt Nam tỉnh phối hợp.',
  'Sở Giáo dục và Đào tạo, Sở GD&ĐT, Sở GD&ĐTX và Sở Lao động-Thương binh và Xã hội.',
  'Ban Thi đua – Khen thưởng tỉnh Thừa Thiên - Huế; Hội đồng Thi đua,   Khen thưởng.',
  'ỦY BAN NHÂN DÂN TỈNH BÀ RỊA–VŨNG TÀU, Ðoàn TNCS Hồ Chí Minh, ðoàn thanh niên.',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ngãi; Công an TP. Hồ Chí Minh, TP.HCM.',
  'Sở Tư phápX, Sở Tư pháp5, Sở Tư pháp&, Hội Nông dân    tỉnh, Khối thi đua số 5.',
  'Viện Kiểm ſát nhân dân, \u212Aho bạc Nhà nước, Thanh tra tỉnh Đắk Lắk, Đắc Nông.',
]

describe('phrase tries: the same matches as the dictionary alternations', () => {
  for (const [name, pattern, matcher, lookup] of dictionaries) {
    it.each(texts)(`${name} in %j`, (text) => {
      for (let at = 0; at < text.length; at++) {
        pattern.lastIndex = at
        const match = pattern.exec(text)
        const found = matcher.match(text, at)
        const end = found?.end ?? -1
        expect(end, `at ${at}`).toBe(match ? at + match[0].length : -1)
        expect(matcher.matchAt(text, at)).toBe(end)
        if (match && keysAsWritten(text, at, end)) expect(found?.value).toBe(lookup(match[0]))
      }
    })
  }
})

describe('phrase tries: chars fold as the "iu" flags fold them', () => {
  it('every BMP char matches a dictionary char exactly when their folds agree', () => {
    const alphabet = new Set<string>()
    for (const source of [headSource, sectorSource, provinceSource]) for (const ch of source) if (/[\p{L}\p{N}&.,]/u.test(ch)) alphabet.add(ch)
    const byFold = new Map<number, string>()
    for (const ch of alphabet) byFold.set(foldCode(ch.charCodeAt(0)), ch)
    const anyOf = new RegExp(`^[${[...alphabet].join('').replace(/[\]\\^-]/g, '\\$&')}]$`, 'iu')
    const mismatches: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const ch = String.fromCharCode(code)
      const p = byFold.get(foldCode(code))
      // The dictionary writes every "đ" as the class [đĐÐð].
      const expected = p !== undefined && new RegExp(`^[${'đĐÐð'.includes(p) ? 'đĐÐð' : p}]$`, 'iu').test(ch)
      if (anyOf.test(ch) !== (p !== undefined) || (p !== undefined && !expected)) mismatches.push(code.toString(16))
    }
    expect(mismatches).toEqual([])
  })
})
