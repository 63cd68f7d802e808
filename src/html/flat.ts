import { decodeHTML } from 'entities'
import { alignDecoded } from './align.js'
import { LineWriter, type Line } from './lines.js'

/** Tags that end a line when read without a tree. */
const lineTags = /^(?:p|div|br|h[1-6]|li|tr|td|th|section|article|header|footer|blockquote|pre|ul|ol|table|figcaption|hr)$/i
/** Tags whose content is never text. */
const rawTags = /^(?:script|style|noscript|template|textarea|title|svg)$/i
const tagName = /<\/?([A-Za-z][A-Za-z0-9-]{0,30})/y

/**
 * The text of HTML read in one linear scan, without building a tree: tags dropped, scripts
 * and styles skipped, block tags ending lines, character references decoded and mapped. The
 * fallback for pages the tree walk cannot take (nesting deeper than the call stack).
 */
export function flatLines(source: string): Line[] {
  const writer = new LineWriter()
  const starts: number[] = []
  const ends: number[] = []
  let at = 0
  while (at < source.length) {
    const open = source.indexOf('<', at)
    const textEnd = open === -1 ? source.length : open
    if (textEnd > at) {
      const raw = source.slice(at, textEnd)
      const value = raw.includes('&') ? decodeHTML(raw) : raw
      starts.length = 0
      ends.length = 0
      alignDecoded(value, source, at, textEnd, starts, ends)
      writer.write(value, starts, ends)
    }
    if (open === -1) break
    if (source.startsWith('<!--', open)) {
      const close = source.indexOf('-->', open + 4)
      at = close === -1 ? source.length : close + 3
      continue
    }
    tagName.lastIndex = open
    const name = tagName.exec(source)?.[1]
    const close = source.indexOf('>', open + 1)
    at = close === -1 ? source.length : close + 1
    if (name === undefined) continue
    if (lineTags.test(name)) writer.break()
    if (rawTags.test(name) && source[open + 1] !== '/') {
      at = closingTag(source, name, at)
    }
  }
  writer.break()
  return writer.lines
}

/** Where `</name` (any case) next starts at or after `from`, or the end of the source. */
function closingTag(source: string, name: string, from: number): number {
  const wanted = name.toLowerCase()
  for (let at = source.indexOf('</', from); at !== -1; at = source.indexOf('</', at + 2)) {
    if (source.slice(at + 2, at + 2 + wanted.length).toLowerCase() === wanted) return at
  }
  return source.length
}
