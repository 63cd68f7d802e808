/** A word of the text, lower-cased once. */
export interface Word {
  start: number
  end: number
  lower: string
}

let cachedText: string | null = null
let cachedWords: Word[] = []

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

/** The words of `text`, computed once per text (the stages call this many times per article). */
export function wordsOf(text: string): Word[] {
  if (text === cachedText) return cachedWords
  const words: Word[] = []
  const length = text.length
  const lowered = text.toLowerCase()
  const lower = lowered.length === length ? lowered : null
  let i = 0
  while (i < length) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < length && isWordUnit(text.charCodeAt(i))) i++
    words.push({ start, end: i, lower: lower === null ? text.slice(start, i).toLowerCase() : lower.slice(start, i) })
  }
  cachedText = text
  cachedWords = words
  return words
}

/**
 * The words of {@link wordsOf} that start between `from` and `to`, at most `limit` of them, read
 * from there only: a clause or a look-ahead needs a few words, not the whole text's.
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
    words.push({ start, end: i, lower: '' })
  }
  if (words.length === 0) return words
  // One lower-casing for the whole stretch: per word it is a runtime call each.
  const offset = words[0]!.start
  const stretch = text.slice(offset, words[words.length - 1]!.end)
  const lowered = stretch.toLowerCase()
  for (const word of words) {
    word.lower = lowered.length === stretch.length ? lowered.slice(word.start - offset, word.end - offset) : text.slice(word.start, word.end).toLowerCase()
  }
  return words
}

/** Whether a word of {@link wordsOf} starts at `at` (a word unit after a non-word unit). */
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
 * lower-cased form `gate` accepts: one set lookup per word instead of trying a long alternation
 * at every character. Matches may not overlap; each must end by `to`. `words` are the text's
 * words from `from` on ({@link wordsOf} or {@link wordsIn}); gates may look at the next ones.
 */
export function scan(
  text: string,
  from: number,
  to: number,
  gate: (word: string, words: readonly Word[], index: number) => boolean,
  sticky: RegExp,
  words: readonly Word[] = wordsOf(text),
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

/**
 * A {@link scan} gate for phrases: the word must start a phrase and the next word must be that
 * phrase's second word, so a common first word ("người", "xây") rarely runs the pattern.
 */
export function phraseGate(phrases: readonly string[]): (word: string, words: readonly Word[], index: number) => boolean {
  const seconds = new Map<string, Set<string> | null>()
  for (const phrase of phrases) {
    const [first, second] = phrase.toLowerCase().split(/[\s,]+/u)
    if (first === undefined) continue
    if (second === undefined || seconds.get(first) === null) seconds.set(first, null)
    else {
      const set = seconds.get(first) ?? new Set<string>()
      set.add(second)
      seconds.set(first, set)
    }
  }
  return (word, words, index) => {
    if (!seconds.has(word)) return false
    const set = seconds.get(word)
    return set === null || set === undefined || set.has(words[index + 1]?.lower ?? '')
  }
}

/** One pattern of {@link scanRules}: the first words it may start with, a finer gate, the pattern. */
export interface ScanRule {
  first: readonly string[]
  gate?: (word: string, words: readonly Word[], index: number) => boolean
  sticky: RegExp
}

const ruleIndex = new WeakMap<readonly ScanRule[], Map<string, number[]>>()

/**
 * Several {@link scan}s in one pass over the words: each word costs one map lookup. Returns the
 * matches of each rule, in the rules' order.
 */
export function scanRules(text: string, from: number, to: number, rules: readonly ScanRule[]): RegExpExecArray[][] {
  let index = ruleIndex.get(rules)
  if (index === undefined) {
    index = new Map()
    rules.forEach((rule, r) => {
      if (!rule.sticky.sticky) throw new Error('vn-admin-news: scanRules() needs sticky (y) patterns')
      for (const word of rule.first) {
        const key = word.toLowerCase()
        index!.set(key, [...(index!.get(key) ?? []), r])
      }
    })
    ruleIndex.set(rules, index)
  }
  const words = wordsOf(text)
  const found: RegExpExecArray[][] = rules.map(() => [])
  const after = rules.map(() => from)
  for (let i = firstWordAt(words, from); i < words.length; i++) {
    const word = words[i]!
    if (word.start >= to) break
    const candidates = index.get(word.lower)
    if (candidates === undefined) continue
    for (const r of candidates) {
      const rule = rules[r]!
      if (word.start < after[r]! || (rule.gate !== undefined && !rule.gate(word.lower, words, i))) continue
      rule.sticky.lastIndex = word.start
      const match = rule.sticky.exec(text)
      if (match === null || match.index + match[0].length > to) continue
      found[r]!.push(match)
      after[r] = match.index + match[0].length
    }
  }
  return found
}
