import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'

describe('awards, campaigns and documents on odd input never throw', () => {
  const samples: [string, string][] = [
    ['empty', ''],
    ['only quotes', '""""""" " " "'],
    ['a quote never closed', 'phong trào thi đua "Vì một tương lai'],
    ['numbers and codes only', '1/QĐ- 2/ /QĐ 3-NQ/ 04/2024/ số ngày 99/99/9999'],
    ['forms without anything else', 'Bằng khen Giấy khen Cờ thi đua Huân chương'],
    ['a verb at the very end', 'Giám đốc Sở tặng'],
    ['counts without nouns', 'tặng Bằng khen cho 05 và 10'],
    ['random code units', Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('')],
  ]
  it.each(samples)('%s', (_name, text) => {
    const result = analyze(text)
    expect(Array.isArray(result.awards)).toBe(true)
    expect(result.awardTotals.unstated).toBeGreaterThanOrEqual(0)
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })

  it('stays linear on a long run of award sentences', () => {
    const unit = 'Tại lễ, UBND tỉnh tặng Bằng khen cho 5 tập thể, 7 cá nhân; Quyết định số 12/QĐ-UBND, phong trào thi đua "Vì dân". '
    const text = `Tin tổng hợp\n${unit.repeat(2000)}`
    const started = performance.now()
    const result = analyze(text)
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(result.awards).toHaveLength(1)
    expect(result.awards[0]?.collectives).toBe(5)
  })
})
