/**
 * One cheap pass over a text that finds its words, so that the dictionary matchers run only
 * where a word could start an entry (a capitalised head, a title, a name) instead of at every
 * offset: the regular expressions with large alternations stay off the hot path.
 */

/** 0: not a letter, 1: lower-case letter or digit, 2: capital letter. */
const classOf = new Uint8Array(0x1f00)
for (let code = 0; code < classOf.length; code++) {
  const ch = String.fromCharCode(code)
  if (/\p{Lu}/u.test(ch)) classOf[code] = 2
  else if (/[\p{L}\p{N}]/u.test(ch)) classOf[code] = 1
}

/** The class of the char at `code` (letters beyond the table count as lower-case letters). */
export function charClass(code: number): number {
  if (code < classOf.length) return classOf[code]!
  return code >= 0x2000 && code <= 0x2bff ? 0 : code >= 0xd800 && code <= 0xdfff ? 0 : 1
}

/** The words of a text: parallel arrays of offsets, and whether each is capitalised. */
export interface WordIndex {
  starts: number[]
  ends: number[]
  capitalized: boolean[]
}

let lastText: string | null = null
let lastIndex: WordIndex | null = null

/** The words of `text` (letters and digits; "&" and "'" inside a word are kept), memoised for the last text. */
export function wordsOf(text: string): WordIndex {
  if (lastText === text && lastIndex !== null) return lastIndex
  const starts: number[] = []
  const ends: number[] = []
  const capitalized: boolean[] = []
  const length = text.length
  let i = 0
  while (i < length) {
    const kind = charClass(text.charCodeAt(i))
    if (kind === 0) {
      i++
      continue
    }
    const start = i
    i++
    while (i < length) {
      const code = text.charCodeAt(i)
      if (charClass(code) !== 0 || ((code === 38 || code === 39) && i + 1 < length && charClass(text.charCodeAt(i + 1)) !== 0)) i++
      else break
    }
    starts.push(start)
    ends.push(i)
    capitalized.push(kind === 2)
  }
  lastText = text
  lastIndex = { starts, ends, capitalized }
  return lastIndex
}

/** The first word at or after `offset` (binary search). */
export function firstWordAt(index: WordIndex, offset: number): number {
  let lo = 0
  let hi = index.starts.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (index.starts[mid]! < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
