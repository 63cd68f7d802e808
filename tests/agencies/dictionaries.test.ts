import { describe, expect, it } from 'vitest'
import { findAgencies } from '../../src/agencies/find.js'
import { allAbbreviations, expandAbbreviations } from '../../src/agencies/heads.js'
import { allProvinceNames, provinceOf } from '../../src/agencies/provinces.js'
import { normalizeText } from '../../src/normalize/text.js'
import provinces from '../../dictionaries/provinces.json' with { type: 'json' }

/** The old tone placement of a name: "Hòa" → "Hoà", "Thanh Hóa" → "Thanh Hoá". */
function oldTone(name: string): string {
  const a = 'àáảãạ'
  const o = 'òóỏõọ'
  return name.replace(/[òóỏõọ]a(?!\p{L})/gu, (pair) => `o${a[o.indexOf(pair[0]!)]}`)
}

function placeOf(sentence: string): string | null {
  const { text } = normalizeText(sentence)
  return findAgencies(text)[0]?.place ?? null
}

describe('provinces of both eras: "tỉnh X" / "thành phố X" after an agency', () => {
  const cities = new Set(provinces.cities)
  it.each(allProvinceNames())('Ủy ban nhân dân … %s', (name) => {
    const type = cities.has(name) ? 'thành phố' : 'tỉnh'
    expect(placeOf(`Ủy ban nhân dân ${type} ${name} tổ chức Hội nghị.`)).toBe(name)
    expect(placeOf(`UBND ${type} ${oldTone(name)} tổ chức Hội nghị.`)).toBe(name)
  })

  it('old tone placement is a different spelling where the name has oa', () => {
    expect(oldTone('Thanh Hóa')).toBe('Thanh Hoá')
    expect(oldTone('Khánh Hòa')).toBe('Khánh Hoà')
  })

  it('63 before 1 July 2025, 34 after', () => {
    expect(provinces.before2025).toHaveLength(63)
    expect(provinces.after2025).toHaveLength(34)
  })
})

describe('the 2025 merger map', () => {
  it.each([
    ['Kon Tum', 'Quảng Ngãi'],
    ['Bình Định', 'Gia Lai'],
    ['Long An', 'Tây Ninh'],
    ['Nam Định', 'Ninh Bình'],
    ['Yên Bái', 'Lào Cai'],
    ['Quảng Nam', 'Đà Nẵng'],
  ])('%s now belongs to %s', (old, now) => {
    expect(provinceOf(old)?.current).toBe(now)
  })

  it.each(['Quảng Ngãi', 'Thanh Hóa', 'Hà Nội', 'Cao Bằng'])('%s is unchanged: current is null', (name) => {
    expect(provinceOf(name)?.current).toBeNull()
  })

  it('every province of 2025 is the target of each merged one', () => {
    const after = new Set(provinces.after2025)
    for (const target of Object.values(provinces.mergedInto)) expect(after.has(target)).toBe(true)
  })
})

describe('abbreviations expand', () => {
  it.each(allAbbreviations())('%s → %s', (abbreviation, expansion) => {
    expect(expandAbbreviations(`x ${abbreviation} y`)).toBe(`x ${expansion} y`)
  })
})
