import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'

/** A short article in the shape of a provincial justice department's news item (own words). */
const article = [
  'Kon Tum: Sở Tư pháp tổng kết công tác năm 2023',
  '20/01/2024',
  'Sáng ngày 18/01/2024, Sở Tư pháp tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác tư pháp năm 2023. Tham dự Hội nghị có lãnh đạo Sở Tư pháp, đại diện Phòng Tư pháp các huyện, thành phố.',
  'Năm qua, dưới sự lãnh đạo của Tỉnh uỷ, Hội đồng nhân dân tỉnh, sự chỉ đạo của Ủy ban nhân dân tỉnh và sự hướng dẫn của Bộ Tư pháp, Sở đã hoàn thành các nhiệm vụ do UBND tỉnh giao.',
  'Lê Minh Tâm - Sở Tư pháp tỉnh Kon Tum',
].join('\n')

describe('agencies: merged across full and abbreviated mentions', () => {
  const result = analyze(article)
  const byName = (name: string) => result.agencies.find((a) => a.name === name)

  it('"Sở Tư pháp tỉnh Kon Tum", "Sở Tư pháp" → one agency, in Quảng Ngãi since 2025', () => {
    const department = byName('Sở Tư pháp tỉnh Kon Tum')
    expect(department).toMatchObject({ kind: 'Sở', sector: 'Tư pháp', level: 'province', locality: 'Kon Tum', currentLocality: 'Quảng Ngãi' })
    expect(department!.mentions.map((m) => m.text)).toContain('Sở Tư pháp')
  })

  it('"UBND tỉnh" and "Ủy ban nhân dân tỉnh" → Ủy ban nhân dân tỉnh Kon Tum', () => {
    const committee = byName('Ủy ban nhân dân tỉnh Kon Tum')
    expect(committee?.mentions.map((m) => m.text)).toEqual(['Ủy ban nhân dân tỉnh', 'UBND tỉnh'])
  })

  it('Tỉnh ủy (old tone "Tỉnh uỷ"), Hội đồng nhân dân tỉnh, Bộ Tư pháp, Phòng Tư pháp', () => {
    expect(byName('Tỉnh ủy Kon Tum')?.kind).toBe('Tỉnh ủy')
    expect(byName('Hội đồng nhân dân tỉnh Kon Tum')?.level).toBe('province')
    expect(byName('Bộ Tư pháp')).toMatchObject({ level: 'central', locality: null, currentLocality: null })
    expect(byName('Phòng Tư pháp')?.locality).toBeNull()
  })

  it('mention spans point into the input', () => {
    for (const agency of result.agencies) {
      for (const m of agency.mentions) expect(article.slice(m.span.start, m.span.end)).toBe(m.text)
    }
  })
})

describe('agencies: place from context', () => {
  it('"UBND tỉnh" takes the province of the title prefix', () => {
    const result = analyze('Gia Lai: Trao Bằng khen cho các tập thể\nNgày 3/3, UBND tỉnh tổ chức Lễ trao Bằng khen.')
    expect(result.agencies[0]).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Gia Lai', currentLocality: null })
  })

  it('"Sở Tư pháp Bình Định" (province without "tỉnh") → tỉnh Bình Định, now Gia Lai', () => {
    const result = analyze('Ngày 5/5, Sở Tư pháp Bình Định tổ chức Hội thảo về hòa giải.')
    expect(result.agencies[0]).toMatchObject({ name: 'Sở Tư pháp tỉnh Bình Định', locality: 'Bình Định', currentLocality: 'Gia Lai' })
  })

  it('"Sở GD&ĐT TP HCM": sector and city written out', () => {
    const result = analyze('Sáng 2/9, Sở GD&ĐT TP HCM tổ chức Lễ khai giảng.')
    expect(result.agencies[0]).toMatchObject({ name: 'Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh', sector: 'Giáo dục và Đào tạo' })
  })

  it('"Ban Dân vận Tỉnh ủy": a unit of the provincial party committee', () => {
    const result = analyze('Ngày 1/6, Ban Dân vận Tỉnh ủy Lai Châu tổ chức Hội nghị.')
    expect(result.agencies[0]).toMatchObject({ name: 'Ban Dân vận Tỉnh ủy Lai Châu', kind: 'Ban', locality: 'Lai Châu' })
  })

  it('"các sở, ban, ngành" (lower case) is not an agency; "CƠ SỞ" in capitals neither', () => {
    expect(analyze('Đại diện các sở, ban, ngành dự họp.').agencies).toEqual([])
    expect(analyze('HÒA GIẢI Ở CƠ SỞ NĂM 2024').agencies).toEqual([])
  })
})

describe('agencies: names with commas, dashes and "và"', () => {
  it('"Trung tâm Văn hóa - Thể thao và Truyền thông huyện" is one agency', () => {
    const result = analyze('Tin: Hoàng Mai (Trung tâm Văn hóa - Thể thao và Truyền thông huyện)\nNgày 2/2, UBND huyện Đắk Hà tổ chức Hội nghị.')
    expect(result.agencies.map((a) => a.mentions[0]!.text)).toContain('Trung tâm Văn hóa - Thể thao và Truyền thông huyện')
  })

  it('"Ban Dân vận, Ban Tuyên giáo Tỉnh ủy" are two agencies', () => {
    const names = analyze('Ngày 1/6, Ban Dân vận, Ban Tuyên giáo Tỉnh ủy Sơn La phối hợp tổ chức Hội thảo.').agencies.map((a) => a.kind + ' ' + a.sector)
    expect(names).toEqual(['Ban Dân vận', 'Ban Tuyên giáo'])
  })
})
