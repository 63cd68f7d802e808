import { classOf, letterAt, SPACE } from './chars.js'
import { countGate, mayStartCount } from './count.js'
import { formOpenings, formStartsAt, mayStartForm } from './forms.js'
import { alternation, formData, phrase } from './lexicon.js'
import { firstWords, isWordStart, isWordUnit, knownLower, wordsIn } from './scan.js'

const formlessFirst = firstWords(formData.formlessVerbs)
/** A form-less verb as the verb pattern of a clause reads it ("trao thưởng", "khen thưởng"). */
const formlessVerb = new RegExp(`(?:${alternation(formData.formlessVerbs)})(?!\\p{L})`, 'uy')

/**
 * The first words of award forms and form-less verbs, each with a white space and the first
 * letter of the next word (or a second white space), one group per first letter
 * ("[Bb](?:ằng\s[\sKkCc]|…)"): one native scan finds the few places worth a closer look, without
 * splitting the text into words. No quantifier, so no backtracking. Without the `u` flag the
 * scan runs much faster; so a first word that may stand alone ("Cờ") is matched bare, last of its
 * group, and {@link anchorsOf} tests that no letter follows it.
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
    const rest = (first.length > 1 ? phrase(first.slice(1), false) : '') + (letters === null ? '' : `\\s[\\s${[...new Set(letters)].join('')}]`)
    byLetter.set(first[0]!, [...(byLetter.get(first[0]!) ?? []), rest])
  }
  // A bare word last: an alternative tried after it could start with it ("Cờ" before "Cờn …").
  const last = (rest: string) => (rest.includes('\\s') ? 0 : 1)
  const groups = [...byLetter].map(([letter, rests]) => `${phrase(letter)}(?:${rests.sort((a, b) => last(a) - last(b)).join('|')})`)
  return new RegExp(groups.join('|'), 'g')
})()

/**
 * Where `text` may state a conferral: the starts of its award forms and of its form-less verbs
 * with a count after them ("trao thưởng cho 16 tập thể"), the only words a clause reads
 * conferrals from. A clause or sentence without one states none, so it is not read at all.
 * Computed once per article, in order, from `from` on.
 */
export function anchorsOf(text: string, from = 0): number[] {
  const anchors: number[] = []
  candidate.lastIndex = from
  for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
    const start = match.index
    // The next search starts in this match: its second word may open a form of its own ("Bà mẹ").
    candidate.lastIndex = start + 1
    if (!isWordStart(text, start) || (bare(match[0]) && letterAt(text, start + match[0].length))) continue
    let end = start + 1
    while (end < text.length && isWordUnit(text.charCodeAt(end))) end++
    const lower = knownLower(text, start, end)
    if (mayStartForm(lower) ? formStartsAt(text, start, lower) : formlessAt(text, start, end, lower)) anchors.push(start)
  }
  return anchors
}

/** Whether a form-less verb starts at `start` and a count may follow it (after "cho" or a second verb). */
function formlessAt(text: string, start: number, end: number, lower: string): boolean {
  if (!formlessFirst.has(lower)) return false
  formlessVerb.lastIndex = start
  if (!formlessVerb.test(text)) return false
  // A count starts with a number: most form-less verbs ("thi đua, khen thưởng năm …") have none
  // near, which a look at the next words' code units tells without a list of them.
  if (!countNear(text, end)) return false
  const words = wordsIn(text, start, text.length, 18)
  for (let i = 2; i < words.length && i <= 8; i++) {
    if (countGate(words[i]!.lower, words, i)) return true
  }
  return false
}

/** Whether one of the 2nd to 8th words after the word ending at `end` may start a count (see {@link mayStartCount}). */
function countNear(text: string, end: number): boolean {
  let i = end
  for (let index = 1; index <= 8; index++) {
    while (i < text.length && !isWordUnit(text.charCodeAt(i))) i++
    if (i >= text.length) return false
    const start = i
    while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
    if (index >= 2) {
      const first = text.charCodeAt(start)
      if ((first >= 48 && first <= 57) || mayStartCount(knownLower(text, start, i))) return true
    }
  }
  return false
}

/** Whether a match of {@link candidate} is a bare first word (it holds no white space). */
function bare(match: string): boolean {
  for (let i = 0; i < match.length; i++) if (classOf(match.charCodeAt(i)) === SPACE) return false
  return true
}
