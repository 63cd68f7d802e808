import { MapBuilder, identityMap, type OffsetMap } from './offset-map.js'
import { stringOf } from './codes.js'
import { toNewTonePlacement } from './tone.js'

/**
 * Canonical text for matching: NFC, new tone placement, `\n` line ends, plain spaces, straight
 * quotes, Đ for a look-alike Ð, no invisible characters. Values are read from this text; spans go back through `map`.
 */
export interface NormalizedText {
  text: string
  map: OffsetMap
}

/**
 * Characters whose removal or composition changes the text's length: the marks of `isMark` (no
 * other mark is composed), `\r` and invisible characters. Explicit ranges: `\p{M}` is slow.
 */
const lengthChanging = /[\r\u200b-\u200d\u2060\ufeff\u00ad\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/

/** Code units replaced one for one: spaces, line separators, quotes, Icelandic Ð/ð typed for Đ/đ. */
function replacementOf(code: number): number {
  if (code < 0x80) return code === 9 || code === 11 || code === 12 ? 32 : 0
  if (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) return 32
  if (code === 0x2028 || code === 0x2029 || code === 0x85) return 10
  if ((code >= 0x201c && code <= 0x201f) || code === 0xab || code === 0xbb || code === 0x2033 || code === 0x301d || code === 0x301e) return 34
  if ((code >= 0x2018 && code <= 0x201b) || code === 0x2032) return 39
  if (code === 0xd0) return 0x110
  if (code === 0xf0) return 0x111
  return 0
}

/** {@link replacementOf} of every code unit it can replace, as a table (read per char of the text). */
const REPLACEMENTS = (() => {
  const table = new Uint16Array(0x3020)
  for (let code = 0; code < table.length; code++) table[code] = replacementOf(code)
  return table
})()

/** Unicode's stream-safe limit: longer runs of marks are split so NFC stays linear. */
const MAX_MARKS = 30

/** Normalises `source`; see {@link NormalizedText}. */
export function normalizeText(source: string): NormalizedText {
  const { text, map } = lengthChanging.test(source)
    ? composeAndStrip(source)
    : { text: source, map: identityMap }
  return { text: replaceOneToOne(text), map }
}

/** Pieces kept for a sparse rewrite; a text with more replacements is rewritten as code units. */
const MAX_PARTS = 4096

/**
 * Replacements that keep every offset: spaces, quotes, tone placement. One pass over the code
 * units; `String.prototype.replace` with half a million matches grew faster than the text.
 */
function replaceOneToOne(text: string): string {
  const parts: string[] = []
  let codes: Uint16Array | null = null
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const replacement = code < 0x3020 ? REPLACEMENTS[code]! : 0
    if (replacement === 0) continue
    if (codes === null && parts.length >= MAX_PARTS) codes = codesOf(text, i)
    if (codes !== null) {
      codes[i] = replacement
      continue
    }
    if (i > from) parts.push(text.slice(from, i))
    parts.push(String.fromCharCode(replacement))
    from = i + 1
  }
  if (codes !== null) return toNewTonePlacement(stringOf(codes))
  if (parts.length === 0) return toNewTonePlacement(text)
  if (from < text.length) parts.push(text.slice(from))
  return toNewTonePlacement(parts.join(''))
}

/** The code units of `text`, with the replacements before `upTo` made. */
function codesOf(text: string, upTo: number): Uint16Array {
  const codes = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    codes[i] = i < upTo ? replacementOf(code) || code : code
  }
  return codes
}


function isMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  )
}

function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad
}

/**
 * Drops `\r` and invisible chars and composes each base with its marks, keeping a map. Runs of
 * chars without marks are copied as they are, in one piece.
 */
function composeAndStrip(source: string): NormalizedText {
  const length = source.length
  const out = new MapBuilder(length)
  let plain = 0
  let i = 0
  while (i < length) {
    const code = source.charCodeAt(i)
    if (code === 13) {
      const next = i + 1 < length && source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
      out.copy(source, plain, i)
      out.push('\n', i, next)
      i = plain = next
      continue
    }
    if (isInvisible(code)) {
      out.copy(source, plain, i)
      i = plain = i + 1
      continue
    }
    const start = i
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1
    let marks = 0
    while (i < length && marks < MAX_MARKS && isMark(source.charCodeAt(i))) {
      i++
      marks++
    }
    if (marks === 0) continue
    out.copy(source, plain, start)
    out.push(source.slice(start, i).normalize('NFC'), start, i)
    plain = i
  }
  out.copy(source, plain, length)
  return out.finish(length)
}
