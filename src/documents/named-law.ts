import types from '../../dictionaries/document-types.json' with { type: 'json' }

/** A law cited by its name only ("Luật Hòa giải ở cơ sở"): its span and type. */
export interface NamedLaw {
  start: number
  end: number
  type: string
}

const heads = [...types.laws].sort((a, b) => b.length - a.length).join('|')
const notNames = types.notLawNames.join('|')

/**
 * "Luật" (capital L) and a name of at most ten words, up to punctuation or a word that starts
 * the rest of the sentence ("và", "có hiệu lực", "được", …). "Luật sư" (lawyer) is not a law.
 * Sticky: tried only where a head word stands ({@link headsAt}).
 */
const namedLaw = new RegExp(
  `(?<!\\p{L})(${heads}) (?!(?:${notNames}|số)(?!\\p{L}))\\p{L}+(?:(?: |, (?=(?:khen thưởng|chống)(?!\\p{L})))(?!(?:và|hoặc|có|được|cho|tại|của|để|nhằm|trong|đã|với|về|theo|thì|là|sẽ|đang|ngày)(?!\\p{L}))[\\p{L}\\p{N}]+){0,10}`,
  'uy',
)

/**
 * Where a head word ("Luật", "Bộ luật") starts, in order: native `indexOf` of capitalised words is
 * a very fast scan, one cursor per head, merged (no sort).
 */
function headsAt(text: string): number[] {
  const found: number[] = []
  const cursors = types.laws.map((law) => text.indexOf(law))
  for (;;) {
    let h = -1
    for (let i = 0; i < cursors.length; i++) if (cursors[i]! !== -1 && (h === -1 || cursors[i]! < cursors[h]!)) h = i
    if (h === -1) return found
    const at = cursors[h]!
    cursors[h] = text.indexOf(types.laws[h]!, at + 1)
    found.push(at)
  }
}

/** Every law named without a number in `text`. */
export function findNamedLaws(text: string): NamedLaw[] {
  const laws: NamedLaw[] = []
  let next = 0
  for (const at of headsAt(text)) {
    // A head inside a law found before is part of its name, as a global scan would skip it.
    if (at < next) continue
    namedLaw.lastIndex = at
    const match = namedLaw.exec(text)
    if (match === null) continue
    const start = match.index
    next = start + match[0].length
    const before = text.slice(Math.max(0, start - 3), start)
    if (start > 0 && /(?:^|[.!?]\s{1,2}|\n)$/u.test(before) && /^\p{L}+\s\p{Ll}/u.test(match[0])) continue
    laws.push({ start, end: start + match[0].length, type: match[1] ?? 'Luật' })
  }
  return laws
}
