import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'
import { parseCount } from '../../src/awards/index.js'

/** Awards of a body under a headline and a date line (the headline itself is not read for awards). */
function awardsOf(body: string) {
  return analyze(`Hội nghị tổng kết công tác năm 2024\n15/01/2025\n${body}`).awards.map((a) => ({
    form: a.form,
    issuer: a.issuer,
    collectives: a.collectives,
    individuals: a.individuals,
  }))
}
const counts = (body: string) => awardsOf(body).map((a) => [a.collectives, a.individuals])

describe('count words: digits, leading zeros, thousands separators, number words', () => {
  it.each([
    ['05', 5], ['1.234', 1234], ['12.500', 12500], ['một', 1], ['mười', 10], ['mười lăm', 15], ['mười một', 11],
    ['hai mươi', 20], ['hai mươi mốt', 21], ['ba mươi tư', 34], ['chín mươi chín', 99], ['một trăm', 100],
    ['một trăm linh năm', 105], ['hai trăm năm mươi', 250], ['một nghìn', 1000],
  ])('%s → %i', (written, value) => {
    expect(parseCount(written)).toBe(value)
  })
})

describe('recipient counts after "cho" (collectives and individuals)', () => {
  it.each([
    ['01 tập thể', 1, null],
    ['05 tập thể và 10 cá nhân', 5, 10],
    ['02 tập thể, 03 cá nhân', 2, 3],
    ['15 tập thể và 46 cá nhân', 15, 46],
    ['06 tập thể và 1 cá nhân', 6, 1],
    ['1.234 cá nhân', null, 1234],
    ['1.050 lượt cá nhân', null, 1050],
    ['mười lăm cá nhân', null, 15],
    ['hai mươi mốt hội viên', null, 21],
    ['một trăm học sinh', null, 100],
    ['một trăm linh năm cán bộ', null, 105],
    ['bốn mươi tư giáo viên', null, 44],
    ['hai tập thể và năm cá nhân', 2, 5],
    ['mười tập thể, hai mươi cá nhân', 10, 20],
    ['ba đội', 3, null],
    ['03 đội thi', 3, null],
    ['07 gia đình', 7, null],
    ['12 hộ gia đình', 12, null],
    ['4 xã', 4, null],
    ['2 trường', 2, null],
    ['3 chi hội', 3, null],
    ['8 đơn vị', 8, null],
    ['11 tổ hòa giải', 11, null],
    ['bảy cơ quan', 7, null],
    ['6 đồng chí', null, 6],
    ['9 công chức', null, 9],
    ['20 đoàn viên', null, 20],
    ['2 sinh viên', null, 2],
    ['mười một thí sinh', null, 11],
    ['30 cán bộ, công chức, viên chức', null, 30],
    ['25 hòa giải viên', null, 25],
    ['4 tập thể, 12 cá nhân và 3 gia đình', 7, 12],
  ])('tặng Giấy khen cho %s', (phrase, collectives, individuals) => {
    expect(counts(`Tại hội nghị, Giám đốc Sở Tư pháp tặng Giấy khen cho ${phrase} có thành tích xuất sắc.`)).toEqual([
      [collectives, individuals],
    ])
  })
})

describe('counts written elsewhere: before "được", right after the form, before the form', () => {
  it.each([
    ['8 tập thể, 14 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.', 8, 14],
    ['Có 17 đơn vị được UBND tỉnh tặng danh hiệu Tập thể lao động xuất sắc.', 17, null],
    ['Cũng tại buổi lễ, 40 hội viên được Trung ương Hội tặng Kỷ niệm chương.', null, 40],
    ['Dịp này, UBND huyện tặng Giấy khen 35 cá nhân tiêu biểu.', null, 35],
    ['Năm qua, tỉnh có 3 cờ thi đua Chính phủ.', 3, null],
    ['Trong năm, ngành có 120 Chiến sĩ thi đua cơ sở.', null, 120],
    ['Trong năm, ngành có 44 Bằng khen của Bộ trưởng.', null, null],
  ])('%s', (body, collectives, individuals) => {
    expect(counts(body)).toEqual([[collectives, individuals]])
  })

  it('"tặng 2 Cờ thi đua và 15 Bằng khen": each form its own figure, flags go to collectives', () => {
    expect(awardsOf('Năm 2024, UBND tỉnh tặng 2 Cờ thi đua và 15 Bằng khen cho các đơn vị.')).toEqual([
      { form: 'Cờ thi đua', issuer: 'UBND tỉnh', collectives: null, individuals: null },
      { form: 'Bằng khen', issuer: 'UBND tỉnh', collectives: null, individuals: null },
    ])
    expect(awardsOf('Trong giai đoạn, ngành có 2 Cờ thi đua và 15 Bằng khen.')).toEqual([
      { form: 'Cờ thi đua', issuer: null, collectives: 2, individuals: null },
      { form: 'Bằng khen', issuer: null, collectives: null, individuals: null },
    ])
  })
})

describe('counts not stated: null, never 0', () => {
  it.each([
    ['Tại lễ, Sở Nội vụ tặng Giấy khen cho các tập thể, cá nhân tiêu biểu.'],
    ['Nhiều tập thể, cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.'],
    ['Tại lễ, 62 tập thể, cá nhân được nhận Bằng khen của Bộ trưởng Bộ Tư pháp.'],
    ['Chủ tịch UBND huyện đã tặng Bằng khen cho 103 tập thể và cá nhân.'],
    ['Tại lễ, 12 cá nhân được Bộ trưởng tặng Bằng khen và Kỷ niệm chương.'],
  ])('%s', (body) => {
    for (const award of awardsOf(body)) {
      expect([award.collectives, award.individuals]).toEqual([null, null])
    }
  })
})

describe('a single named recipient counts as one', () => {
  it.each([
    ['Thủ tướng Chính phủ đã tặng Cờ thi đua cho Nhân dân và cán bộ xã Tân Hòa, huyện Châu Thành.', 1, null],
    ['UBND huyện trao danh hiệu Bà mẹ Việt Nam anh hùng cho thân nhân mẹ Lê Thị Hoa.', null, 1],
    ['Năm 2023, Sở Tư pháp được Chủ tịch nước tặng Huân chương Lao động hạng Ba.', 1, null],
    ['Trong đó, có 1 Huân chương Độc lập hạng Ba cho tỉnh Bến Tre.', 1, null],
  ])('%s', (body, collectives, individuals) => {
    expect(counts(body)).toEqual([[collectives, individuals]])
  })

  it('the one recipient carries to the other conferrals of the sentence', () => {
    expect(
      counts('Giai đoạn này, Sở Giáo dục được Chủ tịch nước tặng Huân chương Lao động hạng Nhì, Chủ tịch UBND tỉnh tặng 04 Bằng khen.'),
    ).toEqual([
      [1, null],
      [1, null],
    ])
  })
})

describe('issuers: after "của", as the subject, as the agent of "được"', () => {
  it.each([
    ['Hội nghị công bố quyết định của Bộ trưởng Bộ Nội vụ tặng Bằng khen cho 2 tập thể.', 'Bằng khen', 'Bộ trưởng Bộ Nội vụ'],
    ['Quyết định tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 4 đội.', 'Bằng khen', 'Chủ tịch Ủy ban nhân dân tỉnh'],
    ['Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 6 cá nhân.', 'Bằng khen', 'Chủ tịch UBND tỉnh'],
    ['Nhân dịp này, Liên đoàn Lao động tỉnh tặng Bằng khen cho 9 đoàn viên.', 'Bằng khen', 'Liên đoàn Lao động tỉnh'],
    ['Có 3 đơn vị được UBND tỉnh tuyên dương và tặng Cờ thi đua.', 'Cờ thi đua', 'UBND tỉnh'],
    ['Có 3 đơn vị được Thủ tướng Chính phủ tặng Bằng khen.', 'Bằng khen', 'Thủ tướng Chính phủ'],
    ['Lãnh đạo huyện trao Cờ thi đua của UBND tỉnh cho 2 tập thể.', 'Cờ thi đua', 'UBND tỉnh'],
    ['Ngày 3/4/2024, Chủ tịch nước đã ký Quyết định số 512/QĐ-CTN về việc tặng Huân chương Lao động hạng Nhì cho 2 tập thể.', 'Huân chương Lao động hạng Nhì', 'Chủ tịch nước'],
    ['Trong giai đoạn, tỉnh có 120 bằng khen UBND tỉnh.', 'bằng khen', 'UBND tỉnh'],
    ['Ban tổ chức cuộc thi đã trao giải Nhất cho 1 tập thể.', 'giải Nhất', 'Ban tổ chức cuộc thi'],
  ])('%s', (body, form, issuer) => {
    expect(awardsOf(body)).toMatchObject([{ form, issuer }])
  })

  it('a clause that starts with the verb keeps the issuer of the clause before it', () => {
    expect(awardsOf('UBND huyện tặng Giấy khen cho 12 tập thể; trao Kỷ niệm chương cho 5 cá nhân.')).toEqual([
      { form: 'Giấy khen', issuer: 'UBND huyện', collectives: 12, individuals: null },
      { form: 'Kỷ niệm chương', issuer: 'UBND huyện', collectives: null, individuals: 5 },
    ])
  })

  it('several issuers and several forms without pairing: one entry per form, issuer null', () => {
    expect(awardsOf('Nhiều tập thể, cá nhân được Bộ Tư pháp, Chủ tịch UBND tỉnh tặng Bằng khen, Giấy khen.')).toEqual([
      { form: 'Bằng khen', issuer: null, collectives: null, individuals: null },
      { form: 'Giấy khen', issuer: null, collectives: null, individuals: null },
    ])
  })
})

describe('forms as written (Law on Emulation and Commendation 2022)', () => {
  it.each([
    ['Huân chương Lao động hạng Ba'],
    ['Huân chương Bảo vệ Tổ quốc hạng Nhì'],
    ['Huân chương Độc lập hạng nhất'],
    ['Huy chương Quân kỳ quyết thắng'],
    ['danh hiệu Chiến sĩ thi đua cấp tỉnh'],
    ['danh hiệu Tập thể lao động xuất sắc'],
    ['danh hiệu "Anh hùng Lao động" thời kỳ đổi mới'],
    ['Cờ thi đua của Chính phủ'],
    ['Kỷ niệm chương "Vì sự nghiệp Tư pháp"'],
    ['Bằng khen chuyên đề'],
    ['giải Khuyến khích'],
  ])('%s', (written) => {
    const [award] = awardsOf(`Tại lễ, Chủ tịch UBND tỉnh trao ${written} cho 2 tập thể.`)
    const expected = written.replace(/ của Chính phủ$/u, '')
    expect(award?.form).toBe(expected)
  })
})

describe('proposals and mentions are not awards', () => {
  it.each([
    'Hội đồng thống nhất đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho 5 cá nhân.',
    'Sở được đề nghị tặng Cờ thi đua của Chính phủ.',
    'Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 07 cá nhân; Bằng khen của Chủ tịch UBND tỉnh cho 9 cá nhân.',
    'Tập thể phấn đấu đạt danh hiệu Tập thể lao động xuất sắc.',
    'Danh hiệu Anh hùng Lao động là niềm tự hào của nhà trường.',
    'UBND huyện tổ chức lễ trao tặng danh hiệu Bà mẹ Việt Nam anh hùng.',
    'Các thành viên Hội đồng bỏ phiếu xét tặng Cờ thi đua của UBND tỉnh cho 12 tập thể.',
    'UBND tỉnh trình Thủ tướng Chính phủ xét tặng Bằng khen cho 30 tập thể, cá nhân.',
  ])('%s', (body) => {
    expect(awardsOf(body)).toEqual([])
  })

  it('a proposal carries to the list items and the verbless sentence after it', () => {
    const body = 'Tặng Giấy khen cho 20 cá nhân. Đề nghị tặng Bằng khen cho 5 cá nhân; Cờ thi đua cho 1 tập thể. Bằng khen của Thủ tướng cho 2 cá nhân.'
    expect(awardsOf(body)).toEqual([{ form: 'Giấy khen', issuer: null, collectives: null, individuals: 20 }])
  })
})

describe('a caption restates an award of the body: its hander is not a second issuer', () => {
  it('"Ảnh: Phó Chủ tịch UBND tỉnh … trao Bằng khen cho …" after "Ban Thường vụ … tặng Bằng khen"', () => {
    const text =
      'Lễ tuyên dương công nhân giỏi\n12/05/2025\nSáng 11/5, Liên đoàn Lao động tỉnh tổ chức Lễ tuyên dương công nhân giỏi.\n' +
      'Dịp này, Ban Thường vụ Liên đoàn Lao động tỉnh tặng Bằng khen cho 4 tập thể và 10 cá nhân.\n' +
      'Ảnh: Phó Chủ tịch UBND tỉnh Mai Văn Huỳnh trao Bằng khen cho các công nhân.'
    expect(analyze(text).awards.map((a) => [a.form, a.issuer, a.collectives, a.individuals])).toEqual([
      ['Bằng khen', 'Ban Thường vụ Liên đoàn Lao động tỉnh', 4, 10],
    ])
  })
})

describe('one award per (form, issuer); totals', () => {
  it('merges a caption and the body sentence, keeping the stated counts', () => {
    const text =
      'Hội nghị tổng kết năm 2024\n15/01/2025\nChiều 10/1, Sở Nội vụ tổ chức hội nghị.\nLãnh đạo Sở Nội vụ tặng Giấy khen cho các cá nhân.\nNhân dịp này, Sở Nội vụ đã tặng Giấy khen cho 4 tập thể và 9 cá nhân.'
    const result = analyze(text)
    expect(result.awards.map((a) => [a.form, a.issuer, a.collectives, a.individuals])).toEqual([['Giấy khen', 'Sở Nội vụ', 4, 9]])
    expect(result.awardTotals).toEqual({ collectives: 4, individuals: 9, unstated: 0 })
  })

  it('sums collectives and individuals and counts the conferrals without a count', () => {
    const result = analyze(
      'Hội nghị tổng kết năm 2024\n15/01/2025\nTại hội nghị, UBND tỉnh tặng Bằng khen cho 3 tập thể, 7 cá nhân; Giám đốc Sở tặng Giấy khen cho 2 đội. Nhiều cá nhân được tặng Kỷ niệm chương.',
    )
    expect(result.awardTotals).toEqual({ collectives: 5, individuals: 7, unstated: 1 })
  })

  it('keeps the reason', () => {
    const [award] = analyze(
      'Hội nghị tổng kết năm 2024\n15/01/2025\nSở Tư pháp tặng Giấy khen cho 5 tập thể có thành tích xuất sắc trong công tác hòa giải ở cơ sở.',
    ).awards
    expect(award?.reason).toBe('có thành tích xuất sắc trong công tác hòa giải ở cơ sở')
  })
})

describe('the founding article (paraphrased)', () => {
  it('a Bằng khen of the Minister and one of the provincial chairman', () => {
    const body =
      'Hội nghị đã công bố quyết định của Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 01 tập thể có thành tích xuất sắc trong thi hành Luật Hòa giải ở cơ sở, 02 cá nhân có thành tích xuất sắc trong phong trào thi đua theo chuyên đề năm 2023 "Kỷ cương, sáng tạo, hoàn thành xuất sắc nhiệm vụ"; Quyết định tặng bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 đội thi đạt giải cao tại "Hội thi Hòa giải viên giỏi tỉnh Kon Tum lần thứ V năm 2023".'
    const result = analyze(`Kon Tum: Hội nghị triển khai công tác tư pháp năm 2024\n15/01/2024\n${body}`)
    expect(result.awards.map((a) => [a.form, a.issuer, a.collectives, a.individuals])).toEqual([
      ['Bằng khen', 'Bộ trưởng Bộ Tư pháp', 1, 2],
      ['bằng khen', 'Chủ tịch Ủy ban nhân dân tỉnh', 3, null],
    ])
    expect(result.campaigns.map((c) => [c.name, c.edition, c.year])).toEqual([
      ['Kỷ cương, sáng tạo, hoàn thành xuất sắc nhiệm vụ', null, 2023],
      ['Hội thi Hòa giải viên giỏi tỉnh Kon Tum lần thứ V năm 2023', 5, 2023],
    ])
  })
})

describe('issuers of ceremonies: delegation, presenter names, forms before their verb', () => {
  it.each([
    ['Thừa ủy quyền của Chủ tịch nước, đồng chí Lê Văn Hùng trao Huân chương Lao động hạng Ba cho 2 tập thể.', 'Huân chương Lao động hạng Ba', 'Chủ tịch nước', 2, null],
    ['Thay mặt Thủ tướng Chính phủ, lãnh đạo tỉnh trao Bằng khen cho 6 cá nhân.', 'Bằng khen', 'Thủ tướng Chính phủ', null, 6],
    ['Phó Chủ tịch UBND tỉnh Nguyễn Thanh Bình trao Giấy khen cho 4 tập thể.', 'Giấy khen', 'Phó Chủ tịch UBND tỉnh', 4, null],
    ['Dịp này, Bằng khen của Chủ tịch UBND tỉnh được trao cho 5 tập thể và 10 cá nhân.', 'Bằng khen', 'Chủ tịch UBND tỉnh', 5, 10],
  ])('%s', (body, form, issuer, collectives, individuals) => {
    expect(awardsOf(body)).toEqual([{ form, issuer, collectives, individuals }])
  })
})

describe('a place after a locality word is not a personal name', () => {
  it('keeps "UBND huyện Nông Sơn" whole', () => {
    expect(awardsOf('Tại buổi lễ, UBND huyện Nông Sơn trao Giấy khen cho 8 cá nhân.')[0]?.issuer).toBe('UBND huyện Nông Sơn')
  })
})

describe('receiving verbs: the subject is the recipient', () => {
  it.each([
    ['Năm 2023, Sở Tư pháp vinh dự đón nhận Cờ thi đua của Bộ Tư pháp.', 'Cờ thi đua', 'Bộ Tư pháp', 1, null],
    ['Tại lễ, 14 đoàn viên nhận Bằng khen của Tỉnh đoàn.', 'Bằng khen', 'Tỉnh đoàn', null, 14],
    ['Đồng chí Phạm Văn Tú nhận Huy hiệu 40 năm tuổi Đảng.', 'Huy hiệu 40 năm tuổi Đảng', null, null, 1],
  ])('%s', (body, form, issuer, collectives, individuals) => {
    expect(awardsOf(body)).toEqual([{ form, issuer, collectives, individuals }])
  })
})
