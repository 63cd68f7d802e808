import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'
import type { ArticleAnalysis } from '../../src/types.js'
import { expectValidResult } from './arbitraries.js'

/** Fields that only an article can fill: a non-article must leave them empty. */
function invented(result: ArticleAnalysis): string[] {
  const filled: string[] = []
  for (const field of ['event', 'organizer', 'issuingAgency', 'author', 'publishedDate', 'location'] as const) {
    if (result[field] !== null) filled.push(field)
  }
  for (const field of ['agencies', 'attendees', 'people', 'awards', 'campaigns', 'documents', 'dates'] as const) {
    if (result[field].length > 0) filled.push(field)
  }
  const { collectives, individuals, unstated } = result.awardTotals
  if (collectives + individuals + unstated > 0) filled.push('awardTotals')
  return filled
}

const cases: [string, string][] = [
  ['empty input ""', ''],
  ['white space only', '   \n\n\t  \n'],
  ['a line break only', '\n'],
  ['control characters and lone surrogates', '\u0000\u0001\u0002 \ufffd\ufffd \ud800'],
  ['English news', 'The city council met on Tuesday to discuss the new budget.\nMembers argued for hours about road repairs, but no decision was reached.'],
  ['French news', 'Le conseil municipal s’est réuni mardi pour discuter du nouveau budget.\nLes membres ont débattu pendant des heures des travaux.'],
  ['Chinese news', '市议会周二开会讨论新的预算。议员们就道路维修和学校经费争论了几个小时。'],
  ['Vietnamese chit-chat without article structure', 'chúng mình đi uống cà phê nhé, trời mát lắm, vui ghê'],
  ['a Vietnamese word list', 'bàn ghế cây xanh mây trời nước biển cát vàng gió lộng'],
  ['slashes and digits "1/1/1/1"', '1/1/1/1/1/1/1/1'],
]

describe('honest results: a text that is no Vietnamese article gets warnings and no invented fields', () => {
  it.each(cases)('%s: no invented fields', (_name, input) => {
    const result = analyze(input)
    expectValidResult(input, result)
    expect(invented(result)).toEqual([])
  })

  it.each(cases)('%s: says why in warnings', (_name, input) => {
    expect(analyze(input).warnings).not.toEqual([])
  })

  it.each([
    ['English', 'eng', 'The city council met on Tuesday to discuss the new budget and the repairs of the old bridge.'],
    ['French', 'fra', 'Le conseil municipal s’est réuni mardi pour discuter du nouveau budget de la ville.'],
  ])('%s text is marked not Vietnamese (%s)', (_name, code, input) => {
    const result = analyze(input)
    expect(result.language).toEqual({ code, isVietnamese: false })
    expect(result.warnings).toContain(`not Vietnamese (${code})`)
  })

  it('an empty input has no parts and no title', () => {
    const result = analyze('')
    expect(result.parts).toEqual([])
    expect(result.title).toBeNull()
  })
})
