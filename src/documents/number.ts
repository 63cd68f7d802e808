import types from '../../dictionaries/document-types.json' with { type: 'json' }

/** What a document number's code says: the type (from its abbreviation) and the issuer code. */
export interface NumberParts {
  type: string | null
  issuer: string | null
}

const abbreviations = new Map<string, string>(Object.entries(types.abbreviations))
const upperAbbreviations = new Map<string, string>(
  Object.entries(types.abbreviations).map(([code, name]) => [code.toUpperCase(), name]),
)

/**
 * A document number as Decree 30/2020/NĐ-CP and Party rules write it: `123/QĐ-UBND`,
 * `98/2023/NĐ-CP`, `27-NQ/TW`, `456/UBND-VP`, `06/2022/QH15`. The code must start with a capital
 * letter, so dates (`12/01/2024`) and ratios (`11/11 huyện`) never match.
 */
export const documentNumber =
  /(?<![\p{L}\p{N}/-])\d{1,5}(?:\/\d{4})?[/-]\p{Lu}[\p{L}\p{N}&]{0,11}(?:[-/]\p{Lu}[\p{L}\p{N}&]{0,11}){0,4}(?![\p{L}\p{N}])/gu

/** Splits a number's code into its type and issuer: `79/KH-UBND` → Kế hoạch, UBND. */
export function numberParts(number: string): NumberParts {
  const code = number.replace(/^\d{1,5}(?:\/\d{4})?[/-]/u, '')
  const segments = code.split(/[-/]/u).filter((segment) => segment.length > 0)
  const first = segments[0]
  if (first === undefined) return { type: null, issuer: null }
  const type = abbreviations.get(first) ?? upperAbbreviations.get(first.toUpperCase()) ?? null
  if (type !== null) {
    const rest = segments.slice(1)
    return { type, issuer: rest.length > 0 ? rest.join('-') : null }
  }
  return { type: null, issuer: first }
}

const typeNames = [...types.names].sort((a, b) => b.length - a.length)

/** A document type word right before a number: "Quyết định số ", "Kế hoạch ". */
const typeBefore = new RegExp(`(?<!\\p{L})(${typeNames.join('|')})\\s{1,2}(?:số\\s{1,2})?$`, 'iu')

/** The type word written right before `end` (the number's start), as written, with its span start. */
export function typeWordBefore(text: string, end: number): { name: string; start: number } | null {
  const from = Math.max(0, end - 40)
  const match = typeBefore.exec(text.slice(from, end))
  if (match === null || match[1] === undefined) return null
  const written = match[1]
  const canonical = typeNames.find((name) => name.toLowerCase() === written.toLowerCase()) ?? written
  return { name: canonical, start: from + match.index }
}
