import { describe, expect, it } from 'vitest'
import { isDateline } from '../../src/parts/dateline.js'
import { placePrefix, titleSpan } from '../../src/parts/title.js'
import { isCaption, isSourceLine } from '../../src/parts/caption.js'

describe('place prefix of a headline', () => {
  it.each([
    ['Gia Lai: Khai mạc Hội thi tuyên truyền viên giỏi', 'Gia Lai'],
    ['TP Hồ Chí Minh: Tuyên dương nhà giáo tiêu biểu', 'TP Hồ Chí Minh'],
    ['THÀNH PHỐ PLEIKU: TẬP HUẤN NGHIỆP VỤ HÒA GIẢI', 'THÀNH PHỐ PLEIKU'],
    ['Thanh Hóa: Hội nghị tổng kết công tác thi đua', 'Thanh Hóa'],
  ])('%s', (title, place) => {
    expect(title.slice(0, placePrefix(title) ?? 0)).toBe(place)
  })

  it.each([
    'Sở Nội vụ: Hội nghị điển hình tiên tiến',
    'UBND huyện: Trao Bằng khen cho 10 tập thể',
    'Sáng mai 9-9: Khai mạc Đại hội Thi đua yêu nước',
    'Hội nghị tổng kết năm 2024',
  ])('no place in "%s"', (title) => {
    expect(placePrefix(title)).toBeNull()
  })
})

describe('headline glued to its lead by a source tag', () => {
  it('"… thi đua yêu nước (BGL) - Sáng 3/4, …" splits at the tag', () => {
    const line = 'Huyện Krông Pa khen thưởng các điển hình (BGL) - Sáng 3/4, UBND huyện tổ chức hội nghị.'
    const title = titleSpan(line, 0)!
    expect(line.slice(title.span.start, title.span.end)).toBe('Huyện Krông Pa khen thưởng các điển hình')
    expect(line.slice(title.leadStart!)).toBe('Sáng 3/4, UBND huyện tổ chức hội nghị.')
  })
})

describe('date lines', () => {
  it.each([
    '15/01/2024',
    '15/01/2024 08:30',
    'Thứ Hai, 15/01/2024 - 08:30',
    'Cập nhật lúc 07:15, Thứ Năm, 11/04/2024 (GMT+7)',
    '21 Tháng 3 2024',
    '09:40, 05/06/2023',
    'Thứ Tư, 03-06-2020, 02:56',
  ])('%s', (line) => {
    expect(isDateline(line)).toBe(true)
  })

  it.each([
    'Ngày 15/01/2024, Sở Tư pháp tổ chức hội nghị tổng kết công tác năm 2023 với sự tham dự của nhiều đại biểu.',
    'Hội nghị tổng kết năm 2023',
  ])('not a date line: %s', (line) => {
    expect(isDateline(line)).toBe(false)
  })
})

describe('captions and source lines', () => {
  it.each(['Ảnh: Minh Hà', '(Ảnh minh họa)', 'Đồng chí Phó Chủ tịch trao Bằng khen cho các tập thể. Ảnh: T.L', 'Quang cảnh hội nghị'])(
    'caption: %s',
    (line) => expect(isCaption(line)).toBe(true),
  )
  it.each(['Nguồn: Cổng Thông tin điện tử tỉnh', 'Theo Báo Gia Lai'])('source: %s', (line) =>
    expect(isSourceLine(line)).toBe(true),
  )
})
