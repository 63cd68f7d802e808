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

/** Whether the word of `text` from `start` to `end`, lower-cased, is `lower`. */
export function wordIs(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false
  for (let i = 0; i < lower.length; i++) {
    if (lowerCode(text.charCodeAt(start + i)) !== lower.charCodeAt(i)) return false
  }
  return true
}

/** The words of a text: parallel arrays of offsets, and whether each is capitalised (1) or not (0). */
export interface WordIndex {
  starts: Int32Array
  ends: Int32Array
  capitalized: Uint8Array
}

let lastText: string | null = null
let lastIndex: WordIndex | null = null
/** Scratch buffers reused from text to text; each index gets exact-size copies. */
let startBuffer = new Int32Array(1024)
let endBuffer = new Int32Array(1024)
let capitalBuffer = new Uint8Array(1024)

/** The words of `text` (letters and digits; "&" and "'" inside a word are kept), memoised for the last text. */
export function wordsOf(text: string): WordIndex {
  if (lastText === text && lastIndex !== null) return lastIndex
  const length = text.length
  // A word takes at least one char and one separator.
  const most = (length >> 1) + 1
  if (startBuffer.length < most) {
    startBuffer = new Int32Array(most)
    endBuffer = new Int32Array(most)
    capitalBuffer = new Uint8Array(most)
  }
  let count = 0
  let i = 0
  const table = classOf
  const size = table.length
  while (i < length) {
    let code = text.charCodeAt(i)
    const kind = code < size ? table[code]! : charClass(code)
    if (kind === 0) {
      i++
      continue
    }
    const start = i
    i++
    while (i < length) {
      code = text.charCodeAt(i)
      if ((code < size ? table[code]! : charClass(code)) !== 0 || ((code === 38 || code === 39) && i + 1 < length && charClass(text.charCodeAt(i + 1)) !== 0)) i++
      else break
    }
    startBuffer[count] = start
    endBuffer[count] = i
    capitalBuffer[count] = kind === 2 ? 1 : 0
    count++
  }
  // One backing store for the three arrays: allocating typed arrays costs more than filling them.
  const store = new ArrayBuffer(count * 9)
  const starts = new Int32Array(store, 0, count)
  const ends = new Int32Array(store, count * 4, count)
  const capitalized = new Uint8Array(store, count * 8, count)
  starts.set(startBuffer.subarray(0, count))
  ends.set(endBuffer.subarray(0, count))
  capitalized.set(capitalBuffer.subarray(0, count))
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
