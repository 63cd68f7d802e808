import type { Leaf, Point, Token } from './nodes.js'
import { isInnerWordSymbol, TYPES, unitType, WHITE_SPACE, WORD } from './units.js'

/** What the tokens hold, so that merges that cannot apply are skipped. */
export const HAS_AMPERSAND = 1
export const HAS_HYPHEN = 2
export const HAS_INNER_SYMBOL = 4
export const HAS_SLASH = 8
export const HAS_FULL_STOP = 16
/** White space with two line ends or more: a break between sentences. */
export const HAS_BLANK_LINE = 32

/** A piece's tokens and the flags above. */
export interface Tokens {
  nodes: Token[]
  flags: number
}

/**
 * parse-latin's tokens of `text.slice(from, to)`, each character's type read from a table instead
 * of three large regexes; positions start at `line`, `column`, `offset` (where the piece starts in
 * a longer text). A word and its text node share their points, as nodes merged later share theirs.
 */
export function tokenize(text: string, from: number, to: number, line: number, column: number, offset: number): Tokens {
  const nodes: Token[] = []
  let flags = 0
  let start: Point = { line, column, offset }
  let tokenFrom = from
  let previousType = 0
  let previous = -1
  const flush = (end: number): void => {
    const value = text.slice(tokenFrom, end)
    const point: Point = { line, column, offset }
    const position = { start, end: point }
    if (previousType === WORD) {
      nodes.push({ type: 'WordNode', children: [{ type: 'TextNode', value, position: { start, end: point } }], position })
      return
    }
    if (previousType === WHITE_SPACE) {
      if (line - start.line > 1) flags |= HAS_BLANK_LINE
    } else if (value.length === 1 || value.charCodeAt(0) === 95) {
      const code = value.charCodeAt(0)
      if (code === 38) flags |= HAS_AMPERSAND
      else if (code === 45) flags |= HAS_HYPHEN
      else if (code === 47) flags |= HAS_SLASH
      else if (code === 46) flags |= HAS_FULL_STOP
      if (isInnerWordSymbol(value)) flags |= HAS_INNER_SYMBOL
    }
    nodes.push({ type: TYPES[previousType - 1] as Leaf['type'], value, position })
  }
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    const type = unitType(code)
    if (
      tokenFrom < index &&
      !(previousType === type && (type === WORD || type === WHITE_SPACE || code === previous || (code >= 0xd800 && code <= 0xdfff)))
    ) {
      flush(index)
      tokenFrom = index
      start = { line, column, offset }
    }
    if (code === 13 || (code === 10 && previous !== 13)) {
      line++
      column = 1
    } else if (code !== 10) column++
    offset++
    previousType = type
    previous = code
  }
  if (tokenFrom < to) flush(to)
  return { nodes, flags }
}
