import { countGate, mayStartCount } from './count.js'
import { formOpenings, formStartsAt, mayStartForm } from './forms.js'
import { alternation, formData, lowerWord, phrase } from './lexicon.js'
import { firstWords, isWordStart, isWordUnit, wordsIn } from './scan.js'

const formlessFirst = firstWords(formData.formlessVerbs)
/** A form-less verb as the verb pattern of a clause reads it ("trao thưởng", "khen thưởng"). */
const formlessVerb = new RegExp(`(?:${alternation(formData.formlessVerbs)})(?!\\p{L})`, 'uy')

/**
 * The first words of award forms and form-less verbs, each with a white space and the first
 * letter of the next word (or a second white space), one group per first letter
 * ("[Bb](?:ằng\s[\sKkCc]|…)"): one native scan finds the few places worth a closer look, without
 * splitting the text into words. No quantifier, so no backtracking.
 */
const candidate = (() => {
  const openings = [
    ...formOpenings,
    ...formData.formlessVerbs.map((verb) => {
      const [first, second] = verb.split(' ')
      return [first!, second === undefined ? null : second[0]!.toUpperCase() + second[0]!] as const
    }),
  ]
  const nexts = new Map<string, string | null>()
  for (const [first, letters] of openings) {
    const known = nexts.get(first)
    nexts.set(first, known === null || letters === null ? null : (known ?? '') + letters)
  }
  const byLetter = new Map<string, string[]>()
  for (const [first, letters] of nexts) {
    const rest = (first.length > 1 ? phrase(first.slice(1), false) : '') + (letters === null ? '(?!\\p{L})' : `\\s[\\s${[...new Set(letters)].join('')}]`)
    byLetter.set(first[0]!, [...(byLetter.get(first[0]!) ?? []), rest])
  }
  const groups = [...byLetter].map(([letter, rests]) => `${phrase(letter)}(?:${rests.join('|')})`)
  return new RegExp(groups.join('|'), 'gu')
})()

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
    const lower = lowerWord(text.slice(start, end))
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
