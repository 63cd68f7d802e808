import { toNewTonePlacement } from '../normalize/tone.js'

/**
 * Helpers that turn dictionary entries into regular-expression sources matching the normalised
 * text: new tone placement, NFC, "Đ" also written as the look-alike "Ð" (U+00D0), any run of
 * spaces, and any dash between words.
 */

/** The dictionary entry as the normaliser would leave it in a text. */
export function normalizeEntry(entry: string): string {
  return toNewTonePlacement(entry.normalize('NFC'))
}

/** A regular-expression source for one entry (use with the `iu` flags). */
export function entrySource(entry: string): string {
  let out = ''
  for (const ch of normalizeEntry(entry)) {
    if (ch === ' ') out += ' {1,3}'
    else if (ch === 'đ' || ch === 'Đ') out += '[đĐÐð]'
    else if (ch === '-' || ch === '–' || ch === '—') out += '[-–—]'
    else if (/[.*+?^${}()|[\]\\/]/.test(ch)) out += '\\' + ch
    else out += ch
  }
  // "A - B", "A-B", "A – B" are one spelling.
  return out.replace(/ \{1,3\}\[-–—\] \{1,3\}/g, ' {0,2}[-–—] {0,2}')
}

/** One alternation of entries, longest first so that the longest entry wins. */
export function alternation(entries: Iterable<string>): string {
  const unique = [...new Set([...entries].map(normalizeEntry))]
  unique.sort((a, b) => b.length - a.length)
  return unique.map(entrySource).join('|')
}

/** Keys already computed that needed more than lower-casing: the same few recur in every article. */
const keys = new Map<string, string>()
const MAX_KEYS = 20_000

/**
 * Chars after which a string may need more than lower-casing to become its key: 1 for a char
 * NFC or the rules below may change (combining marks, "ð"/"Ð", dashes, whitespace other than
 * one space), 2 for a toned a/e/y that an "o"/"u" before it would make old tone placement.
 */
const keyCare = new Uint8Array(0x300)
for (let code = 0; code < 0x20; code++) keyCare[code] = 1
for (const ch of '-\u00a0\u00d0\u00f0') keyCare[ch.charCodeAt(0)] = 1
for (const ch of 'àáảãạèéẻẽẹỳýỷỹỵ') {
  for (const variant of [ch, ch.toUpperCase()]) {
    const code = variant.charCodeAt(0)
    if (code < keyCare.length) keyCare[code] = 2
  }
}

/** Letters below U+0300 (the Vietnamese letters above it, U+1E00–U+1EFF, are all letters). */
const isLowLetter = new Uint8Array(0x300)
for (let code = 0; code < isLowLetter.length; code++) isLowLetter[code] = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 0

/**
 * Whether `keyOf(text)` is `text.toLowerCase()`: Latin and Vietnamese letters only (NFC leaves
 * them), single inner spaces, no dash, no "ð", no old tone placement.
 */
function isPlainKey(text: string): boolean {
  const length = text.length
  if (length === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(length - 1) === 32) return false
  let previous = 0
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x300) {
      if (code < 0x1e00 || code > 0x1eff) return false
      if (isOorU(previous) && tonedAeyHigh.has(code) && syllableEndsAfter(text, i)) return false
    } else {
      const care = keyCare[code]!
      if (care === 1 || (care === 2 && isOorU(previous) && syllableEndsAfter(text, i))) return false
      if (code === 32 && previous === 32) return false
    }
    previous = code
  }
  return true
}

const tonedAeyHigh = new Set([...'ảạẻẽẹỳỷỹỵ'].flatMap((ch) => [ch.charCodeAt(0), ch.toUpperCase().charCodeAt(0)]))

function isOorU(code: number): boolean {
  return code === 111 || code === 79 || code === 117 || code === 85
}

/** Whether no letter follows `text[i]`, as old tone placement needs ("hoà", not "toàn"); unsure is true. */
function syllableEndsAfter(text: string, i: number): boolean {
  if (i + 1 >= text.length) return true
  const next = text.charCodeAt(i + 1)
  if (next < 0x300) return isLowLetter[next] === 0
  return next < 0x1e00 || next > 0x1eff
}

/**
 * The key entries compare by: lower case, "Ð" as "Đ", one space, one kind of dash. Most texts
 * need only lower-casing, done at once: a look-up in a cache of thousands of keys costs as much
 * and spreads over memory that the other stages want in the CPU caches.
 */
export function keyOf(text: string): string {
  if (isPlainKey(text)) return text.toLowerCase()
  const known = keys.get(text)
  if (known !== undefined) return known
  const key = fullKey(text)
  if (keys.size >= MAX_KEYS) keys.clear()
  keys.set(text, key)
  return key
}

function fullKey(text: string): string {
  return normalizeEntry(text)
    .toLowerCase()
    .replace(/[ðÐ]/g, 'đ')
    .replace(/\s+/g, ' ')
    .replace(/ ?[-–—] ?/g, ' - ')
    .trim()
}

/** `keyOf` for a word read from the normalised text (already NFC, new tone placement). */
export function wordKey(word: string): string {
  const lower = word.toLowerCase()
  return lower.includes('ð') ? lower.replace(/ð/g, 'đ') : lower
}

/** Whether a word starts with a capital letter (Vietnamese proper nouns and agency heads). */
export function isCapitalized(text: string): boolean {
  return /^\p{Lu}/u.test(text)
}
