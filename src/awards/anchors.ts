import { countGate, mayStartCount } from './count.js'
import { formOpenings, formStartsAt, mayStartForm } from './forms.js'
import { alternation, formData, phrase } from './lexicon.js'
import { firstWords, isWordStart, isWordUnit, wordsIn } from './scan.js'

const formlessFirst = firstWords(formData.formlessVerbs)
/** A form-less verb as the verb pattern of a clause reads it ("trao thưởng", "khen thưởng"). */
const formlessVerb = new RegExp(`(?:${alternation(formData.formlessVerbs)})(?!\\p{L})`, 'uy')

/**
 * The first two words of award forms and form-less verbs, one group per first letter
 * ("[Bb](?:ằng\s{1,2}[Kk]hen|…)"): one native scan finds the few places worth a closer look,
 * without splitting the text into words.
 */
const candidate = (() => {
  const openings = [
    ...formOpenings,
    ...formData.formlessVerbs.map((verb) => {
      const [first, second] = verb.split(' ')
      return [first!, second === undefined ? null : phrase(second)] as const
    }),
  ]
  const byLetter = new Map<string, Set<string>>()
  for (const [first, second] of openings) {
    const rest = (first.length > 1 ? phrase(first.slice(1), false) : '') + (second === null ? '(?!\\p{L})' : `\\s{1,2}${second}`)
    byLetter.set(first[0]!, (byLetter.get(first[0]!) ?? new Set()).add(rest))
  }
  const groups = [...byLetter].map(([letter, rests]) => `${phrase(letter)}(?:${[...rests].join('|')})`)
  return new RegExp(groups.join('|'), 'gu')
})()

/** First words lower-cased before: the same few come back in every article. */
const lowers = new Map<string, string>()

function lowered(word: string): string {
  let lower = lowers.get(word)
  if (lower === undefined) {
    if (lowers.size >= 1000) lowers.clear()
    lowers.set(word, (lower = word.toLowerCase()))
  }
  return lower
}

let cachedText: string | null = null
let cachedAnchors: number[] = []

/**
 * Where `text` may state a conferral: the starts of its award forms and of its form-less verbs
 * with a count after them ("trao thưởng cho 16 tập thể"), the only words a clause reads
 * conferrals from. A clause or sentence without one states none, so it is not read at all.
 * Computed once per text, in order.
 */
export function anchorsOf(text: string): number[] {
  if (text === cachedText) return cachedAnchors
  const anchors: number[] = []
  candidate.lastIndex = 0
  for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
    const start = match.index
    // The next search starts in this match: its second word may open a form of its own ("Bà mẹ").
    candidate.lastIndex = start + 1
    if (!isWordStart(text, start)) continue
    let end = start + 1
    while (end < text.length && isWordUnit(text.charCodeAt(end))) end++
    const lower = lowered(text.slice(start, end))
    if (mayStartForm(lower) ? formStartsAt(text, start, lower) : formlessAt(text, start, lower)) anchors.push(start)
  }
  cachedText = text
  cachedAnchors = anchors
  return anchors
}

/** Whether a form-less verb starts at `start` and a count may follow it (after "cho" or a second verb). */
function formlessAt(text: string, start: number, lower: string): boolean {
  if (!formlessFirst.has(lower)) return false
  formlessVerb.lastIndex = start
  if (!formlessVerb.test(text)) return false
  // A count starts with a number: most form-less verbs ("thi đua, khen thưởng năm …") have none near.
  const near = wordsIn(text, start, text.length, 9)
  if (!near.some((word, i) => i >= 2 && mayStartCount(word.lower))) return false
  const words = wordsIn(text, start, text.length, 18)
  for (let i = 2; i < words.length && i <= 8; i++) {
    if (countGate(words[i]!.lower, words, i)) return true
  }
  return false
}
