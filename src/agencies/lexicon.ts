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

/** Keys already computed: the same few heads, sectors and places recur in every article. */
const keys = new Map<string, string>()
const MAX_KEYS = 20_000

/** The key entries compare by: lower case, "Ð" as "Đ", one space, one kind of dash. */
export function keyOf(text: string): string {
  const known = keys.get(text)
  if (known !== undefined) return known
  const key = normalizeEntry(text)
    .toLowerCase()
    .replace(/[ðÐ]/g, 'đ')
    .replace(/\s+/g, ' ')
    .replace(/ ?[-–—] ?/g, ' - ')
    .trim()
  if (keys.size >= MAX_KEYS) keys.clear()
  keys.set(text, key)
  return key
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
