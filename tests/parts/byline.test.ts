import { describe, expect, it } from 'vitest'
import { parseByline } from '../../src/parts/byline.js'

function read(line: string) {
  const byline = parseByline(line)
  if (byline === null) return null
  return {
    name: byline.name ? line.slice(byline.name.start, byline.name.end) : null,
    agency: byline.agency ? line.slice(byline.agency.start, byline.agency.end) : null,
  }
}

describe('bylines: writer and agency', () => {
  it.each([
    ['Trần Minh Khoa - Sở Tư pháp tỉnh Gia Lai', 'Trần Minh Khoa', 'Sở Tư pháp tỉnh Gia Lai'],
    ['Lê Thu – Văn phòng Sở', 'Lê Thu', 'Văn phòng Sở'],
    ['Tin, ảnh: Hoàng Yến', 'Hoàng Yến', null],
    ['Bài và ảnh: Phạm Quân', 'Phạm Quân', null],
    ['PV', 'PV', null],
    ['HỒNG NHUNG', 'HỒNG NHUNG', null],
    ['Minh Anh (Trung tâm Văn hóa tỉnh)', 'Minh Anh', 'Trung tâm Văn hóa tỉnh'],
    ['Thu Hà – Trường Giang', 'Thu Hà – Trường Giang', null],
    ['Báo Bình Phước', null, 'Báo Bình Phước'],
    ['Đoàn Văn Hậu', 'Đoàn Văn Hậu', null],
    ['Ngọc Lan |', 'Ngọc Lan', null],
  ])('%s', (line, name, agency) => {
    expect(read(line)).toEqual({ name, agency })
  })

  it.each([
    'Hội nghị đã thành công tốt đẹp.',
    'Các đại biểu tham quan mô hình điểm tại xã',
    'Để góp phần hoàn thành nhiệm vụ, toàn thể công chức tiếp tục phấn đấu,',
  ])('not a byline: %s', (line) => {
    expect(read(line)).toBeNull()
  })
})

describe('a credit line is a byline, not a caption', () => {
  it('"Tin, ảnh: Hoàng Yến" closing an article', async () => {
    const { analyze } = await import('../../src/index.js')
    const result = analyze('Lễ ra quân tình nguyện hè\n\nSáng 2/6, Huyện đoàn tổ chức lễ ra quân.\nTin, ảnh: Hoàng Yến')
    expect(result.author?.name).toBe('Hoàng Yến')
    expect(result.parts.at(-1)?.kind).toBe('byline')
  })
})

describe('a byline "Tên (Cơ quan)": the closing bracket is the byline\'s', () => {
  it('"Lê Minh (Văn phòng HĐND và UBND huyện Quan Sơn)"', async () => {
    const { analyze } = await import('../../src/index.js')
    const result = analyze('Hội nghị sơ kết\n\nSáng 2/6, UBND huyện Quan Sơn tổ chức hội nghị sơ kết.\nLê Minh (Văn phòng HĐND và UBND huyện Quan Sơn)')
    expect(result.author).toMatchObject({
      text: 'Lê Minh (Văn phòng HĐND và UBND huyện Quan Sơn)',
      name: 'Lê Minh',
      agency: 'Văn phòng HĐND và UBND huyện Quan Sơn',
    })
  })
})
