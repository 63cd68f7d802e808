import type { Root, RootContent } from 'nlcst'
import type { ParseLatin } from 'parse-latin'
import { FastLatin } from './fast-latin.js'

/**
 * The longest piece of text handed to parse-latin at once. Its merges splice arrays, so a long
 * run of words or lines costs quadratic time; bounded pieces keep a 2 MB line linear.
 */
export const MAX_PIECE = 2000

type Position = NonNullable<Root['position']>
type Point = Position['start']
type AnyNode = { position?: Position; children?: AnyNode[] }

/**
 * An NLCST tree of `text`, parsed by parse-latin in pieces of whole lines of at most
 * {@link MAX_PIECE} characters (a longer line is cut after a sentence end or a space). The stages
 * cut sentences at line ends anyway, so whole-line pieces give the same sentences as one parse,
 * in time linear in the text's length. Every node's position points into `text`.
 */
export function parseLines(text: string, parser: ParseLatin = new FastLatin()): Root {
  if (text.length <= MAX_PIECE) return parser.parse(text)
  const children: RootContent[] = []
  const end = parsePieces(text, parser, (piece) => {
    for (const child of piece) children.push(child)
  })
  return { type: 'RootNode', children, position: { start: { line: 1, column: 1, offset: 0 }, end } }
}

/**
 * Parses `text` piece by piece as {@link parseLines} does, handing each piece's nodes (positions
 * in `text`) to `visit` and keeping none of them; returns the end point of `text`.
 */
export function parsePieces(text: string, parser: ParseLatin, visit: (nodes: RootContent[]) => void): Point {
  let line = 1
  let lineStart = 0
  const fused = parser instanceof FastLatin && parser.isFused()
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from)
    if (fused) {
      // Positions come out where the piece starts: nothing to shift.
      visit(parser.parseRange(text, from, to, line, from - lineStart + 1, from))
    } else {
      const tree = parser.parse(text.slice(from, to))
      if (from > 0) shiftAll(tree.children, from, line, from - lineStart + 1)
      visit(tree.children)
    }
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) !== 10) continue
      line++
      lineStart = i + 1
    }
    from = to
  }
  return { line, column: text.length - lineStart + 1, offset: text.length }
}

/** The point at the end of `text`, as {@link parsePieces} returns it (only "\n" starts a line). */
export function endPoint(text: string): Point {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: text.length - lineStart + 1, offset: text.length }
}

/** Where the piece from `from` ends: after its last line end, else inside an over-long line. */
export function pieceEnd(text: string, from: number): number {
  const limit = from + MAX_PIECE
  if (limit >= text.length) return text.length
  // A bounded backward scan: lastIndexOf would run back over a long line to the text's start.
  for (let i = limit - 1; i > from; i--) if (text.charCodeAt(i) === 10) return i + 1
  return cutPoint(text, from, limit)
}

/** Where a piece of an over-long line ends: after a sentence end, else after a space, else at `limit`. */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + MAX_PIECE / 2
  let space = -1
  for (let i = limit - 1; i > floor; i--) {
    const code = text.charCodeAt(i)
    if (code !== 32 && code !== 9) continue
    const before = text.charCodeAt(i - 1)
    if (before === 46 || before === 33 || before === 63) return i + 1
    if (space === -1) space = i + 1
  }
  if (space !== -1) return space
  const code = text.charCodeAt(limit)
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit
}

/**
 * Moves `nodes`, parsed from a piece, to where the piece starts: `offset` on `line`, `column`.
 * In place: parse-latin shares point objects between a node and its children, so each point is
 * moved once (`seen`), and no copy doubles the tree's garbage.
 */
function shiftAll(nodes: AnyNode[], offset: number, line: number, column: number): void {
  const seen = new Set<Point>()
  const move = (point: Point): void => {
    if (seen.has(point)) return
    seen.add(point)
    if (point.line === 1) point.column += column - 1
    point.line += line - 1
    point.offset = (point.offset ?? 0) + offset
  }
  const visit = (node: AnyNode): void => {
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }
    if (node.children) for (const child of node.children) visit(child)
  }
  for (const node of nodes) visit(node)
}
