import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/index.js'
import type { ArticleAnalysis } from '../src/types.js'

const FIELDS = [
  'language', 'parts', 'title', 'location', 'publishedDate', 'event', 'dates', 'agencies', 'organizer',
  'issuingAgency', 'author', 'attendees', 'people', 'awards', 'awardTotals', 'campaigns', 'documents', 'warnings',
]

/** Every `{ text, span }` in the result slices its own input. */
export function expectHonestSpans(input: string, result: ArticleAnalysis): void {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (typeof node !== 'object' || node === null) return
    const record = node as Record<string, unknown>
    if (typeof record.text === 'string' && typeof record.span === 'object' && record.span !== null) {
      const span = record.span as { start: number; end: number }
      expect(input.slice(span.start, span.end)).toBe(record.text)
    }
    Object.values(record).forEach(walk)
  }
  walk(result)
}

/** The values of a result, without texts and spans (which differ between encodings). */
function values(result: ArticleAnalysis): unknown {
  return JSON.parse(JSON.stringify(result, (key, value) => (key === 'text' || key === 'span' ? undefined : value)))
}

const article = `Gia Lai: Tổ chức Hội nghị tổng kết công tác hòa giải năm 2024

Thứ Hai, 13/01/2025 - 09:15
Gia Lai: Tổ chức Hội nghị tổng kết công tác hòa giải năm 2024
Sáng ngày 10/01/2025, Sở Tư pháp tỉnh Gia Lai tổ chức Hội nghị tổng kết công tác hòa giải ở cơ sở năm 2024. Tham dự Hội nghị có lãnh đạo Sở Tư pháp; đại diện Phòng Tư pháp các huyện, thị xã, thành phố.
Năm 2024, các tổ hòa giải trên địa bàn tỉnh đã hòa giải thành nhiều vụ việc, góp phần giữ gìn đoàn kết trong cộng đồng dân cư.
Dịp này, Giám đốc Sở Tư pháp tặng Giấy khen cho 04 tập thể và 07 cá nhân có thành tích xuất sắc.
Trần Minh Khoa - Sở Tư pháp tỉnh Gia Lai`

describe('analyze: the whole contract shape', () => {
  it('returns every field, plain JSON, for an article', () => {
    const result = analyze(article)
    expect(Object.keys(result).sort()).toEqual([...FIELDS].sort())
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })

  it('returns every field for empty input, with a warning', () => {
    const result = analyze('')
    expect(Object.keys(result).sort()).toEqual([...FIELDS].sort())
    expect(result.title).toBeNull()
    expect(result.warnings.length).toBeGreaterThan(0)
  })

  it('reads title, place, date line, byline', () => {
    const result = analyze(article)
    expect(result.title?.text).toBe('Gia Lai: Tổ chức Hội nghị tổng kết công tác hòa giải năm 2024')
    expect(result.location?.name).toBe('Gia Lai')
    expect(result.publishedDate?.value.slice(0, 10)).toBe('2025-01-13')
    expect(result.author).toMatchObject({ name: 'Trần Minh Khoa', agency: 'Sở Tư pháp tỉnh Gia Lai' })
    expect(result.parts.map((part) => part.kind)).toEqual([
      'title', 'dateline', 'repeated-title', 'lead', 'paragraph', 'paragraph', 'byline',
    ])
    expect(result.language).toEqual({ code: 'vie', isVietnamese: true })
  })
})

describe('analyze: NFC, NFD, old tone placement and CRLF give the same values', () => {
  const variants: [string, string][] = [
    ['NFD', article.normalize('NFD')],
    ['old tone placement', article.replace(/hòa/g, 'hoà')],
    ['CRLF and non-breaking spaces', article.replace(/\n/g, '\r\n').replace(/ Sở/g, '\u00a0Sở')],
  ]
  it.each(variants)('%s', (_, variant) => {
    const result = analyze(variant)
    expect(values(result)).toEqual(values(analyze(article)))
    expectHonestSpans(variant, result)
  })
})

describe('analyze: input validation', () => {
  it.each([[null], [42], [undefined], [{}]])('a non-string input (%j) is a TypeError', (input) => {
    expect(() => analyze(input as unknown as string)).toThrow(TypeError)
  })

  it.each([
    [{ referenceDate: '15/01/2024' }],
    [{ referenceDate: '2024-02-31' }],
    [{ format: 'pdf' }],
    [{ unknown: true }],
    ['text'],
  ])('a bad option %j is a TypeError naming it', (options) => {
    expect(() => analyze('x', options as never)).toThrow(TypeError)
  })
})

describe('analyze: non-Vietnamese input is flagged', () => {
  it('English text gets a warning', () => {
    const result = analyze('The provincial department of justice held a conference on Monday to review its work in the past year.')
    expect(result.language.isVietnamese).toBe(false)
    expect(result.warnings.some((warning) => warning.startsWith('not Vietnamese'))).toBe(true)
  })
})

const seed = new URL('../../shared/seeds/kon-tum-2024-01-15.txt', import.meta.url)

describe.skipIf(!existsSync(seed))('the founding article (../shared/seeds), when present', () => {
  const text = existsSync(seed) ? readFileSync(seed, 'utf8') : ''
  const forms: [string, string][] = [
    ['NFC', text],
    ['NFD', text.normalize('NFD')],
    ['old tone placement', text.replace(/hòa/g, 'hoà').replace(/Hòa/g, 'Hoà').replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ')],
  ]
  it.each(forms)('%s: title, place, date, parts, author', (_, input) => {
    const result = analyze(input)
    expect(result.location?.name).toBe('Kon Tum')
    expect(result.title?.text.normalize('NFC')).toContain('Tổ chức Hội nghị triển khai công tác tư pháp năm 2024')
    expect(result.publishedDate?.value).toBe('2024-01-15')
    expect(result.publishedDate?.role).toBe('published')
    expect(result.author?.name).toBe('Nguyễn Trung Hiếu')
    expect(result.author?.agency).toBe('Sở Tư pháp tỉnh Kon Tum')
    expect(new Set(result.parts.map((part) => part.kind))).toEqual(
      new Set(['title', 'dateline', 'repeated-title', 'lead', 'paragraph', 'byline']),
    )
    expectHonestSpans(input, result)
    expect(values(result)).toEqual(values(analyze(text)))
  })
})
