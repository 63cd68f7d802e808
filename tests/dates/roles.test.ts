import { describe, expect, it } from 'vitest'
import { findDates } from '../../src/dates/index.js'
import type { Part, PartKind } from '../../src/types.js'

/** An article from lines, each with its part kind, and its parts as the parts stage gives them. */
function article(lines: [PartKind, string][]): { text: string; parts: Part[] } {
  const parts: Part[] = []
  let text = ''
  for (const [kind, line] of lines) {
    parts.push({ kind, text: line, span: { start: text.length, end: text.length + line.length } })
    text += `${line}\n`
  }
  return { text, parts }
}

function roles(lines: [PartKind, string][], referenceDate?: string) {
  const { text, parts } = article(lines)
  return findDates(text, { parts, referenceDate: referenceDate ?? null })
}

describe('published: the date of the date line', () => {
  it('"Thứ Hai, 15/01/2024 - 08:30" gives the day, not the time', () => {
    const found = roles([
      ['title', 'Gia Lai: Hội nghị tổng kết công tác năm 2023'],
      ['dateline', 'Thứ Hai, 15/01/2024 - 08:30'],
      ['lead', 'Sáng 12/1, Sở Nội vụ tổ chức Hội nghị tổng kết.'],
    ])
    expect(found.published).toMatchObject({ value: '2024-01-15', precision: 'day', role: 'published' })
  })
  it('no date line: no published date', () => {
    const found = roles([
      ['title', 'Hội nghị tổng kết'],
      ['lead', 'Ngày 12/01/2024, Sở Nội vụ tổ chức Hội nghị tổng kết.'],
    ])
    expect(found.published).toBeNull()
    expect(found.dates.map((d) => d.role)).toEqual(['event'])
  })
})

describe('event: the date opening the lead', () => {
  it('"Sáng 24/7, Sở Tư pháp … tổ chức Hội nghị" takes the year of the date line', () => {
    const found = roles([
      ['title', 'Hội nghị điển hình tiên tiến'],
      ['dateline', '31/07/2020'],
      ['lead', 'Sáng 24/7, Sở Tư pháp tổ chức Hội nghị điển hình tiên tiến giai đoạn 2015-2020.'],
    ])
    const event = found.dates.find((d) => d.role === 'event')
    expect(event).toMatchObject({ text: 'Sáng 24/7', value: '2020-07-24', partOfDay: 'morning' })
  })
  it('"Ngày 13 tháng 11 năm 2020, …"', () => {
    const found = roles([['lead', 'Ngày 13 tháng 11 năm 2020, Chủ tịch nước ký Quyết định khen thưởng.']])
    expect(found.dates.find((d) => d.role === 'event')?.value).toBe('2020-11-13')
  })
  it('a holiday in parentheses before the clause date is not the event: "(28/8), Ngày 25/8/2023, …"', () => {
    const found = roles([
      ['dateline', '27/08/2023'],
      ['lead', 'Chào mừng Quốc khánh 2/9 và ngày truyền thống của Ngành (28/8), Ngày 25/8/2023, Ban Tổ chức đã tổ chức Hội thi.'],
    ])
    expect(found.dates.filter((d) => d.role === 'event').map((d) => d.value)).toEqual(['2023-08-25'])
  })
  it('a source tag before the date: "(TTXVN) - Chiều 11/4, …"', () => {
    const found = roles([['dateline', '12/04/2024'], ['lead', '(TTXVN) - Chiều 11/4, UBND huyện tổ chức hội nghị.']])
    expect(found.dates.find((d) => d.role === 'event')).toMatchObject({ value: '2024-04-11', partOfDay: 'afternoon' })
  })
  it('a multi-day event: the first day, with its end', () => {
    const found = roles([['dateline', '20/09/2023'], ['lead', 'Từ ngày 14-15/9/2023, Hội thi được tổ chức tại Hải Phòng.']])
    expect(found.dates.find((d) => d.role === 'event')).toMatchObject({ value: '2023-09-14', end: '2023-09-15' })
  })
  it('a subtitle lead without a date: the paragraph after it', () => {
    const found = roles([
      ['dateline', '10/07/2018'],
      ['lead', 'Phát huy sức mạnh tổng hợp'],
      ['paragraph', 'Hôm nay (ngày 10/7/2018), UBND tỉnh tổ chức tổng kết phong trào thi đua.'],
    ])
    expect(found.dates.find((d) => d.role === 'event')?.value).toBe('2018-07-10')
  })
  it('at most one event date', () => {
    const found = roles([
      ['dateline', '16/01/2024'],
      ['lead', 'Sáng 12/1, Sở tổ chức Hội nghị; chiều 13/1, Sở tiếp tục làm việc.'],
    ])
    expect(found.dates.filter((d) => d.role === 'event')).toHaveLength(1)
  })
})

describe('document: the date right after a document number', () => {
  it('"Quyết định số 123/QĐ-UBND ngày 12/01/2024"', () => {
    const found = roles([
      ['dateline', '20/01/2024'],
      ['lead', 'Sáng 19/1, Sở Tư pháp tổ chức Hội nghị.'],
      ['paragraph', 'Thực hiện Quyết định số 123/QĐ-UBND ngày 12/01/2024 của UBND tỉnh, Sở đã triển khai.'],
    ])
    expect(found.dates.map((d) => [d.value, d.role])).toEqual([
      ['2024-01-20', 'published'],
      ['2024-01-19', 'event'],
      ['2024-01-12', 'document'],
    ])
  })
  it('"Kế hoạch số 79/KH-UBND của UBND tỉnh ngày 27/02/2024"', () => {
    const found = roles([['paragraph', 'Theo Kế hoạch số 79/KH-UBND của UBND tỉnh ngày 27/02/2024, các huyện triển khai.']])
    expect(found.dates[0]).toMatchObject({ value: '2024-02-27', role: 'document' })
  })
  it('"Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương"', () => {
    const found = roles([['paragraph', 'Theo tinh thần Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.']])
    expect(found.dates[0]).toMatchObject({ value: '2017-10-25', role: 'document' })
  })
  it('"Nghị định 98/2023/NĐ-CP ngày 31/12/2023"', () => {
    const found = roles([['paragraph', 'Nghị định 98/2023/NĐ-CP ngày 31/12/2023 quy định chi tiết.']])
    expect(found.dates[0]).toMatchObject({ value: '2023-12-31', role: 'document' })
  })
})

describe('years: reference, publication date, sentence, or none', () => {
  it('referenceDate wins over the date line', () => {
    const found = roles([['dateline', '05/01/2025'], ['lead', 'Sáng 3/1, Sở họp.']], '2023-01-10')
    expect(found.dates.find((d) => d.role === 'event')?.value).toBe('2023-01-03')
  })
  it('across the new year: "28/12" read in early January is last year\'s', () => {
    const found = roles([['dateline', '03/01/2024'], ['lead', 'Chiều 28/12, Sở tổ chức hội nghị.']])
    expect(found.dates.find((d) => d.role === 'event')?.value).toBe('2023-12-28')
  })
  it('no reference: the year of a full date in the same sentence', () => {
    const found = roles([['lead', 'Sáng 12/9, đoàn lên đường dự Hội thi tổ chức từ ngày 14-15/9/2023.']])
    expect(found.dates.find((d) => d.role === 'event')?.value).toBe('2023-09-12')
  })
  it('no reference: the latest "năm YYYY" of the sentence, not a period', () => {
    const found = roles([['lead', 'Chiều 11/4, huyện tổng kết công tác năm 2023 và phát động thi đua năm 2024 giai đoạn 2021-2025.']])
    expect(found.dates.find((d) => d.role === 'event')?.value).toBe('2024-04-11')
    expect(found.warnings.some((w) => w.includes('Chiều 11/4'))).toBe(true)
  })
  it('no year anywhere: written without one ("--09-21"), with a warning, part of day kept', () => {
    const found = roles([['lead', 'Sáng 21/9, tỉnh tổ chức Đại hội Thi đua yêu nước giai đoạn 2025 - 2030.']])
    expect(found.dates.find((d) => d.role === 'event')).toMatchObject({ value: '--09-21', partOfDay: 'morning' })
    expect(found.warnings).toContain('no year for the date "Sáng 21/9": value left without a year')
  })
})

describe('relative days: against the reference or the previous date', () => {
  it('"tối cùng ngày" is the day of the date before it', () => {
    const found = roles([['lead', 'Sáng 10/1/2024, Sở họp. Tối cùng ngày, Sở tổ chức giao lưu.']], '2024-01-15')
    expect(found.dates.map((d) => [d.value, d.partOfDay])).toEqual([
      ['2024-01-10', 'morning'],
      ['2024-01-10', 'evening'],
    ])
  })
  it('"hôm qua" without any reference is dropped with a warning', () => {
    const found = findDates('Hôm qua, Sở họp.')
    expect(found.dates).toEqual([])
    expect(found.warnings).toHaveLength(1)
  })
})

describe('the year of a review is not the year of the event', () => {
  it('"Sáng 5/1, … tổng kết công tác năm 2023" is in 2024', () => {
    const found = roles([['lead', 'Sáng 5/1, Sở Nội vụ tổ chức Hội nghị tổng kết công tác năm 2023.']])
    expect(found.dates.find((d) => d.role === 'event')?.value).toBe('2024-01-05')
  })
  it('"Sáng 20/12, … tổng kết công tác năm 2023" is in 2023', () => {
    const found = roles([['lead', 'Sáng 20/12, Sở Nội vụ tổ chức Hội nghị tổng kết công tác năm 2023.']])
    expect(found.dates.find((d) => d.role === 'event')?.value).toBe('2023-12-20')
  })
  it('"… triển khai nhiệm vụ năm 2024" names the year itself', () => {
    const found = roles([['lead', 'Sáng 5/1, Sở tổ chức Hội nghị triển khai nhiệm vụ năm 2024.']])
    expect(found.dates.find((d) => d.role === 'event')?.value).toBe('2024-01-05')
  })
})

describe('lines keep their dates apart', () => {
  it('the time ending the date line is not the time of the lead\'s date', () => {
    const found = roles([
      ['dateline', '20/02/2025 10:15'],
      ['lead', 'Chiều 18/02, tại Hà Nội, Bộ Nội vụ tổ chức Hội nghị.'],
    ])
    expect(found.dates.find((d) => d.role === 'event')).toMatchObject({ text: 'Chiều 18/02', value: '2025-02-18', precision: 'day', partOfDay: 'afternoon' })
  })
  it('"Trong 2 ngày (10-11/9), …" opens the lead: the first day is the event date', () => {
    const found = roles([['dateline', '11/09/2024'], ['lead', 'Trong 2 ngày (10-11/9), UBND huyện tổ chức Đại hội.']])
    expect(found.dates.find((d) => d.role === 'event')).toMatchObject({ text: 'Trong 2 ngày (10-11/9)', value: '2024-09-10', end: '2024-09-11' })
  })
})

describe('a weekday opening the date line is no ordinal of the line above', () => {
  it('"… giải\\nThứ Hai, 15/01/2024" keeps its weekday', async () => {
    const { analyze } = await import('../../src/index.js')
    const result = analyze('Tổng kết hội thi hòa giải\nThứ Hai, 15/01/2024 - 09:30\nSở Tư pháp tổ chức hội nghị.')
    expect(result.publishedDate?.text).toBe('Thứ Hai, 15/01/2024')
  })
})
