import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'

/** The founding article's needed sentences, paraphrased. */
const founding = [
  'Kon Tum: Tổ chức Hội nghị triển khai công tác tư pháp năm 2024',
  '15/01/2024',
  'Chiều ngày 12/01/2024, Sở Tư pháp tỉnh Kon Tum đã tổ chức Hội nghị triển khai công tác tư pháp năm 2024. Tham dự Hội nghị có Lãnh đạo Sở Tư pháp, đại diện lãnh đạo Phòng Tư pháp các huyện, thành phố; lãnh đạo, công chức, viên chức, người lao động Sở Tư pháp.',
  'Năm 2023, dưới sự lãnh đạo của Tỉnh ủy, Hội đồng nhân dân tỉnh, sự chỉ đạo của Ủy ban nhân dân tỉnh và sự hướng dẫn của Bộ Tư pháp, ngành Tư pháp đã hoàn thành các phong trào thi đua do Bộ Tư pháp, UBND tỉnh phát động.',
  'Nguyễn Văn Hùng - Sở Tư pháp tỉnh Kon Tum',
].join('\n')

function checkFounding(text: string) {
  const result = analyze(text)
  expect(result.event).toMatchObject({ kind: 'Hội nghị', name: 'Hội nghị triển khai công tác tư pháp năm 2024' })
  expect(result.organizer).toMatchObject({ name: 'Sở Tư pháp tỉnh Kon Tum', currentLocality: 'Quảng Ngãi' })
  expect(result.issuingAgency).toMatchObject({ name: 'Sở Tư pháp tỉnh Kon Tum', currentLocality: 'Quảng Ngãi' })
  expect(result.attendees.map((a) => a.text)).toEqual([
    'Lãnh đạo Sở Tư pháp',
    'đại diện lãnh đạo Phòng Tư pháp các huyện, thành phố',
    'lãnh đạo, công chức, viên chức, người lao động Sở Tư pháp',
  ])
  const names = result.agencies.map((a) => a.name)
  for (const name of ['Bộ Tư pháp', 'Ủy ban nhân dân tỉnh Kon Tum', 'Tỉnh ủy Kon Tum', 'Hội đồng nhân dân tỉnh Kon Tum', 'Phòng Tư pháp']) {
    expect(names).toContain(name)
  }
  const committee = result.agencies.find((a) => a.name === 'Ủy ban nhân dân tỉnh Kon Tum')!
  expect(committee.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['UBND tỉnh', 'Ủy ban nhân dân tỉnh']))
  return result
}

describe('the founding article', () => {
  it('Hội nghị held by Sở Tư pháp tỉnh Kon Tum (now in Quảng Ngãi), three attendee groups', () => {
    const result = checkFounding(founding)
    if (result.event?.date) expect(result.event.date).toMatchObject({ value: '2024-01-12', partOfDay: 'afternoon' })
  })

  const seed = '../shared/seeds/kon-tum-2024-01-15.txt'
  it.skipIf(!existsSync(seed))('the stored founding article itself', () => {
    const result = checkFounding(readFileSync(seed, 'utf8'))
    if (result.event?.date) expect(result.event.date.value).toBe('2024-01-12')
  })
})

describe('event kind and name from the event sentence', () => {
  it.each([
    ['Ngày 5/3, UBND huyện Mộc Hóa tổ chức Lễ kỷ niệm 20 năm thành lập huyện nhằm ôn lại truyền thống.', 'Lễ', 'Lễ kỷ niệm 20 năm thành lập huyện'],
    ['Sáng 9/9, tại Hội trường UBND tỉnh, UBND tỉnh khai mạc trọng thể Đại hội Thi đua yêu nước lần thứ VI.', 'Đại hội', 'Đại hội Thi đua yêu nước lần thứ VI'],
    ['Sáng 20/7, Ban Thi đua - Khen thưởng tỉnh tổ chức hội nghị tập huấn nghiệp vụ thi đua năm 2024.', 'Tập huấn', 'hội nghị tập huấn nghiệp vụ thi đua năm 2024'],
    ['Ngày 28/8, Sở Tư pháp tỉnh Bến Tre tổ chức họp mặt kỷ niệm ngày truyền thống ngành.', 'Họp mặt', 'họp mặt kỷ niệm ngày truyền thống ngành'],
    ['Sáng 10/1, Hội đồng thi đua khen thưởng huyện họp xét khen thưởng năm 2023. Tham dự cuộc họp có các thành viên Hội đồng.', 'Cuộc họp', 'họp xét khen thưởng năm 2023'],
    ['Ngày 2/4, Ban Tổ chức Hội thi cấp tỉnh đã tổ chức thành công "Hội thi Tuyên truyền viên giỏi lần thứ II".', 'Hội thi', 'Hội thi Tuyên truyền viên giỏi lần thứ II'],
  ])('%s', (text, kind, name) => {
    expect(analyze(text).event).toMatchObject({ kind, name })
  })

  it('no event noun: kind from a later "Tham dự Hội nghị", else null', () => {
    expect(analyze('Ngày 1/11, UBND tỉnh Sơn La tổ chức biểu dương người có uy tín. Tham dự Hội nghị có lãnh đạo tỉnh.').event?.kind).toBe('Hội nghị')
    expect(analyze('Ngày 1/11, UBND tỉnh tổ chức tổng kết phong trào thi đua giai đoạn 2021-2025.').event).toMatchObject({
      kind: null,
      name: 'tổng kết phong trào thi đua giai đoạn 2021-2025',
    })
  })

  it('venue: "tại Hội trường UBND tỉnh"', () => {
    expect(analyze('Sáng 3/3, tại Hội trường UBND tỉnh, Sở Nội vụ tổ chức Hội nghị tổng kết.').event?.venue).toBe('Hội trường UBND tỉnh')
  })

  it('an article that reports a decision, not an event: null', () => {
    expect(analyze('Ngày 13/5/2021, Thủ tướng Chính phủ đã tặng Cờ thi đua cho xã Phước Ninh.').event).toBeNull()
  })
})

describe('event reported in the passive: "đã diễn ra Hội nghị … do Sở … tổ chức", "Hội nghị … của Sở … đã được tổ chức"', () => {
  it.each([
    ['Sáng 10/12, tại Nhà văn hóa tỉnh, đã diễn ra Hội nghị biểu dương điển hình tiên tiến năm 2025 do Sở Văn hóa tỉnh Quảng Bình tổ chức.', 'Hội nghị', 'Hội nghị biểu dương điển hình tiên tiến năm 2025', 'Sở Văn hóa tỉnh Quảng Bình'],
    ['Chiều 10/12, Hội thảo khoa học về chuyển đổi số của Trường Chính trị tỉnh đã được tổ chức tại Hội trường A.', 'Hội thảo', 'Hội thảo khoa học về chuyển đổi số', 'Trường Chính trị tỉnh'],
    ['Sáng 10/12, Lễ kỷ niệm 70 năm Ngày thành lập Hội Nông dân huyện Bố Trạch diễn ra trang trọng tại Hội trường huyện.', 'Lễ', 'Lễ kỷ niệm 70 năm Ngày thành lập Hội Nông dân huyện Bố Trạch', null],
  ])('%s', (text, kind, name, organizer) => {
    const result = analyze(text)
    expect(result.event).toMatchObject({ kind, name })
    expect(result.organizer?.name ?? null).toBe(organizer)
  })
  it('an event noun is not an organiser though "Hội" heads agencies: "Sáng 5/12, Hội nghị … tổng kết …"', () => {
    expect(analyze('Sáng 5/12, Hội nghị đánh giá, tổng kết công tác năm 2025 được nhiều đại biểu quan tâm.').organizer).toBeNull()
  })
})

describe('organizer: a dotted abbreviation does not end the sentence ("UBND TP. Đà Nẵng tổ chức …")', () => {
  it.each([
    ['Chiều 15/7, UBND TP. Đà Nẵng tổ chức Hội nghị sơ kết công tác thi đua năm 2025.', 'Ủy ban nhân dân thành phố Đà Nẵng'],
    ['Sáng 2/9, Thành đoàn TP. Hồ Chí Minh tổ chức Lễ tuyên dương thanh niên tiêu biểu.', 'Thành đoàn thành phố Hồ Chí Minh'],
    ['Sáng 2/9, UBND TX. Sơn Tây tổ chức Hội nghị tổng kết công tác năm 2025.', 'Ủy ban nhân dân thị xã Sơn Tây'],
  ])('%s', (text, organizer) => {
    expect(analyze(text).organizer?.name).toBe(organizer)
  })
})

describe('organizer: a bracketed place after the agency is not part of its name', () => {
  it.each([
    'Ngày 2/4, UBND huyện Bá Thước (tỉnh Thanh Hóa) tổ chức Hội nghị sơ kết công tác năm 2025.',
    'Ngày 2/4, UBND huyện Bá Thước (tỉnh Thanh Hóa) đã tổ chức Hội nghị sơ kết công tác năm 2025.',
  ])('%s', (text) => {
    expect(analyze(text).organizer?.name).toBe('Ủy ban nhân dân huyện Bá Thước')
  })
})

describe('organizer and issuing agency', () => {
  it.each([
    ['Ngày 10-7 Sở Nội vụ tổ chức Hội nghị điển hình tiên tiến.', 'Sở Nội vụ'],
    ['(QNO) - Ngày 14.3, UBND huyện Nông Sơn tổ chức lễ trao danh hiệu.', 'Ủy ban nhân dân huyện Nông Sơn'],
    ['Ngày 2-6, Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh Thanh Hóa tổ chức Hội nghị biểu dương.', 'Ban Dân vận Tỉnh ủy, Ủy ban Mặt trận Tổ quốc tỉnh Thanh Hóa'],
    ['Ngày 18/5, UBND thành phố giao Phòng Tư pháp chủ trì, phối hợp với UBND xã Tân Lập tổ chức Hội nghị tuyên truyền.', 'Phòng Tư pháp'],
    ['Chiều 13/1, tại Ban Dân tộc tỉnh, Khối thi đua các cơ quan Tham mưu 2 tổ chức Hội nghị tổng kết.', 'Khối thi đua các cơ quan Tham mưu 2'],
    ['Sáng 21/9, tại Trung tâm Hội nghị tỉnh, tỉnh Hà Nam long trọng tổ chức Đại hội Thi đua yêu nước.', 'tỉnh Hà Nam'],
    ['Sáng 24/7, Sở Tư pháp Phú Thọ đãtổ chức Hội nghị điển hình tiên tiến.', 'Sở Tư pháp Phú Thọ'],
  ])('%s → %s', (text, organizer) => {
    const result = analyze(text)
    expect(result.organizer?.name).toBe(organizer)
    expect(result.issuingAgency?.name).toBe(organizer)
  })

  it('a person who chairs is not an organizer; the byline agency still issues', () => {
    const result = analyze('Ngày 6/3, đồng chí Lò Văn Mừng, Chủ tịch UBND tỉnh đã chủ trì Hội nghị tổng kết công tác thi đua.\nBáo Điện Biên')
    expect(result.organizer).toBeNull()
    expect(result.event?.kind).toBe('Hội nghị')
  })

  it('an office of the organizer in the byline ("Văn phòng Sở") issues as the organizer', () => {
    const result = analyze('Sáng 4/8, Sở Tư pháp tỉnh Hà Giang tổ chức Hội nghị sơ kết.\nĐỗ Lan - Văn phòng Sở')
    expect(result.issuingAgency?.name).toBe('Sở Tư pháp tỉnh Hà Giang')
  })
})

describe('event: more verbs, nouns and name ends', () => {
  it.each([
    ['Ngày 15/3, Sở Nội vụ tỉnh Bắc Giang mở lớp tập huấn nghiệp vụ thi đua năm 2022 theo hình thức trực tuyến.', 'Tập huấn', 'lớp tập huấn nghiệp vụ thi đua năm 2022', 'Sở Nội vụ tỉnh Bắc Giang'],
    ['Sáng 14/11, Ủy ban MTTQ Việt Nam xã Yên Phú phối hợp với UBND xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, hướng tới ngày truyền thống.', 'Ngày hội', 'Ngày hội Đại đoàn kết toàn dân tộc năm 2025', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Yên Phú'],
    ['Chiều 18/10, Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk tổ chức Tọa đàm "Phụ nữ với kinh tế số" nhân kỷ niệm ngày thành lập Hội.', 'Tọa đàm', 'Tọa đàm "Phụ nữ với kinh tế số"', 'Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk'],
    ['Tối 27/4, Liên đoàn Lao động tỉnh Hà Tĩnh tổ chức Lễ tuyên dương công nhân tiêu biểu năm 2024 nhân dịp Tháng Công nhân.', 'Lễ', 'Lễ tuyên dương công nhân tiêu biểu năm 2024', 'Liên đoàn Lao động tỉnh Hà Tĩnh'],
    ['Sáng 19/5, Huyện ủy Nghi Xuân tổ chức mít tinh kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh.', 'Mít tinh', 'mít tinh kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh', 'Huyện ủy Nghi Xuân'],
    ['Chiều 26/3, Đoàn Thanh niên Sở Nội vụ tổ chức buổi sinh hoạt chuyên đề về văn hóa công sở.', 'Sinh hoạt chuyên đề', 'buổi sinh hoạt chuyên đề về văn hóa công sở', 'Đoàn Thanh niên Sở Nội vụ'],
    ['Tối 30/4, Sở Văn hóa tỉnh Hà Tĩnh tổ chức Chương trình nghệ thuật "Non sông liền một dải".', 'Chương trình nghệ thuật', 'Chương trình nghệ thuật "Non sông liền một dải"', 'Sở Văn hóa tỉnh Hà Tĩnh'],
  ])('%s', (text, kind, name, organizer) => {
    const result = analyze(text)
    expect(result.event).toMatchObject({ kind, name })
    expect(result.organizer?.name).toBe(organizer)
  })
})

describe('event: the steps of the event between "tổ chức" and its noun ("tổ chức bế mạc và trao giải Hội thi …")', () => {
  it.each([
    ['Sáng 9/12, Liên đoàn Lao động tỉnh Nghệ An tổ chức khai mạc Hội thi an toàn vệ sinh viên giỏi năm 2025.', 'Hội thi', 'Hội thi an toàn vệ sinh viên giỏi năm 2025', 'Liên đoàn Lao động tỉnh Nghệ An'],
    ['Chiều 12/12, Huyện đoàn Đức Thọ tổ chức bế mạc và trao giải Hội trại thanh niên năm 2025.', 'Hội trại', 'Hội trại thanh niên năm 2025', 'Huyện đoàn Đức Thọ'],
    ['Tối 20/11, Phòng Văn hóa huyện Kỳ Anh tổ chức bế mạc, tổng kết và trao giải Liên hoan văn nghệ quần chúng năm 2025.', 'Liên hoan', 'Liên hoan văn nghệ quần chúng năm 2025', 'Phòng Văn hóa huyện Kỳ Anh'],
  ])('%s', (text, kind, name, organizer) => {
    const result = analyze(text)
    expect(result.event).toMatchObject({ kind, name })
    expect(result.organizer?.name).toBe(organizer)
  })
  it('a ceremony named by "Lễ" keeps the steps in its name: "tổ chức Lễ bế mạc và trao giải Hội thi …"', () => {
    const result = analyze('Chiều 12/12, Huyện đoàn Đức Thọ tổ chức Lễ bế mạc và trao giải Hội thi tin học trẻ năm 2025.')
    expect(result.event).toMatchObject({ kind: 'Lễ', name: 'Lễ bế mạc và trao giải Hội thi tin học trẻ năm 2025' })
  })
})

describe('event name: where a second predicate ends it', () => {
  it.each([
    [
      'Sáng 19/11, Phòng Giáo dục huyện Ea Kar tổ chức Lễ kỷ niệm 42 năm Ngày Nhà giáo Việt Nam 20/11 và tuyên dương 35 giáo viên tiêu biểu.',
      'Lễ kỷ niệm 42 năm Ngày Nhà giáo Việt Nam 20/11',
    ],
    [
      'Ngày 8/1, Sở Y tế tỉnh Gia Lai tổ chức Hội nghị tổng kết công tác y tế năm 2024; triển khai nhiệm vụ năm 2025.',
      'Hội nghị tổng kết công tác y tế năm 2024; triển khai nhiệm vụ năm 2025',
    ],
    [
      'Sáng 2/9, UBND xã Tân Lập tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước trao tặng cho Nhân dân xã.',
      'Lễ đón nhận Huân chương Lao động hạng Nhì',
    ],
    [
      'Chiều 3/6, Hội Nông dân tỉnh Sơn La tổ chức Hội nghị sơ kết công tác hội năm 2024 và phát động phong trào thi đua năm 2025.',
      'Hội nghị sơ kết công tác hội năm 2024 và phát động phong trào thi đua năm 2025',
    ],
    [
      'Ngày 2/4, UBND huyện Bá Thước tổ chức Hội nghị sơ kết phong trào thi đua "Chung tay vì người nghèo - Để không ai bị bỏ lại phía sau" giai đoạn 2021 - 2025.',
      'Hội nghị sơ kết phong trào thi đua "Chung tay vì người nghèo - Để không ai bị bỏ lại phía sau" giai đoạn 2021 - 2025',
    ],
  ])('%s', (text, name) => {
    expect(analyze(text).event?.name).toBe(name)
  })
})

describe('event name: the headline names it more fully', () => {
  it('"… Đại hội Thi đua yêu nước tỉnh Gia Lai lần thứ VI" in the headline, "tỉnh lần thứ VI" in the lead', () => {
    const text = [
      'Khai mạc Đại hội Thi đua yêu nước tỉnh Gia Lai lần thứ VI (2025-2030)',
      'Sáng 10/9, UBND tỉnh Gia Lai tổ chức Đại hội Thi đua yêu nước toàn tỉnh lần thứ VI, giai đoạn 2025-2030.',
    ].join('\n')
    const result = analyze(text)
    expect(result.event?.name).toBe('Đại hội Thi đua yêu nước tỉnh Gia Lai lần thứ VI (2025-2030)')
    expect(text.slice(result.event!.span.start, result.event!.span.end)).toBe(result.event!.name)
  })

  it('keeps the lead\'s name when the headline has no fuller form', () => {
    const text = [
      'Gia Lai: Tôn vinh điển hình tiên tiến',
      'Sáng 10/9, UBND tỉnh Gia Lai tổ chức Hội nghị điển hình tiên tiến toàn tỉnh lần thứ VI.',
    ].join('\n')
    expect(analyze(text).event?.name).toBe('Hội nghị điển hình tiên tiến toàn tỉnh lần thứ VI')
  })
})
