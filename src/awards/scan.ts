import forms from '../../dictionaries/award-forms.json' with { type: 'json' }
import numbers from '../../dictionaries/number-words.json' with { type: 'json' }
import kinds from '../../dictionaries/recipient-kinds.json' with { type: 'json' }

/**
 * A word of the text. `lower` is the word lower-cased when it is a word of {@link vocabulary},
 * its first digit when it starts with one, else "": every test of a word is a lookup in a list
 * made of vocabulary words or a test for a first digit, which "" answers as the word would, and
 * no string is made per word.
 */
export interface Word {
  start: number
  end: number
  lower: string
}

/**
 * Letters and digits, by code unit: ASCII, and everything from U+00C0 but the symbol and
 * punctuation blocks. A loop over code units is several times faster than a `\p{L}` pattern;
 * the patterns run at the words found keep the exact definition.
 */
function wordUnitRule(code: number): boolean {
  if (code < 0xc0) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (code === 0xd7 || code === 0xf7) return false
  if (code >= 0x2000 && code <= 0x2bff) return false
  if (code >= 0x3000 && code <= 0x303f) return false
  if (code >= 0xfe30 && code <= 0xff0f) return false
  return true
}

/** {@link wordUnitRule} for every code unit, looked up instead of worked out in the loops. */
const wordUnits = new Uint8Array(0x10000)
for (let code = 0; code < 0x10000; code++) wordUnits[code] = wordUnitRule(code) ? 1 : 0

/** Whether a code unit belongs to a word (see {@link wordUnitRule}). */
export function isWordUnit(code: number): boolean {
  return wordUnits[code] === 1
}

/** The lower case of the code units below U+2000 (-1 where it is not one unit, as for "İ"). */
const lowerTable = new Int32Array(0x2000)
for (let code = 0; code < lowerTable.length; code++) {
  const lower = String.fromCharCode(code).toLowerCase()
  lowerTable[code] = lower.length === 1 ? lower.charCodeAt(0) : -1
}

/**
 * The lower case of one code unit (-1 where it is not one unit). A word's units lowered one by
 * one spell what `toLowerCase()` makes of it whenever that can be a word of the Vietnamese lists
 * (the only context rule, Greek final sigma, and units that lower to two never occur in them).
 */
export function lowerCode(code: number): number {
  if (code < 0x2000) return lowerTable[code]!
  const lower = String.fromCharCode(code).toLowerCase()
  return lower.length === 1 ? lower.charCodeAt(0) : -1
}

/** Every word of the phrases the stage's word tests read (forms, verbs, counts, recipient nouns, openers, issuer stops), lower-cased. */
const vocabulary: readonly string[] = (() => {
  const phrases = [
    ...forms.forms.map((form) => form.head),
    ...forms.verbs,
    ...forms.formlessVerbs,
    ...kinds.collective,
    ...kinds.individual,
    ...Object.keys(numbers.units),
    numbers.ten,
    numbers.tens,
    numbers.hundred,
    ...numbers.thousands,
    ...numbers.zeroLinks,
    'danh hiệu giải lượt',
    // Words a count follows (`opens` of count.ts).
    'và cùng cho có gồm với',
    // Words that end an issuer phrase (issuer.ts).
    ...forms.issuerStops,
  ]
  return [...new Set(phrases.flatMap((phrase) => phrase.toLowerCase().split(/[\s,]+/u)).filter((word) => word.length > 0))]
})()

/** FNV-1a over lower-cased code units; -1 (no word of the vocabulary) when a unit has no one-unit lower case. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0
  for (let i = start; i < end; i++) {
    const lower = lowerCode(text.charCodeAt(i))
    if (lower < 0) return -1
    hash = Math.imul(hash ^ lower, 0x01000193)
  }
  return hash & 0x7fffffff
}

/** Open addressing over {@link vocabulary}: per slot, the index + 1 of the word there (0: empty). */
const slots = new Int32Array(1 << Math.ceil(Math.log2(vocabulary.length * 4 + 16)))
const slotMask = slots.length - 1
vocabulary.forEach((word, index) => {
  let slot = hashOf(word, 0, word.length) & slotMask
  while (slots[slot] !== 0) slot = (slot + 1) & slotMask
  slots[slot] = index + 1
})

/**
 * Per lower-cased first unit below U+2000, a bit for each length (below 31) a vocabulary word
 * starting with it has: most words of a text are turned down by this one look.
 */
const lengthsByFirst = new Int32Array(0x2000)
for (const word of vocabulary) {
  const first = word.charCodeAt(0)
  if (first < 0x2000 && word.length < 31) lengthsByFirst[first]! |= 1 << word.length
}

/** The word `text[start, end)` lower-cased if it is one of {@link vocabulary}, else "" (no string made). */
export function knownLower(text: string, start: number, end: number): string {
  const length = end - start
  const first = lowerCode(text.charCodeAt(start))
  if (length <= 0 || first < 0 || (first < 0x2000 && (length > 30 || ((lengthsByFirst[first]! >>> length) & 1) === 0))) return ''
  const hash = hashOf(text, start, end)
  if (hash < 0) return ''
  for (let slot = hash & slotMask; slots[slot] !== 0; slot = (slot + 1) & slotMask) {
    const word = vocabulary[slots[slot]! - 1]!
    if (word.length !== length) continue
    let i = 0
    while (i < length && lowerCode(text.charCodeAt(start + i)) === word.charCodeAt(i)) i++
    if (i === length) return word
  }
  return ''
}

/**
 * What a {@link Word} holds as `lower`: the vocabulary word, or for a word that starts with a
 * digit its first digit (tests read only that digit of it: no list holds a word with a digit).
 */
function lowerOf(text: string, start: number, end: number): string {
  const first = text.charCodeAt(start)
  return first >= 48 && first <= 57 ? text.charAt(start) : knownLower(text, start, end)
}

/**
 * The words of `text` that start between `from` and `to`, at most `limit` of them, read from
 * there only: a clause or a look-ahead needs a few words, not the whole text's.
 */
export function wordsIn(text: string, from: number, to: number, limit = Infinity): Word[] {
  const words: Word[] = []
  const end = Math.min(to, text.length)
  let i = from
  if (i > 0) while (i < end && isWordUnit(text.charCodeAt(i - 1)) && isWordUnit(text.charCodeAt(i))) i++
  while (i < end && words.length < limit) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
    words.push({ start, end: i, lower: lowerOf(text, start, i) })
  }
  return words
}

/** Whether a word starts at `at` (a word unit after a non-word unit). */
export function isWordStart(text: string, at: number): boolean {
  return isWordUnit(text.charCodeAt(at)) && (at === 0 || !isWordUnit(text.charCodeAt(at - 1)))
}

export { firstAtOrAfter } from '../offsets.js'

/** The index of the first word that starts at or after `from`. */
export function firstWordAt(words: readonly Word[], from: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (words[mid]!.start < from) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * Matches of a sticky pattern that start at a word of `text` between `from` and `to` whose
 * lower-cased form `gate` accepts: one test per word instead of trying a long alternation
 * at every character. Matches may not overlap; each must end by `to`. `words` are the text's
 * words from `from` on ({@link wordsIn}); gates may look at the next ones.
 */
export function scan(
  text: string,
  from: number,
  to: number,
  gate: (word: string, words: readonly Word[], index: number) => boolean,
  sticky: RegExp,
  words: readonly Word[],
): RegExpExecArray[] {
  if (!sticky.sticky) throw new Error('vn-admin-news: scan() needs a sticky (y) pattern')
  const found: RegExpExecArray[] = []
  let after = from
  for (let i = firstWordAt(words, from); i < words.length; i++) {
    const word = words[i]!
    if (word.start >= to) break
    if (word.start < after || !gate(word.lower, words, i)) continue
    sticky.lastIndex = word.start
    const match = sticky.exec(text)
    if (match === null || match.index + match[0].length > to) continue
    found.push(match)
    after = match.index + match[0].length
  }
  return found
}

/** The lower-cased first words of phrases, for a {@link scan} gate. */
export function firstWords(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((p) => p.split(/\s+/u)[0]!.toLowerCase()))
}
