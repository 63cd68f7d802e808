import { countGate } from './count.js'
import { formFirstWords, formStartsAt, mayStartForm } from './forms.js'
import { alternation, formData, phrase } from './lexicon.js'
import { firstWords, isWordStart, wordsIn } from './scan.js'

const formlessFirst = firstWords(formData.formlessVerbs)
/** A form-less verb as the verb pattern of a clause reads it ("trao thưởng", "khen thưởng"). */
const formlessVerb = new RegExp(`(?:${alternation(formData.formlessVerbs)})(?!\\p{L})`, 'uy')

/**
 * The first words of award forms and form-less verbs, one group per first letter ("[Bb](?:ằng|à)"):
 * one native scan finds the few places worth a closer look, without splitting the text into words.
 */
const candidate = (() => {
  const byLetter = new Map<string, string[]>()
  for (const word of new Set([...formFirstWords, ...formlessFirst])) {
    byLetter.set(word[0]!, [...(byLetter.get(word[0]!) ?? []), word.slice(1)])
  }
  const groups = [...byLetter].map(([letter, rests]) => `${phrase(letter)}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`)
  return new RegExp(`(?:${groups.join('|')})(?!\\p{L})`, 'gu')
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
    if (!isWordStart(text, start)) continue
    const lower = match[0].toLowerCase()
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
  const words = wordsIn(text, start, text.length, 18)
  for (let i = 2; i < words.length && i <= 8; i++) {
    if (countGate(words[i]!.lower, words, i)) return true
  }
  return false
}
