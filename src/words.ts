import type { VnState } from './state.js'

/**
 * The words of an article, found by one cheap pass over its text and shared by the stages that
 * read words (agencies, people, attendees): dictionary matchers then run only where a word could
 * start an entry, and a word is compared with a dictionary by a hash of its folded chars instead
 * of a lower-cased copy of it.
 */

/** Where the classes of chars are read from the Unicode properties; above, by ranges. */
const READ_BELOW = 0x1f00

/**
 * 0: not a letter, 1: lower-case letter or digit, 2: capital letter; for every code unit (a
 * lookup without a range test). Beyond U+1F00 every char counts as a lower-case letter but
 * punctuation and symbols (U+2000–U+2BFF) and surrogates.
 */
const classOf = new Uint8Array(0x10000)
for (let code = 0; code < classOf.length; code++) {
  if (code >= READ_BELOW) classOf[code] = (code >= 0x2000 && code <= 0x2bff) || (code >= 0xd800 && code <= 0xdfff) ? 0 : 1
  else {
    const ch = String.fromCharCode(code)
    if (/\p{Lu}/u.test(ch)) classOf[code] = 2
    else if (/[\p{L}\p{N}]/u.test(ch)) classOf[code] = 1
  }
}

/** The class of the char at `code` (letters beyond U+1F00 count as lower-case letters). */
export function charClass(code: number): number {
  return code < classOf.length ? classOf[code]! : 1
}

/** Each char's lower case where it is one char (the char itself otherwise), for word tests without slicing. */
const lowerOf = new Uint16Array(0x1f00)
for (let code = 0; code < lowerOf.length; code++) {
  const lower = String.fromCharCode(code).toLowerCase()
  lowerOf[code] = lower.length === 1 ? lower.charCodeAt(0) : code
}

/** The lower case of one char (only "İ" lower-cases to two chars: it stays as it is). */
export function lowerCode(code: number): number {
  if (code < lowerOf.length) return lowerOf[code]!
  const lower = String.fromCharCode(code).toLowerCase()
  return lower.length === 1 ? lower.charCodeAt(0) : code
}

/** The code a char counts as in a word's key: its lower case, "ð" (and "Ð") as "đ". */
function keyCode(code: number): number {
  const lower = lowerCode(code)
  return lower === 0xf0 ? 0x111 : lower
}

/** `keyCode` of each char below U+1F00. */
const keyOfCode = new Uint16Array(lowerOf.length)
for (let code = 0; code < keyOfCode.length; code++) keyOfCode[code] = keyCode(code)

/** Whether the word of `text` from `start` to `end`, lower-cased, is `lower`. */
export function wordIs(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false
  for (let i = 0; i < lower.length; i++) {
    if (lowerCode(text.charCodeAt(start + i)) !== lower.charCodeAt(i)) return false
  }
  return true
}

/**
 * The words of a text: parallel arrays of offsets (`starts.length` words), and the indexes of the
 * capitalised ones in order (what most readers look at: heads, titles, names).
 */
export interface WordIndex {
  starts: Int32Array
  ends: Int32Array
  capitals: Int32Array
}

/** Whether the char at `i` continues a word (`&` and `'` only between word chars). */
function continues(text: string, i: number, length: number): boolean {
  const code = text.charCodeAt(i)
  if (classOf[code] !== 0) return true
  return (code === 38 || code === 39) && i + 1 < length && charClass(text.charCodeAt(i + 1)) !== 0
}

/** Whether the word char at `at` continues a word that starts before it ("&" and "'" join two words). */
function continuesBefore(text: string, at: number): boolean {
  if (at === 0) return false
  const before = text.charCodeAt(at - 1)
  return charClass(before) !== 0 || ((before === 38 || before === 39) && at > 1 && charClass(text.charCodeAt(at - 2)) !== 0)
}

/** Whether a word of `wordsOf(text)` starts at `at`. */
export function isWordStart(text: string, at: number): boolean {
  return at < text.length && charClass(text.charCodeAt(at)) !== 0 && !continuesBefore(text, at)
}

/** Where a word that may start at `from` starts: after the rest of a word running into `from`. */
function wordStartFrom(text: string, from: number): number {
  const length = text.length
  let i = Math.max(0, from)
  if (i < length && charClass(text.charCodeAt(i)) !== 0 && continuesBefore(text, i)) {
    while (i < length && continues(text, i, length)) i++
  }
  return i
}

/**
 * The words (letters and digits; "&" and "'" inside a word are kept) that start between `from`
 * and `to`, as a scan of the whole text finds them (a word running into `from` is not one).
 */
export function wordsOf(text: string, from = 0, to = text.length): WordIndex {
  const length = text.length
  let i = wordStartFrom(text, from)
  const stop = Math.min(to, length)
  // About one word in five chars; the three arrays share one buffer (starts, ends, capitals:
  // `capacity` each), written through one view and grown when a text has more.
  // (Typed arrays: plain arrays of a few hundred thousand words grow far slower than the text.)
  let capacity = (Math.max(0, stop - i) >> 2) + 8
  let all = new Int32Array(capacity * 3)
  let count = 0
  let capitalCount = 0
  // `charCodeAt` gives code units: the table holds each, no range test is needed.
  const table = classOf
  while (i < stop) {
    const kind = table[text.charCodeAt(i)]!
    if (kind === 0) {
      i++
      continue
    }
    const start = i
    i++
    while (i < length) {
      const code = text.charCodeAt(i)
      if (table[code] !== 0) i++
      else if ((code === 38 || code === 39) && i + 1 < length && table[text.charCodeAt(i + 1)] !== 0) i++
      else break
    }
    if (count === capacity) {
      const grown = new Int32Array(capacity * 6)
      grown.set(all.subarray(0, capacity), 0)
      grown.set(all.subarray(capacity, capacity * 2), capacity * 2)
      grown.set(all.subarray(capacity * 2, capacity * 3), capacity * 4)
      capacity *= 2
      all = grown
    }
    if (kind === 2) all[capacity * 2 + capitalCount++] = count
    all[count] = start
    all[capacity + count] = i
    count++
  }
  const buffer = all.buffer
  return {
    starts: new Int32Array(buffer, 0, count),
    ends: new Int32Array(buffer, capacity * 4, count),
    capitals: new Int32Array(buffer, capacity * 8, capitalCount),
  }
}

/** The words of the article of `state`, built on the first call and kept in the state. */
export function wordsIn(state: VnState): WordIndex {
  return (state.words ??= wordsOf(state.text))
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

/** Buckets of a `WordSet`: by the key code of a word's first char (its low byte) and its length. */
const FIRSTS = 256
const LENGTHS = 16

/**
 * A set of words compared with the words of a text in place: a word is looked up by its first
 * char and its length, then compared char by char; no string is made for the word of the text.
 * Words are given as keys (lower case, "đ" for "ð"; without `foldEth`, in lower case and "ð" is
 * no "đ"); `idOf` gives a word's position in the list.
 */
export class WordSet {
  private readonly words: string[]
  /** Whether "ð" and "Ð" count as "đ" (as in keys) or as themselves. */
  private readonly foldEth: boolean
  /** The ids of the words of each bucket, -1 after the last (`heads` gives where each bucket begins). */
  private readonly ids: Int32Array
  private readonly heads: Int32Array
  /** 1 for the text chars below U+1F00 a word of the set may start with (folded as compared). */
  private readonly firsts = new Uint8Array(0x1f00)
  /** Bit `n` set when a word of the set has `n` chars (below 31). */
  private readonly lengths: number
  /** What a text char below U+1F00 is compared as: `keyOfCode` or `lowerOf`. */
  private readonly folded: Uint16Array

  constructor(words: Iterable<string>, foldEth = true) {
    this.words = [...words]
    this.foldEth = foldEth
    this.folded = foldEth ? keyOfCode : lowerOf
    const buckets: number[][] = Array.from({ length: FIRSTS * LENGTHS }, () => [])
    this.words.forEach((word, id) => {
      if (word.length > 0) buckets[bucketOf(word.charCodeAt(0), word.length)]!.push(id)
    })
    this.heads = new Int32Array(buckets.length)
    const ids: number[] = []
    buckets.forEach((bucket, b) => {
      this.heads[b] = ids.length
      ids.push(...bucket, -1)
    })
    this.ids = Int32Array.from(ids)
    const firstKeys = new Set(this.words.map((word) => word.charCodeAt(0)))
    for (let code = 0; code < this.firsts.length; code++) {
      if (firstKeys.has(foldEth ? keyCode(code) : lowerCode(code))) this.firsts[code] = 1
    }
    let lengths = 0
    for (const word of this.words) if (word.length < 31) lengths |= 1 << word.length
    this.lengths = lengths
  }

  /** The id of the word `text[start, end)` in this set, or -1. */
  idAt(text: string, start: number, end: number): number {
    const length = end - start
    if (length <= 0) return -1
    // Most words fail on their length or first char: two table reads before the buckets.
    if (length < 31 && (this.lengths & (1 << length)) === 0) return -1
    const first = text.charCodeAt(start)
    if (first < this.firsts.length && this.firsts[first] === 0) return -1
    const ids = this.ids
    const words = this.words
    for (let k = this.heads[bucketOf(this.fold(first), length)]!; ids[k] !== -1; k++) {
      const id = ids[k]!
      const word = words[id]!
      if (word.length !== length) continue
      let i = 0
      while (i < length && this.fold(text.charCodeAt(start + i)) === word.charCodeAt(i)) i++
      if (i === length) return id
    }
    return -1
  }

  /** The code a text char is compared as: from the table below U+1F00. */
  private fold(code: number): number {
    if (code < 0x1f00) return this.folded[code]!
    return this.foldEth ? keyCode(code) : lowerCode(code)
  }

  /** The id of word `w` of `index` (a word of `text`) in this set, or -1. */
  idOf(text: string, index: WordIndex, w: number): number {
    return this.idAt(text, index.starts[w]!, index.ends[w]!)
  }

  /** Whether word `w` of `index` is in this set. */
  has(text: string, index: WordIndex, w: number): boolean {
    return this.idAt(text, index.starts[w]!, index.ends[w]!) !== -1
  }
}

function bucketOf(firstKey: number, length: number): number {
  return (firstKey & (FIRSTS - 1)) * LENGTHS + (length < LENGTHS ? length : LENGTHS - 1)
}
