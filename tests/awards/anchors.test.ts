import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'

/** Awards of a body under a headline and a date line. */
function awardsOf(body: string) {
  return analyze(`Hội nghị tổng kết công tác năm 2024\n15/01/2025\n${body}`).awards.map((a) => [a.form, a.issuer, a.collectives, a.individuals])
}

describe('clauses are read where a form or a form-less verb before a count stands', () => {
  it.each([
    ['a form-less verb before a count', 'Dịp này, Ban tổ chức trao thưởng cho 12 tập thể có thành tích xuất sắc.', [['', 'Ban tổ chức', 12, null]]],
    [
      'a form-less verb without a count is passed over, a later one is read',
      'Công tác thi đua, khen thưởng năm 2024 được triển khai tốt; UBND huyện khen thưởng 7 tập thể.',
      [['', 'UBND huyện', 7, null]],
    ],
    [
      'a form whose second word opens a form of its own',
      'Nhà nước phong tặng danh hiệu Bà mẹ Việt Nam anh hùng cho mẹ Nguyễn Thị Lan.',
      [['danh hiệu Bà mẹ Việt Nam anh hùng', 'Nhà nước', null, 1]],
    ],
    ['a form glued to a digit is read from its next word', 'Tỉnh đã tặng 3Bà mẹ Việt Nam anh hùng cho xã.', [['mẹ Việt Nam anh hùng', null, null, null]]],
    ['two spaces inside a form', 'Chủ tịch UBND tỉnh tặng Bằng  khen cho 4 tập thể.', [['Bằng  khen', 'Chủ tịch UBND tỉnh', 4, null]]],
    ['a form in capitals is not read', 'Chủ tịch UBND tỉnh tặng BẰNG KHEN cho 4 tập thể.', []],
    ['a form before a form-less verb word', 'Giám đốc Sở tặng Giấy khen thưởng cho 9 cá nhân.', [['Giấy khen', 'Giám đốc Sở', null, 9]]],
    [
      'prizes by their rank',
      'Hội Nông dân tỉnh trao Giải Nhất cho 2 đội thi và Giải Khuyến khích cho 5 cá nhân.',
      [
        ['Giải Nhất', 'Hội Nông dân tỉnh', 2, null],
        ['Giải Khuyến khích', 'Hội Nông dân tỉnh', null, 5],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    expect(awardsOf(body)).toEqual(expected)
  })
})
