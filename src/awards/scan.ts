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
function isWordUnit(code: number): boolean {
  if (code < 0xc0) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (code === 0xd7 || code === 0xf7) return false
  if (code >= 0x2000 && code <= 0x2bff) return false
  if (code >= 0x3000 && code <= 0x303f) return false
  if (code >= 0xfe30 && code <= 0xff0f) return false
  return true
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

/** Whether a word that `gate` accepts starts between `from` and `to`. */
export function hasWord(text: string, from: number, to: number, gate: (word: string) => boolean): boolean {
  const words = wordsOf(text)
  for (let i = firstWordAt(words, from); i < words.length && words[i]!.start < to; i++) {
    if (gate(words[i]!.lower)) return true
  }
  return false
}

function firstWordAt(words: readonly Word[], from: number): number {
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
 * at every character. Matches may not overlap; each must end by `to`.
 */
export function scan(
  text: string,
  from: number,
  to: number,
  gate: (word: string, words: readonly Word[], index: number) => boolean,
  sticky: RegExp,
): RegExpExecArray[] {
  const words = wordsOf(text)
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
