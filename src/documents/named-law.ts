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
 * What every head ends with ("ật" of "Luật", "Bộ luật"), and the heads by what stands before it:
 * one native `indexOf` scan of a rare letter finds them all in order, and the text before each
 * hit tells which head (if any) it ends.
 */
const HEAD_END = 'ật'
const headsBefore = types.laws.map((law) => {
  if (!law.endsWith(HEAD_END)) throw new Error(`vn-admin-news: law head "${law}" does not end with "${HEAD_END}"`)
  return law.slice(0, -HEAD_END.length)
})
// A hit ends at most one head when no head's beginning ends with another's ("Lu", "Bộ lu").
for (const [i, a] of headsBefore.entries()) {
  for (const [j, b] of headsBefore.entries()) if (i !== j && a.endsWith(b)) throw new Error(`vn-admin-news: law heads "${a}" and "${b}" overlap`)
}

/** Where a head word ("Luật", "Bộ luật") starts, in order. */
function headsAt(text: string): number[] {
  const found: number[] = []
  for (let hit = text.indexOf(HEAD_END); hit !== -1; hit = text.indexOf(HEAD_END, hit + 1)) {
    for (const before of headsBefore) {
      if (hit >= before.length && text.startsWith(before, hit - before.length)) {
        found.push(hit - before.length)
        break
      }
    }
  }
  return found
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
