import type { Leaf, Point, Token } from './nodes.js'
import { isInnerWordSymbolIn, TYPES, unitType, WHITE_SPACE, WORD } from './units.js'

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
 * a longer text). A token's end point is the next token's start point, and a word and its text
 * node share theirs: the same values as parse-latin's copies, in half the objects.
 */
export function tokenize(text: string, from: number, to: number, line: number, column: number, offset: number): Tokens {
  const nodes: Token[] = []
  let flags = 0
  let start: Point = { line, column, offset }
  let index = from
  while (index < to) {
    const tokenFrom = index
    const type = unitType(text.charCodeAt(index))
    index = tokenEnd(text, index, to, type)
    if (type === WHITE_SPACE) {
      // Only white space holds line ends; "\r\n" is one.
      let previous = -1
      for (let i = tokenFrom; i < index; i++) {
        const code = text.charCodeAt(i)
        if (code === 13 || (code === 10 && previous !== 13)) {
          line++
          column = 1
        } else if (code !== 10) column++
        previous = code
      }
    } else column += index - tokenFrom
    offset += index - tokenFrom
    const end: Point = { line, column, offset }
    const value = text.slice(tokenFrom, index)
    nodes.push(token(type, value, start, end))
    if (type === WHITE_SPACE) flags |= end.line - start.line > 1 ? HAS_BLANK_LINE : 0
    else if (type !== WORD) flags |= markFlags(value, 0, value.length)
    start = end
  }
  return { nodes, flags }
}

/**
 * Where parse-latin's token of type `type` (`unitType` of its first unit) that starts at `from`
 * ends, `to` at most: a run of white space or of word units, else the same punctuation or symbol
 * repeated, or followed by surrogates of its type.
 */
export function tokenEnd(text: string, from: number, to: number, type: number): number {
  let index = from + 1
  if (type === WHITE_SPACE || type === WORD) {
    while (index < to && unitType(text.charCodeAt(index)) === type) index++
    return index
  }
  for (let previous = text.charCodeAt(from); index < to; index++) {
    const next = text.charCodeAt(index)
    if (!(next === previous || (next >= 0xd800 && next <= 0xdfff)) || unitType(next) !== type) break
    previous = next
  }
  return index
}

/** A token as parse-latin builds it: a word holds one text node. */
function token(type: number, value: string, start: Point, end: Point): Token {
  if (type === WORD) {
    return { type: 'WordNode', children: [{ type: 'TextNode', value, position: { start, end } }], position: { start, end } }
  }
  return { type: TYPES[type - 1] as Leaf['type'], value, position: { start, end } }
}

/** The flags a punctuation or symbol token `text.slice(start, end)` raises. */
export function markFlags(text: string, start: number, end: number): number {
  const code = text.charCodeAt(start)
  if (end - start !== 1 && code !== 95) return 0
  const flags = isInnerWordSymbolIn(text, start, end) ? HAS_INNER_SYMBOL : 0
  if (code === 38) return flags | HAS_AMPERSAND
  if (code === 45) return flags | HAS_HYPHEN
  if (code === 47) return flags | HAS_SLASH
  if (code === 46) return flags | HAS_FULL_STOP
  return flags
}
