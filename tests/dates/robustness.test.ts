import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDates } from '../../src/dates/index.js'

const pieces = [
  'ngày ', 'Sáng ', 'chiều ', 'tối cùng ngày', ' 12/01/2024', ' 5/3', '-', ' đến ', 'từ ', 'tháng ', ' năm ', '2024',
  'quý II', ' âm lịch', 'rằm ', 'mồng ', 'thứ Hai', ' (', ')', ', ', '14h30', ' giờ ', '31/02', '99/99/9999', '123/QĐ-UBND',
  'hôm qua', '\n', '.', '9', '0', '/', 'giai đoạn 2020 - 2025',
]

describe('any input: no throw, spans inside the text, mentions in order and apart', () => {
  it('date-like soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.option(fc.constantFrom('2024-01-15', '1999-12-31')), (parts, referenceDate) => {
        const text = parts.join('')
        const { dates } = findDates(text, { referenceDate })
        let last = 0
        for (const date of dates) {
          expect(date.span.start).toBeGreaterThanOrEqual(last)
          expect(date.span.end).toBeGreaterThan(date.span.start)
          expect(text.slice(date.span.start, date.span.end)).toBe(date.text)
          expect(date.value).toMatch(/^(?:\d{4}|-)(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/u)
          last = date.span.end
        }
      }),
      { numRuns: 300 },
    )
  })
  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => findDates(text)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })
  it('a long run of digits and separators stays fast', () => {
    const text = '1/'.repeat(50_000) + ' ngày '.repeat(20_000) + '12-'.repeat(30_000)
    const started = performance.now()
    findDates(text)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
