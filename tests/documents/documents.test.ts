import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'
import { findDocuments, numberParts } from '../../src/documents/index.js'

function docs(text: string) {
  return analyze(text).documents.map((d) => ({ number: d.number, type: d.type, issuer: d.issuer, date: d.date }))
}

describe('document numbers: type and issuer from the code (Decree 30/2020/NĐ-CP)', () => {
  it.each([
    ['Quyết định số 215/QĐ-UBND', '215/QĐ-UBND', 'Quyết định', 'UBND'],
    ['Kế hoạch số 64/KH-UBND', '64/KH-UBND', 'Kế hoạch', 'UBND'],
    ['Kế hoạch 12/KH-STP', '12/KH-STP', 'Kế hoạch', 'STP'],
    ['Nghị định số 91/2017/NĐ-CP', '91/2017/NĐ-CP', 'Nghị định', 'CP'],
    ['Nghị định 152/2025/NĐ-CP', '152/2025/NĐ-CP', 'Nghị định', 'CP'],
    ['Nghị quyết số 18-NQ/TW', '18-NQ/TW', 'Nghị quyết', 'TW'],
    ['Nghị quyết số 45/NQ-HĐND', '45/NQ-HĐND', 'Nghị quyết', 'HĐND'],
    ['Nghị quyết 07/2021/NQ-HĐND', '07/2021/NQ-HĐND', 'Nghị quyết', 'HĐND'],
    ['Thông tư số 12/2019/TT-BNV', '12/2019/TT-BNV', 'Thông tư', 'BNV'],
    ['Thông tư 03/2023/TT-BTP', '03/2023/TT-BTP', 'Thông tư', 'BTP'],
    ['Công văn số 1187/UBND-NC', '1187/UBND-NC', 'Công văn', 'UBND'],
    ['Công văn 220/STP-PBGDPL', '220/STP-PBGDPL', 'Công văn', 'STP'],
    ['Chỉ thị số 05-CT/TW', '05-CT/TW', 'Chỉ thị', 'TW'],
    ['Chỉ thị 21/CT-TTg', '21/CT-TTg', 'Chỉ thị', 'TTg'],
    ['Quyết định số 1590/QĐ-TTg', '1590/QĐ-TTg', 'Quyết định', 'TTg'],
    ['Quyết định số 33/2022/QĐ-UBND', '33/2022/QĐ-UBND', 'Quyết định', 'UBND'],
    ['Quyết định 487/QĐ-CTN', '487/QĐ-CTN', 'Quyết định', 'CTN'],
    ['Kết luận số 01-KL/TW', '01-KL/TW', 'Kết luận', 'TW'],
    ['Thông báo số 88/TB-VPCP', '88/TB-VPCP', 'Thông báo', 'VPCP'],
    ['Hướng dẫn số 36-HD/BTGTW', '36-HD/BTGTW', 'Hướng dẫn', 'BTGTW'],
    ['Hướng dẫn 09/HD-HĐTĐKT', '09/HD-HĐTĐKT', 'Hướng dẫn', 'HĐTĐKT'],
    ['Chương trình số 14/CTr-UBND', '14/CTr-UBND', 'Chương trình', 'UBND'],
    ['Tờ trình số 77/TTr-SNV', '77/TTr-SNV', 'Tờ trình', 'SNV'],
    ['Báo cáo số 301/BC-UBND', '301/BC-UBND', 'Báo cáo', 'UBND'],
    ['Đề án số 06/ĐA-UBND', '06/ĐA-UBND', 'Đề án', 'UBND'],
    ['Phương án số 02/PA-BCĐ', '02/PA-BCĐ', 'Phương án', 'BCĐ'],
    ['Công điện số 04/CĐ-TTg', '04/CĐ-TTg', 'Công điện', 'TTg'],
    ['Giấy mời số 19/GM-STP', '19/GM-STP', 'Giấy mời', 'STP'],
    ['Quy chế số 03/QC-HĐPH', '03/QC-HĐPH', 'Quy chế', 'HĐPH'],
    ['Thông tư liên tịch số 09/2013/TTLT-BTP-BNV', '09/2013/TTLT-BTP-BNV', 'Thông tư liên tịch', 'BTP-BNV'],
    ['Luật số 06/2022/QH15', '06/2022/QH15', 'Luật', 'QH15'],
    ['văn bản số 515/SNV-TĐKT', '515/SNV-TĐKT', 'Văn bản', 'SNV'],
  ])('%s', (phrase, number, type, issuer) => {
    const found = docs(`Căn cứ ${phrase} về công tác thi đua, các đơn vị triển khai.`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ number, type, issuer })
  })

  it('splits a Party number written with a hyphen first', () => {
    expect(numberParts('25-CT/TU')).toEqual({ type: 'Chỉ thị', issuer: 'TU' })
  })
})

describe('document dates: "ngày …" right after the number', () => {
  it.each([
    ['Quyết định số 45/QĐ-UBND ngày 09/3/2023 của UBND tỉnh', '2023-03-09'],
    ['Kế hoạch số 30/KH-STP ngày 2-2-2024', '2024-02-02'],
    ['Nghị định số 73/2024/NĐ-CP ngày 30 tháng 6 năm 2024', '2024-06-30'],
    ['Thông tư 10/2020/TT-BTP, ban hành ngày 5/8/2020', '2020-08-05'],
    ['Kế hoạch số 8/KH-UBND của UBND huyện', null],
  ])('%s', (phrase, date) => {
    expect(docs(`Triển khai ${phrase}, ngành đã hoàn thành.`)[0]?.date).toBe(date)
  })

  it('takes the signing date written before "ký Quyết định số …"', () => {
    const found = docs('Ngày 4 tháng 7 năm 2022, Thủ tướng Chính phủ đã ký Quyết định số 812/QĐ-TTg về việc tặng Cờ thi đua.')
    expect(found[0]?.date).toBe('2022-07-04')
  })
})

describe('not document numbers: dates, ratios, periods', () => {
  it.each([
    'Có 9/9 xã, thị trấn đã tổ chức Hội thi cấp xã.',
    'Ngày 20/11/2023, trường tổ chức lễ kỷ niệm.',
    'Giai đoạn 2021-2025, tỉnh đạt 98/100 điểm.',
    'Kỷ niệm ngày truyền thống 28/8 của ngành.',
  ])('%s', (text) => {
    expect(docs(text)).toEqual([])
  })
})

describe('laws cited by name: type Luật, number null', () => {
  it.each([
    ['tuyên truyền Luật Phòng, chống tham nhũng', 'Luật Phòng, chống tham nhũng'],
    ['thi hành Luật Hòa giải ở cơ sở và các văn bản hướng dẫn', 'Luật Hòa giải ở cơ sở'],
    ['phổ biến Luật hộ tịch cho người dân', 'Luật hộ tịch'],
    ['quán triệt Bộ luật Lao động năm 2019 có hiệu lực', 'Bộ luật Lao động năm 2019'],
  ])('%s', (phrase, text) => {
    const found = analyze(`Sở đã ${phrase}.`).documents
    expect(found.map((d) => [d.text, d.number, d.type])).toEqual([[text, null, text.startsWith('Bộ') ? 'Bộ luật' : 'Luật']])
  })

  it('"Luật sư" is a lawyer, not a law', () => {
    expect(analyze('Hội nghị có sự tham gia của Luật sư Trần Văn Bình.').documents).toEqual([])
  })
})

describe('a law name ends at the line end', () => {
  it('does not run into the next line', () => {
    const found = analyze('Tin ngắn\nSở tuyên truyền Luật Hòa giải ở cơ sở\nỦy ban nhân dân tỉnh chỉ đạo.').documents
    expect(found.map((d) => d.text)).toEqual(['Luật Hòa giải ở cơ sở'])
  })
})

describe('the type word before a number, in any case and spacing', () => {
  it.each([
    ['Căn cứ QUYẾT ĐỊNH SỐ 12/QĐ-UBND của tỉnh.', 'QUYẾT ĐỊNH SỐ 12/QĐ-UBND', 'Quyết định'],
    ['Thực hiện Kế hoạch  số  7/KH-SNV của Sở.', 'Kế hoạch  số  7/KH-SNV', 'Kế hoạch'],
    ['Theo Nghị quyết liên tịch 03/2019/NQLT-CP của Chính phủ.', 'Nghị quyết liên tịch 03/2019/NQLT-CP', 'Nghị quyết liên tịch'],
  ])('%s', (sentence, text, type) => {
    const found = findDocuments(sentence, [], [])
    expect(found.map((d) => [d.text, d.type])).toEqual([[text, type]])
  })

  it('three spaces before the number leave the type word out', () => {
    expect(findDocuments('Theo Quyết định   45/QĐ-UBND.', [], []).map((d) => d.text)).toEqual(['45/QĐ-UBND'])
  })
})

describe('many numbers among many dates stay linear', () => {
  it('a long run of numbered decisions with dates', () => {
    const unit = 'Quyết định số 123/QĐ-UBND ngày 10/01/2024; '
    const text = unit.repeat(4000)
    const started = performance.now()
    const found = analyze(text).documents
    expect(found).toHaveLength(4000)
    expect(found[3999]!.date).toBe('2024-01-10')
    expect(performance.now() - started).toBeLessThan(20_000)
  })
})
