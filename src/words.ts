import type { VnState } from './state.js'

/**
 * The words of an article, found by one cheap pass over its text and shared by the stages that
 * read words (agencies, people, attendees): dictionary matchers then run only where a word could
 * start an entry, and a word is compared with a dictionary by a hash of its folded chars instead
 * of a lower-cased copy of it.
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

/** Whether the word of `text` from `start` to `end`, lower-cased, is `lower`. */
export function wordIs(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false
  for (let i = 0; i < lower.length; i++) {
    if (lowerCode(text.charCodeAt(start + i)) !== lower.charCodeAt(i)) return false
  }
  return true
}

/** FNV-1a step: the hash of a key so far and its next code. */
function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}
const SEED = 0x811c9dc5 | 0

/**
 * The words of a text: parallel arrays of offsets (`starts.length` words), whether each is
 * capitalised (1) or not (0), and the hash of its key (lower case, "đ" for "ð") for `WordSet`.
 */
export interface WordIndex {
  starts: Int32Array
  ends: Int32Array
  capitalized: Uint8Array
  hashes: Int32Array
}

/** Whether the char at `i` continues a word (`&` and `'` only between word chars). */
function continues(text: string, i: number, length: number): boolean {
  const code = text.charCodeAt(i)
  if ((code < classOf.length ? classOf[code]! : charClass(code)) !== 0) return true
  return (code === 38 || code === 39) && i + 1 < length && charClass(text.charCodeAt(i + 1)) !== 0
}

/**
 * The words (letters and digits; "&" and "'" inside a word are kept) that start between `from`
 * and `to`, as a scan of the whole text finds them (a word running into `from` is not one).
 */
export function wordsOf(text: string, from = 0, to = text.length): WordIndex {
  const length = text.length
  let i = Math.max(0, from)
  // Skip the rest of a word that starts before `from`.
  if (i > 0 && i < length && charClass(text.charCodeAt(i)) !== 0) {
    const before = text.charCodeAt(i - 1)
    if (charClass(before) !== 0 || ((before === 38 || before === 39) && i > 1 && charClass(text.charCodeAt(i - 2)) !== 0)) {
      while (i < length && continues(text, i, length)) i++
    }
  }
  const stop = Math.min(to, length)
  // About one word in five chars: grown when a text has more.
  let capacity = ((stop - i) >> 2) + 8
  let starts = new Int32Array(capacity)
  let ends = new Int32Array(capacity)
  let hashes = new Int32Array(capacity)
  let capitalized = new Uint8Array(capacity)
  let count = 0
  const table = classOf
  const lowers = lowerOf
  const size = table.length
  while (i < stop) {
    let code = text.charCodeAt(i)
    const kind = code < size ? table[code]! : charClass(code)
    if (kind === 0) {
      i++
      continue
    }
    const start = i
    let hash = SEED
    for (;;) {
      const lower = code < size ? lowers[code]! : lowerCode(code)
      hash = Math.imul(hash ^ (lower === 0xf0 ? 0x111 : lower), 0x01000193)
      i++
      if (i >= length) break
      code = text.charCodeAt(i)
      if ((code < size ? table[code]! : charClass(code)) !== 0) continue
      if ((code === 38 || code === 39) && i + 1 < length && charClass(text.charCodeAt(i + 1)) !== 0) continue
      break
    }
    if (count === capacity) {
      capacity *= 2
      starts = grown(starts, capacity)
      ends = grown(ends, capacity)
      hashes = grown(hashes, capacity)
      const caps = new Uint8Array(capacity)
      caps.set(capitalized)
      capitalized = caps
    }
    starts[count] = start
    ends[count] = i
    hashes[count] = hash
    capitalized[count] = kind === 2 ? 1 : 0
    count++
  }
  return {
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    capitalized: capitalized.subarray(0, count),
    hashes: hashes.subarray(0, count),
  }
}

function grown(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(capacity)
  out.set(array)
  return out
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

/**
 * A set of words looked up by the hash `wordsOf` keeps for each word of a text, then compared
 * char by char: no string is made for the word of the text. Words are given as keys (lower
 * case, "đ" for "ð"); `idOf` gives a word's position in the list given.
 */
export class WordSet {
  private readonly words: string[]
  /** Open addressing: per slot, the id + 1 of the word there (0: empty). */
  private readonly slots: Int32Array
  private readonly hashes: Int32Array
  private readonly mask: number

  constructor(words: Iterable<string>) {
    this.words = [...words]
    let size = 16
    while (size < this.words.length * 4) size *= 2
    this.slots = new Int32Array(size)
    this.hashes = new Int32Array(size)
    this.mask = size - 1
    this.words.forEach((word, id) => {
      let hash = SEED
      for (let i = 0; i < word.length; i++) hash = step(hash, keyCode(word.charCodeAt(i)))
      let slot = hash & this.mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask
      this.slots[slot] = id + 1
      this.hashes[slot] = hash
    })
  }

  /** The id of word `w` of `index` (a word of `text`) in this set, or -1. */
  idOf(text: string, index: WordIndex, w: number): number {
    const hash = index.hashes[w]!
    const mask = this.mask
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!
      if (id === 0) return -1
      if (this.hashes[slot] === hash && this.matches(text, index.starts[w]!, index.ends[w]!, id - 1)) return id - 1
    }
  }

  /** Whether word `w` of `index` is in this set. */
  has(text: string, index: WordIndex, w: number): boolean {
    return this.idOf(text, index, w) !== -1
  }

  private matches(text: string, start: number, end: number, id: number): boolean {
    const word = this.words[id]!
    if (word.length !== end - start) return false
    for (let i = 0; i < word.length; i++) if (keyCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false
    return true
  }
}
