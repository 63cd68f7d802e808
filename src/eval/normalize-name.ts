import { normalizeText } from '../normalize/text.js'

/** Abbreviations the scorer expands before comparing names. */
const abbreviations: [RegExp, string][] = [
  [/(?<!\p{L})ubnd(?!\p{L})/gu, 'ủy ban nhân dân'],
  [/(?<!\p{L})hđnd(?!\p{L})/gu, 'hội đồng nhân dân'],
  [/(?<!\p{L})ubmttq(?!\p{L})/gu, 'ủy ban mặt trận tổ quốc'],
  [/(?<!\p{L})mttq(?!\p{L})/gu, 'mặt trận tổ quốc'],
  [/(?<!\p{L})tp(?!\p{L})/gu, 'thành phố'],
  [/(?<!\p{L})hcm(?!\p{L})/gu, 'hồ chí minh'],
  [/(?<!\p{L})gd&đt(?!\p{L})/gu, 'giáo dục và đào tạo'],
]

/**
 * The form names are compared in: NFC, new tone placement, lower case, abbreviations expanded,
 * punctuation dropped, spaces collapsed.
 */
export function normalizeName(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null
  let text = normalizeText(name).text.toLowerCase()
  for (const [pattern, expansion] of abbreviations) text = text.replace(pattern, expansion)
  text = text.replace(/[^\p{L}\p{N}&]+/gu, ' ').trim()
  return text.length === 0 ? null : text
}
