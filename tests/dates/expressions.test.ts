import { describe, expect, it } from 'vitest'
import { findDates } from '../../src/dates/index.js'

/** Monday 15 January 2024: resolves year-less, relative and weekday expressions below. */
const REFERENCE = '2024-01-15'

type Row = [input: string, value: string, end: string | null, precision: string, partOfDay: string | null]

function only(input: string) {
  const { dates } = findDates(input, { referenceDate: REFERENCE })
  expect(dates, `dates of "${input}"`).toHaveLength(1)
  const [date] = dates
  return { value: date!.value, end: date!.end, precision: date!.precision, partOfDay: date!.partOfDay }
}

const rows: Row[] = [
  // numeric forms
  ['12/01/2024', '2024-01-12', null, 'day', null],
  ['1/2/2024', '2024-02-01', null, 'day', null],
  ['12-01-2024', '2024-01-12', null, 'day', null],
  ['12.01.2024', '2024-01-12', null, 'day', null],
  ['12 / 01 / 2024', '2024-01-12', null, 'day', null],
  ['12/01/24', '2024-01-12', null, 'day', null],
  ['05/11/98', '1998-11-05', null, 'day', null],
  ['ngày 29/02/2024', '2024-02-29', null, 'day', null],
  // with words
  ['ngày 12 tháng 01 năm 2024', '2024-01-12', null, 'day', null],
  ['ngày 5 tháng 3, 2023', '2023-03-05', null, 'day', null],
  ['27 Tháng 8 2023', '2023-08-27', null, 'day', null],
  ['ngày 19 tháng Tám năm 1945', '1945-08-19', null, 'day', null],
  // without a year: the year that puts it nearest the reference
  ['ngày 12/01', '2024-01-12', null, 'day', null],
  ['ngày 28/12', '2023-12-28', null, 'day', null],
  ['Ngày 2-6', '2024-06-02', null, 'day', null],
  ['Ngày 14.3', '2024-03-14', null, 'day', null],
  ['(28/8)', '2023-08-28', null, 'day', null],
  ['mồng 5', '2024-01-05', null, 'day', null],
  ['mùng 2 tháng 9', '2023-09-02', null, 'day', null],
  // months and years
  ['tháng 01/2024', '2024-01', null, 'month', null],
  ['tháng 3 năm 2024', '2024-03', null, 'month', null],
  ['tháng 12-2023', '2023-12', null, 'month', null],
  ['năm 2024', '2024', null, 'year', null],
  // quarters and parts of the year
  ['quý I/2024', '2024-01', '2024-03', 'month', null],
  ['quý II năm 2024', '2024-04', '2024-06', 'month', null],
  ['quý 3/2023', '2023-07', '2023-09', 'month', null],
  ['quý IV', '2024-10', '2024-12', 'month', null],
  ['6 tháng đầu năm 2024', '2024-01', '2024-06', 'month', null],
  ['6 tháng cuối năm 2023', '2023-07', '2023-12', 'month', null],
  ['9 tháng đầu năm', '2024-01', '2024-09', 'month', null],
  // ranges
  ['từ ngày 10 đến 12/01/2024', '2024-01-10', '2024-01-12', 'day', null],
  ['từ 10 - 12/01/2024', '2024-01-10', '2024-01-12', 'day', null],
  ['trong 2 ngày 10 và 11/01', '2024-01-10', '2024-01-11', 'day', null],
  ['ngày 14-15/9/2023', '2023-09-14', '2023-09-15', 'day', null],
  ['từ ngày 10/01 đến ngày 12/01/2024', '2024-01-10', '2024-01-12', 'day', null],
  ['từ 28/12/2023 đến 02/01/2024', '2023-12-28', '2024-01-02', 'day', null],
  ['từ 28/12 - 2/1/2024', '2023-12-28', '2024-01-02', 'day', null],
  ['năm học 2023-2024', '2023', '2024', 'year', null],
  ['giai đoạn 2021 - 2025', '2021', '2025', 'year', null],
  ['từ năm 2009 đến năm 2019', '2009', '2019', 'year', null],
  // clock times
  ['lúc 14 giờ 30 phút ngày 12/01/2024', '2024-01-12T14:30', null, 'minute', null],
  ['14h30 ngày 12/01/2024', '2024-01-12T14:30', null, 'minute', null],
  ['8 giờ ngày 5/3/2024', '2024-03-05T08:00', null, 'minute', null],
  ['ngày 12/01/2024, lúc 9h', '2024-01-12T09:00', null, 'minute', null],
  ['2 giờ chiều ngày 5/3/2024', '2024-03-05T14:00', null, 'minute', 'afternoon'],
  ['lúc 18:46, Thứ Ba, 08/09/2020', '2020-09-08T18:46', null, 'minute', null],
  // parts of the day
  ['Chiều ngày 12/01/2024', '2024-01-12', null, 'day', 'afternoon'],
  ['sáng 5/3', '2024-03-05', null, 'day', 'morning'],
  ['Trưa 20/1', '2024-01-20', null, 'day', 'noon'],
  ['tối 31/12/2023', '2023-12-31', null, 'day', 'evening'],
  ['đêm 24/12', '2023-12-24', null, 'day', 'night'],
  ['tối cùng ngày', '2024-01-15', null, 'day', 'evening'],
  // relative to the reference
  ['hôm nay', '2024-01-15', null, 'day', null],
  ['hôm qua', '2024-01-14', null, 'day', null],
  ['ngày mai', '2024-01-16', null, 'day', null],
  ['sáng nay', '2024-01-15', null, 'day', 'morning'],
  ['chiều qua', '2024-01-14', null, 'day', 'afternoon'],
  ['sáng mai', '2024-01-16', null, 'day', 'morning'],
  ['năm nay', '2024', null, 'year', null],
  ['năm ngoái', '2023', null, 'year', null],
  ['Hôm nay (ngày 10/7/2018)', '2018-07-10', null, 'day', null],
  ['Sáng mai 9-9', '2023-09-09', null, 'day', 'morning'],
  // weekdays
  ['thứ Hai (15/01)', '2024-01-15', null, 'day', null],
  ['Thứ Ba, 16/01/2024', '2024-01-16', null, 'day', null],
  ['Chủ nhật', '2024-01-14', null, 'day', null],
  ['sáng thứ Bảy', '2024-01-13', null, 'day', 'morning'],
  // lunar dates (the Vietnamese calendar, UTC+7)
  ['mồng 5 tháng Giêng âm lịch', '2024-02-14', null, 'day', null],
  ['rằm tháng Giêng', '2024-02-24', null, 'day', null],
  ['mùng 10 tháng 3 âm lịch', '2024-04-18', null, 'day', null],
  ['rằm tháng Bảy âm lịch năm 2024', '2024-08-18', null, 'day', null],
  ['mồng 1 Tết', '2024-02-10', null, 'day', null],
  ['15/8 âm lịch', '2023-09-29', null, 'day', null],
]

describe('date expressions: value, end, precision, part of day (reference Monday 15/01/2024)', () => {
  it('has at least 60 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60)
  })
  it.each(rows)('%s → %s', (input, value, end, precision, partOfDay) => {
    expect(only(input)).toEqual({ value, end, precision, partOfDay })
  })
  it.each(rows)('the mention of "%s" is the whole expression', (input) => {
    const { dates } = findDates(input, { referenceDate: REFERENCE })
    expect(dates[0]?.text).toBe(input.replace(/^\((.*)\)$/u, '$1'))
  })
})

/** Phrases that hold no date, though they look like parts of one. */
const notDates = [
  'sáng kiến cải tiến kỹ thuật',
  'tinh thần sáng tạo',
  'phạt tối đa 3 tháng lương',
  'mức lương tối thiểu vùng',
  'phát triển chiều sâu',
  'đạt 3/4 chỉ tiêu',
  'được chấm 7/10 điểm',
  'Quyết định số 123/QĐ-UBND',
  'Nghị định 98/2023/NĐ-CP',
  'Thông tư số 01/2023/TT-BTP',
  'Điện thoại: 0912.345.678',
  'ĐT: 0260 3862 345',
  'Hotline (028) 3829 1234',
  'gọi 0912-345-678',
  'trong 10 năm',
  'sau 24 giờ',
  '31/02/2024',
  '99/99/9999',
  '11/11 huyện đã tổ chức xong',
  'với 199/200 xã dự thi',
  '1.267 tập thể lao động xuất sắc',
  'Đại hội lần thứ hai',
  'đoạt giải thứ ba',
  'danh hiệu cao quý',
  'tháng 13/2024',
  'tỷ số 2-1',
  'thắng 3-0',
  'chiếm 12,5%',
]

describe('phrases that are not dates', () => {
  it('has at least 20 phrases', () => {
    expect(notDates.length).toBeGreaterThanOrEqual(20)
  })
  it.each(notDates)('%s', (input) => {
    expect(findDates(input, { referenceDate: REFERENCE }).dates).toEqual([])
  })
  it('"2023-2024" (a school year) is a year range, not a day', () => {
    const [date, ...rest] = findDates('năm học 2023-2024 và 2023-2024', { referenceDate: REFERENCE }).dates
    expect(rest).toHaveLength(1)
    expect(date).toMatchObject({ value: '2023', end: '2024', precision: 'year' })
    expect(rest[0]).toMatchObject({ value: '2023', end: '2024', precision: 'year' })
  })
})

describe('more ways articles write dates', () => {
  it.each([
    ['trong 2 ngày (15-16/1)', '2024-01-15', '2024-01-16'],
    ['từ ngày 15/1 đến hết ngày 20/1/2024', '2024-01-15', '2024-01-20'],
    ['các ngày 15, 16/1/2024', '2024-01-15', '2024-01-16'],
  ])('%s', (input, value, end) => {
    expect(findDates(input, { referenceDate: REFERENCE }).dates).toMatchObject([{ value, end }])
  })
  it.each([
    ['2024-01-15', '2024-01-15'],
    ['cập nhật 2024/01/09 08:30', '2024-01-09T08:30'],
    ['ngày 15/01/2024 (thứ Hai)', '2024-01-15'],
    ['Sáng nay (15/1)', '2024-01-15'],
    ['Hội nghị diễn ra vào 20/1 tại Hà Nội', '2024-01-20'],
    ['Vào lúc 8 giờ 00 ngày 16/01/2024', '2024-01-16T08:00'],
  ])('%s', (input, value) => {
    expect(findDates(input, { referenceDate: REFERENCE }).dates.map((d) => d.value)).toEqual([value])
  })
  it('"Thứ hai, cần …" is an enumeration, not Monday', () => {
    expect(findDates('Thứ nhất, phải làm tốt. Thứ hai, cần tăng cường.', { referenceDate: REFERENCE }).dates).toEqual([])
  })
})
