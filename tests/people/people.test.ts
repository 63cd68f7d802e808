import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'

function people(text: string) {
  return analyze(text).people.map((p) => [p.name, p.titles[0] ?? null])
}

describe('people: honorific, name, titles', () => {
  it.each([
    ['Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo.', 'Nguyễn Văn An', 'Phó Chủ tịch UBND tỉnh'],
    ['Ông Trần Quốc Bảo – Giám đốc Sở Tư pháp chủ trì Hội nghị.', 'Trần Quốc Bảo', 'Giám đốc Sở Tư pháp'],
    ['Bà Lê Thị Hoa - Bí thư Đảng ủy - Giám đốc Sở Nội vụ, cùng toàn thể công chức dự họp.', 'Lê Thị Hoa', 'Bí thư Đảng ủy - Giám đốc Sở Nội vụ'],
    ['Ông Phạm Minh Đức giám đốc Sở Tư pháp, Phó chủ tịch Hội đồng PHPBGDPL tỉnh Lào Cai.', 'Phạm Minh Đức', 'giám đốc Sở Tư pháp, Phó chủ tịch Hội đồng PHPBGDPL tỉnh Lào Cai'],
    ['Đồng chí Hà Văn Sơn, Phó Bí thư Huyện ủy, Chủ tịch Hội đồng thi đua, khen thưởng huyện chủ trì cuộc họp.', 'Hà Văn Sơn', 'Phó Bí thư Huyện ủy, Chủ tịch Hội đồng thi đua, khen thưởng huyện'],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, title]])
  })
})

describe('people: title first', () => {
  it.each([
    ['Giám đốc Sở Tư pháp Võ Minh Thưởng trao Giấy khen.', 'Võ Minh Thưởng', 'Giám đốc Sở Tư pháp'],
    ['Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tịnh dự Hội nghị.', 'Nguyễn Thanh Tịnh', 'Thứ trưởng Bộ Tư pháp'],
    ['Dự lễ có Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh - Đặng Văn Tâm.', 'Đặng Văn Tâm', 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh'],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, title]])
  })

  it('a province after a title is not a name: "Chủ tịch UBND tỉnh Lâm Đồng"', () => {
    expect(people('Chủ tịch UBND tỉnh Lâm Đồng tặng Bằng khen.')).toEqual([])
  })
})

describe('people: a list after "các đồng chí:"', () => {
  it('names and titles separated by ";"', () => {
    const text = 'Dự Đại hội có các đồng chí: Hoàng Văn Nam, Bí thư Tỉnh ủy; Vũ Thị Mai, Phó Bí thư Thường trực Tỉnh ủy.'
    expect(people(text)).toEqual([
      ['Hoàng Văn Nam', 'Bí thư Tỉnh ủy'],
      ['Vũ Thị Mai', 'Phó Bí thư Thường trực Tỉnh ủy'],
    ])
  })
})

describe('people: merged by name, titles kept', () => {
  it('two mentions, one person; "Hồ Chí Minh" is never one', () => {
    const text = 'Bà Trần Kim Mai, Phó Chủ tịch UBND tỉnh dự. Theo lời dạy của Chủ tịch Hồ Chí Minh, bà Trần Kim Mai biểu dương các tập thể.'
    const result = analyze(text).people
    expect(result).toHaveLength(1)
    expect(result[0]!.mentions).toHaveLength(2)
    expect(result[0]!.titles).toEqual(['Phó Chủ tịch UBND tỉnh'])
  })
})

describe('people: names of the Central Highlands, titles that end at a verb', () => {
  it.each([
    ["Báo cáo tại Hội nghị, bà Ksor H'Blăng, Giám đốc Sở Tư pháp cho biết năm qua đạt nhiều kết quả.", "Ksor H'Blăng", 'Giám đốc Sở Tư pháp'],
    ['Dự Tọa đàm có bà Rah Lan Thu Hà, Chủ tịch Hội LHPN tỉnh.', 'Rah Lan Thu Hà', 'Chủ tịch Hội LHPN tỉnh'],
    ['Ông Trần Văn Lộc, Bí thư Huyện ủy Đại Lộc bày tỏ niềm vinh dự của huyện.', 'Trần Văn Lộc', 'Bí thư Huyện ủy Đại Lộc'],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, title]])
  })
})

describe('people: a former or acting title ("nguyên", "Quyền")', () => {
  it.each([
    ['Đến dự có ông Hồ Văn Kha, nguyên Chủ tịch UBND tỉnh.', 'Hồ Văn Kha', 'nguyên Chủ tịch UBND tỉnh'],
    ['Quyền Giám đốc Sở Y tế Đỗ Minh Khang phát biểu.', 'Đỗ Minh Khang', 'Quyền Giám đốc Sở Y tế'],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, title]])
  })
})

describe('people: a name right after "UBND tỉnh" when no province is named ("UBND tỉnh Trần Văn Lộc")', () => {
  it.each([
    ['Phó Chủ tịch UBND tỉnh Đinh Văn Lực trao Bằng khen cho các thí sinh.', 'Đinh Văn Lực', 'Phó Chủ tịch UBND tỉnh'],
    ['Chủ tịch UBND tỉnh Lâm Đồng Trần Hồng Thái phát biểu.', 'Trần Hồng Thái', 'Chủ tịch UBND tỉnh Lâm Đồng'],
    ['Giám đốc Sở Tư pháp tỉnh Hà Giang Nguyễn Văn Sơn phát biểu.', 'Nguyễn Văn Sơn', 'Giám đốc Sở Tư pháp tỉnh Hà Giang'],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, title]])
  })
})

describe('people: where a title ends', () => {
  it.each([
    ['Hội nghị có sự tham dự của đồng chí Lò Văn Mừng, Phó Chủ tịch UBND tỉnh và lãnh đạo các sở, ngành.', 'Lò Văn Mừng', 'Phó Chủ tịch UBND tỉnh'],
    ['Dự có ông Vũ Đức Hạnh, Chủ tịch UBND TP. Hải Phòng; các sở, ngành.', 'Vũ Đức Hạnh', 'Chủ tịch UBND TP. Hải Phòng'],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, title]])
  })
})
