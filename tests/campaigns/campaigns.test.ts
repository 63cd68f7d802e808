import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'

function campaigns(text: string) {
  return analyze(text).campaigns.map((c) => ({ name: c.name, kind: c.kind, year: c.year, edition: c.edition }))
}
const names = (text: string) => campaigns(text).map((c) => c.name)

describe('quoted names after a campaign word', () => {
  it.each([
    ['Cơ quan hưởng ứng phong trào thi đua "Chung tay xây dựng đô thị văn minh" trong năm.', 'Chung tay xây dựng đô thị văn minh', 'phong trào thi đua'],
    ['Hội viên tích cực tham gia cuộc vận động "Ngày thứ Bảy tình nguyện vì cộng đồng".', 'Ngày thứ Bảy tình nguyện vì cộng đồng', 'cuộc vận động'],
    ['Ban tổ chức tổng kết cuộc thi "Tìm hiểu lịch sử Đảng bộ huyện" với nhiều bài dự thi.', 'Tìm hiểu lịch sử Đảng bộ huyện', 'cuộc thi'],
    ['Đơn vị thi đua theo chuyên đề năm 2022 "Dân chủ, kỷ cương, đổi mới, hiệu quả" đạt kết quả tốt.', 'Dân chủ, kỷ cương, đổi mới, hiệu quả', 'phong trào thi đua'],
    ['Các phong trào "Nói không với rác thải nhựa" được nhân rộng.', 'Nói không với rác thải nhựa', 'phong trào'],
  ])('%s', (text, name, kind) => {
    expect(campaigns(text)).toMatchObject([{ name, kind }])
  })

  it('reads a list of quoted movements after one campaign word', () => {
    const text = 'Các phong trào thi đua "Vì biển đảo quê hương", "Ngày Chủ nhật xanh" và "Thắp sáng đường quê" được triển khai sâu rộng.'
    expect(names(text)).toEqual(['Vì biển đảo quê hương', 'Ngày Chủ nhật xanh', 'Thắp sáng đường quê'])
  })

  it('reads the year written before the quoted name', () => {
    expect(campaigns('Phát động thi đua theo chuyên đề năm 2025 "Về đích sớm các chỉ tiêu kinh tế" tại hội nghị.')[0]?.year).toBe(2025)
  })

  it('keeps an inner quote that arrives as an apostrophe', () => {
    expect(names(`Tham gia phong trào thi đua "Xây dựng 'Khu dân cư kiểu mẫu' văn minh" trên địa bàn.`)).toEqual([
      "Xây dựng 'Khu dân cư kiểu mẫu' văn minh",
    ])
  })

  it('accepts curly and guillemet quotes (normalised to straight ones)', () => {
    expect(names('Hưởng ứng phong trào thi đua \u201cLàng quê sáng, xanh, sạch\u201d ở địa phương.')).toEqual(['Làng quê sáng, xanh, sạch'])
    expect(names('Hưởng ứng cuộc vận động «Mỗi gia đình một tủ sách» của tỉnh.')).toEqual(['Mỗi gia đình một tủ sách'])
  })
})

describe('quoted names that are not campaigns', () => {
  it.each([
    'Với chủ đề "Đoàn kết, đổi mới, phát triển bền vững", Đại hội thông qua nghị quyết.',
    'Trong phong trào thi đua, cán bộ đóng góp ủng hộ "Quỹ vì người nghèo" của xã.',
    'Đơn vị dẫn đầu phong trào thi đua được trao Huy hiệu "Vì sự nghiệp phát triển nông thôn" của tỉnh.',
    'Nhà trường được phong tặng danh hiệu "Anh hùng Lao động" trong phong trào thi đua.',
    'Chương trình có bài hát "Quê hương tôi giàu đẹp" do học sinh biểu diễn.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('named contests with edition and year', () => {
  it.each([
    ['Sở tổ chức Hội thi Tuyên truyền viên pháp luật giỏi tỉnh Gia Lai lần thứ III năm 2022 tại hội trường.', 'Hội thi Tuyên truyền viên pháp luật giỏi tỉnh Gia Lai lần thứ III năm 2022', 3, 2022],
    ['Đội tham dự Hội thi hòa giải viên giỏi toàn quốc lần thứ 5 vòng chung kết.', 'Hội thi hòa giải viên giỏi toàn quốc lần thứ 5', 5, null],
    ['Huyện phát động Cuộc thi viết về người tốt việc tốt năm 2024 trên toàn huyện.', 'Cuộc thi viết về người tốt việc tốt năm 2024', null, 2024],
    ['Tổng kết Hội thi Bí thư chi bộ giỏi lần thứ hai, có 30 thí sinh.', 'Hội thi Bí thư chi bộ giỏi lần thứ hai', 2, null],
  ])('%s', (text, name, edition, year) => {
    expect(campaigns(text)).toMatchObject([{ name, kind: text.includes('Cuộc thi') ? 'cuộc thi' : 'hội thi', edition, year }])
  })

  it.each([
    'Các đội thi đã tham gia Hội thi cấp tỉnh sôi nổi.',
    'Tỉnh long trọng tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ VI.',
    'Hội thi năm nay thu hút nhiều đội tham gia.',
  ])('not a named contest: %s', (text) => {
    expect(names(text)).toEqual([])
  })

  it('lists a contest written twice, quoted and unquoted, once', () => {
    const text = 'Ngày 3/9, tỉnh tổ chức "Hội thi Hòa giải viên giỏi tỉnh Bình Định lần thứ IV". Hội thi Hòa giải viên giỏi tỉnh Bình Định lần thứ IV có 11 đội.'
    expect(names(text)).toEqual(['Hội thi Hòa giải viên giỏi tỉnh Bình Định lần thứ IV'])
  })
})

describe('unquoted movements', () => {
  it.each([
    ['Ngành phát động phong trào thi đua yêu nước năm 2025.', 'phong trào thi đua yêu nước'],
    ['Tỉnh đẩy mạnh phong trào thi đua thực hiện chuyển đổi số; các đơn vị hưởng ứng.', 'phong trào thi đua thực hiện chuyển đổi số'],
    ['Sơ kết phong trào thi đua phát hiện, nhân rộng điển hình tiên tiến giai đoạn 2021-2025.', 'phong trào thi đua phát hiện, nhân rộng điển hình tiên tiến'],
    ['Hội viên tích cực tham gia phong trào dân vận khéo ở cơ sở.', 'phong trào dân vận khéo'],
    ['Đảng bộ đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh trong cán bộ.', 'học tập và làm theo tấm gương đạo đức Hồ Chí Minh'],
    ['Huyện triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025.', 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới'],
    ['Tỉnh hưởng ứng Tháng hành động vì an toàn thực phẩm năm 2024.', 'Tháng hành động vì an toàn thực phẩm'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name])
  })

  it.each([
    'Các phong trào thi đua yêu nước được triển khai rộng khắp.',
    'Hưởng ứng các phong trào thi đua do tỉnh phát động.',
    'Phát động phong trào thi đua năm 2024 và ký giao ước thi đua.',
  ])('generic, not a name: %s', (text) => {
    expect(names(text)).toEqual([])
  })
})
