import { MapBuilder, identityMap, type OffsetMap } from './offset-map.js'
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

const spaces = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
const lineSeparators = /[\u2028\u2029\u0085]/g
const doubleQuotes = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e]/g
const singleQuotes = /[\u2018\u2019\u201a\u201b\u2032]/g
/** Icelandic eth (Ð, ð) typed for the Vietnamese Đ, đ: they look the same. */
const eths = /[\u00d0\u00f0]/g

/** Unicode's stream-safe limit: longer runs of marks are split so NFC stays linear. */
const MAX_MARKS = 30

/** Normalises `source`; see {@link NormalizedText}. */
export function normalizeText(source: string): NormalizedText {
  const { text, map } = lengthChanging.test(source)
    ? composeAndStrip(source)
    : { text: source, map: identityMap }
  return { text: replaceOneToOne(text), map }
}

/** Replacements that keep every offset: spaces, quotes, tone placement. */
function replaceOneToOne(text: string): string {
  return toNewTonePlacement(
    text
      .replace(spaces, ' ')
      .replace(lineSeparators, '\n')
      .replace(doubleQuotes, '"')
      .replace(singleQuotes, "'")
      .replace(eths, (eth) => (eth === '\u00d0' ? '\u0110' : '\u0111')),
  )
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

/** Drops `\r` and invisible chars and composes each base with its marks, keeping a map. */
function composeAndStrip(source: string): NormalizedText {
  const out = new MapBuilder()
  const length = source.length
  let i = 0
  while (i < length) {
    const code = source.charCodeAt(i)
    if (code === 13) {
      const next = i + 1 < length && source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
      out.push('\n', i, next)
      i = next
      continue
    }
    if (isInvisible(code)) {
      i++
      continue
    }
    const start = i
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1
    let marks = 0
    while (i < length && marks < MAX_MARKS && isMark(source.charCodeAt(i))) {
      i++
      marks++
    }
    const cluster = source.slice(start, i)
    out.push(marks === 0 ? cluster : cluster.normalize('NFC'), start, i)
  }
  return out.finish(length)
}
