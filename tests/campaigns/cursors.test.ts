import { describe, expect, it } from 'vitest'
import { findQuoted } from '../../src/campaigns/quoted.js'
import { analyze } from '../../src/index.js'

const campaigns = (text: string) => analyze(text).campaigns.map((c) => [c.name, c.kind, c.year, c.edition])

describe('campaigns: the campaign word before each quote of a paragraph', () => {
  it('reads each quote with its own sentence', () => {
    const text =
      'Đơn vị hưởng ứng phong trào thi đua năm 2024, tiếp tục triển khai "Xanh hóa công sở" rộng khắp. Cơ quan cũng tham gia cuộc thi "Tìm hiểu Hiến pháp" do tỉnh tổ chức.'
    expect(campaigns(text)).toEqual([
      ['Xanh hóa công sở', 'phong trào thi đua', 2024, null],
      ['Tìm hiểu Hiến pháp', 'cuộc thi', null, null],
    ])
  })

  it('a campaign word of an earlier sentence does not name a later quote', () => {
    expect(campaigns('Xã phát động cuộc vận động trong tháng. Trường tổ chức ngày hội "Sắc màu quê hương" cho học sinh.')).toEqual([])
  })

  it('the last campaign word before the quote gives the kind, past commas and numbers', () => {
    const text = 'Sau cuộc thi năm 2023, huyện phát động phong trào, với 12 đội tham gia, "Nông thôn sáng, xanh" trên địa bàn.'
    expect(campaigns(text)).toEqual([['Nông thôn sáng, xanh', 'phong trào', null, null]])
  })

  it('a campaign word more than 600 chars before the quote is out of reach', () => {
    const far = `Hưởng ứng phong trào thi đua ${'và các hoạt động thiết thực '.repeat(25)}"Vì người nghèo" được nhân rộng.`
    const near = `Hưởng ứng ${'các hoạt động thiết thực và '.repeat(25)}phong trào thi đua "Vì người nghèo" được nhân rộng.`
    expect(campaigns(far)).toEqual([])
    expect(campaigns(near)).toEqual([['Vì người nghèo', 'phong trào thi đua', null, null]])
  })
})

describe('campaigns: start words in any case', () => {
  it('a contest written in capitals: "HỘI THI … LẦN THỨ V NĂM 2023"', () => {
    expect(campaigns('HỘI THI HÒA GIẢI VIÊN GIỎI LẦN THỨ V NĂM 2023 đã diễn ra.').map((c) => c[0])).toEqual([
      'HỘI THI HÒA GIẢI VIÊN GIỎI LẦN THỨ V NĂM 2023',
    ])
  })

  it('a start word inside a longer word starts nothing: "xphong trào thi đua yêu nước"', () => {
    expect(campaigns('Đơn vị hưởng ứng xphong trào thi đua yêu nước.')).toEqual([])
  })

  it('the same name written twice with other marks is one campaign', () => {
    expect(campaigns('Cán bộ thực hiện "Dân vận khéo" và nhân rộng mô hình "Dân vận  khéo!".')).toEqual([
      ['Dân vận khéo', 'phong trào thi đua', null, null],
    ])
  })
})

describe('campaigns: floods of quotes', () => {
  it.each([
    ['"phong trào ', 1],
    ['"Đoàn kết ', 0],
  ])('%s repeated: every quote is read in time linear in the length', (unit, perPair) => {
    const time = (length: number) => {
      const text = unit.repeat(Math.ceil(length / unit.length))
      let best = Infinity
      let found = findQuoted(text, 0, text.length)
      for (let i = 0; i < 5; i++) {
        const started = performance.now()
        found = findQuoted(text, 0, text.length)
        best = Math.min(best, performance.now() - started)
      }
      return { best, found: found.length, pairs: Math.floor(text.length / unit.length / 2) }
    }
    const small = time(10_000)
    const large = time(100_000)
    // The first name has no campaign word before it.
    expect(large.found).toBe(Math.max(0, large.pairs - 1) * perPair)
    // Linear is ×10; the bound leaves room for a busy machine, not for a rescan per quote (×100).
    expect(large.best / small.best).toBeLessThan(30)
  })
})
