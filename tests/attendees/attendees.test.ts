import { describe, expect, it } from 'vitest'
import { analyze as analyzeArticle } from '../../src/index.js'

/** A headline first: attendance sentences are read in the lead and paragraphs. */
const analyze = (body: string) => analyzeArticle(`Tin hoạt động\n${body}`)

const texts = (text: string) => analyze(text).attendees.map((a) => a.text)

describe('attendees: attendance sentences split into groups', () => {
  it.each([
    [
      'Tham dự Hội nghị có lãnh đạo Sở Nội vụ, đại diện lãnh đạo Phòng Nội vụ các huyện, thị xã; cán bộ, công chức Sở Nội vụ.',
      ['lãnh đạo Sở Nội vụ', 'đại diện lãnh đạo Phòng Nội vụ các huyện, thị xã', 'cán bộ, công chức Sở Nội vụ'],
    ],
    [
      'Dự hội nghị có lãnh đạo Ban Tuyên giáo Tỉnh ủy, Thường trực HĐND tỉnh; đại biểu các sở, ban, ngành và 40 đoàn viên tiêu biểu.',
      ['lãnh đạo Ban Tuyên giáo Tỉnh ủy', 'Thường trực HĐND tỉnh', 'đại biểu các sở, ban, ngành', '40 đoàn viên tiêu biểu'],
    ],
    [
      'Tới dự có các đồng chí Thường trực Tỉnh ủy, Thường trực HĐND, UBND tỉnh; đại diện các tập thể, cá nhân, Bà mẹ Việt Nam anh hùng.',
      ['các đồng chí Thường trực Tỉnh ủy, Thường trực HĐND, UBND tỉnh', 'đại diện các tập thể, cá nhân, Bà mẹ Việt Nam anh hùng'],
    ],
    [
      'Đến dự Hội nghị các đồng chí là lãnh đạo các đơn vị thuộc Khối; đại diện Phòng Thi đua – Khen thưởng, Sở Nội vụ.',
      ['các đồng chí là lãnh đạo các đơn vị thuộc Khối', 'đại diện Phòng Thi đua – Khen thưởng, Sở Nội vụ'],
    ],
    [
      'Tham dự Hội nghị có lãnh đạo tỉnh Hòa Bình, các huyện cùng 120 đại biểu là người có uy tín.',
      ['lãnh đạo tỉnh Hòa Bình, các huyện', '120 đại biểu là người có uy tín'],
    ],
    [
      'Hội nghị diễn ra với sự tham dự của đại diện lãnh đạo Bộ Tư pháp; lãnh đạo UBND tỉnh.',
      ['đại diện lãnh đạo Bộ Tư pháp', 'lãnh đạo UBND tỉnh'],
    ],
  ])('%s', (text, groups) => {
    expect(texts(text)).toEqual(groups)
  })
})

describe('attendees: "có sự tham dự của …" and "Tham dự có: …"', () => {
  it.each([
    [
      'Buổi lễ có sự tham dự của đồng chí Phạm Quốc Huy, Phó Bí thư Tỉnh ủy và lãnh đạo các sở, ban, ngành.',
      ['đồng chí Phạm Quốc Huy, Phó Bí thư Tỉnh ủy', 'lãnh đạo các sở, ban, ngành'],
    ],
    ['Hội thảo có sự tham dự của hơn 80 nhà khoa học, giảng viên.', ['hơn 80 nhà khoa học, giảng viên']],
    [
      'Tham dự có: đồng chí Phạm Quốc Huy - Phó Bí thư Tỉnh ủy; đồng chí Lê Thị Hà - Giám đốc Sở Tư pháp.',
      ['đồng chí Phạm Quốc Huy - Phó Bí thư Tỉnh ủy', 'đồng chí Lê Thị Hà - Giám đốc Sở Tư pháp'],
    ],
  ])('%s', (text, groups) => {
    expect(texts(text)).toEqual(groups)
  })
  it('a list runs on past a dotted abbreviation: "… Chủ tịch UBND TP. Cần Thơ; PGS.TS. …"', () => {
    expect(texts('Dự hội nghị có ông Lý Văn Tài, Chủ tịch UBND TP. Cần Thơ; PGS.TS. Hồ Minh Tâm, Hiệu trưởng Trường Đại học Cần Thơ.')).toEqual([
      'ông Lý Văn Tài, Chủ tịch UBND TP. Cần Thơ',
      'PGS.TS. Hồ Minh Tâm, Hiệu trưởng Trường Đại học Cần Thơ',
    ])
  })
  it('"có sự" alone is no attendance clause: "Lớp học có sự thay đổi về thời gian."', () => {
    expect(texts('Lớp học có sự thay đổi về thời gian tham dự của học viên.')).toEqual([])
  })
})

describe('attendees: persons', () => {
  it('"về phía tỉnh, dự Đại hội có các đồng chí: A, titles; B, titles"', () => {
    const text = 'Về phía tỉnh, dự Đại hội có các đồng chí: Hoàng Văn Nam, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh; Vũ Thị Mai, Phó Bí thư Tỉnh ủy.'
    const attendees = analyze(text).attendees
    expect(attendees.map((a) => a.text)).toEqual(['Hoàng Văn Nam, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh', 'Vũ Thị Mai, Phó Bí thư Tỉnh ủy'])
    expect(attendees[0]).toMatchObject({ person: 'Hoàng Văn Nam', role: 'Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh' })
  })

  it('"Bà X, titles đến dự" is an attendee; "Đồng chí X - Giám đốc Sở chủ trì" is not', () => {
    expect(texts('Ngày 28/8, Sở Tư pháp tổ chức họp mặt. Bà Trần Thị Lan, Phó Chủ tịch UBND tỉnh đến dự.')).toEqual([
      'Bà Trần Thị Lan, Phó Chủ tịch UBND tỉnh',
    ])
    expect(texts('Đồng chí Trần Thị Nhung - Giám đốc Sở chủ trì Hội nghị.')).toEqual([])
  })

  it('"Đến dự và chủ trì Hội nghị Bà X - titles, cùng toàn thể công chức …"', () => {
    const text = 'Đến dự và chủ trì Hội nghị Bà Phan Thị Dung - Giám đốc Sở Tư pháp, cùng toàn thể công chức, viên chức các Phòng thuộc Sở.'
    expect(texts(text)).toEqual(['Bà Phan Thị Dung - Giám đốc Sở Tư pháp', 'toàn thể công chức, viên chức các Phòng thuộc Sở'])
  })

  it('role and organization of a group', () => {
    const [first] = analyze('Tham dự Hội nghị có đại diện lãnh đạo Phòng Tư pháp các huyện, thành phố.').attendees
    expect(first).toMatchObject({ role: 'đại diện lãnh đạo', organization: 'Phòng Tư pháp các huyện, thành phố', person: null })
  })
})

describe('attendees: "và" before a new group', () => {
  it.each([
    [
      'Tham dự buổi lễ có đại diện Liên đoàn Lao động các huyện, thị xã và hơn 200 đoàn viên, người lao động.',
      ['đại diện Liên đoàn Lao động các huyện, thị xã', 'hơn 200 đoàn viên, người lao động'],
    ],
    [
      'Dự Hội nghị có lãnh đạo Phòng Giáo dục và Đào tạo các huyện và hiệu trưởng các trường trung học phổ thông.',
      ['lãnh đạo Phòng Giáo dục và Đào tạo các huyện', 'hiệu trưởng các trường trung học phổ thông'],
    ],
    ['Ông Lê Văn Hòa, Bí thư Huyện ủy bày tỏ niềm vinh dự.', []],
  ])('%s', (text, groups) => {
    expect(texts(text)).toEqual(groups)
  })
})

describe('attendees: the audience of a meeting held "cho … với N đại biểu tham dự"', () => {
  it.each([
    [
      'Sở Nội vụ tổ chức lớp bồi dưỡng nghiệp vụ văn thư cho lãnh đạo văn phòng các sở, ngành, công chức văn thư - lưu trữ, công chức văn phòng - thống kê các xã với hơn 120 đại biểu tham dự.',
      ['lãnh đạo văn phòng các sở, ngành', 'công chức văn thư - lưu trữ', 'công chức văn phòng - thống kê các xã'],
    ],
    [
      'Phòng Tư pháp tổ chức Hội nghị tập huấn cho tổ trưởng, tổ phó các tổ hòa giải của phường An Phú với 45 đại biểu tham dự.',
      ['tổ trưởng, tổ phó các tổ hòa giải của phường An Phú'],
    ],
  ])('%s', (text, groups) => {
    expect(texts(text)).toEqual(groups)
  })

  it('"cho biết" is no audience: "Ông Hải cho biết đã có 30 người tham dự."', () => {
    expect(texts('Ông Lê Văn Hải cho biết buổi sinh hoạt với 30 người tham dự đã thành công.')).toEqual([])
  })
})

describe('attendees: ranks after a comma', () => {
  it.each([
    ['Tham dự có lãnh đạo, công chức, viên chức Sở Tư pháp.', ['lãnh đạo, công chức, viên chức Sở Tư pháp']],
    ['Tham dự có công chức tư pháp - hộ tịch, công chức địa chính các xã.', ['công chức tư pháp - hộ tịch', 'công chức địa chính các xã']],
    ['Tham dự có hơn 200 học viên là lãnh đạo, công chức các sở, ngành.', ['hơn 200 học viên là lãnh đạo, công chức các sở, ngành']],
  ])('%s', (text, groups) => {
    expect(texts(text)).toEqual(groups)
  })
})
