import { isMark, type Leaf, type Token, type Word, textLength } from './nodes.js'
import { HAS_AMPERSAND, HAS_FULL_STOP, HAS_HYPHEN, HAS_INNER_SYMBOL, HAS_SLASH, type Tokens } from './tokens.js'
import { isInnerWordSymbol, isNumericalUnit } from './units.js'

/**
 * parse-latin's sentence plugins, in their order, on a piece's tokens: each one pass that keeps
 * the tokens it does not merge in place (no splice, no callback per token), skipped when the piece
 * lacks the character it merges. Each pass decides as parse-latin's does, against the tokens as
 * the passes before left them.
 */
export function mergeWordSymbols(tokens: Tokens): Token[] {
  const nodes = tokens.nodes
  if (tokens.flags & HAS_AMPERSAND) mergeInitialWordSymbol(nodes)
  if (tokens.flags & HAS_HYPHEN) mergeFinalWordSymbol(nodes)
  if (tokens.flags & HAS_INNER_SYMBOL) mergeInnerWordSymbol(nodes)
  if (tokens.flags & HAS_SLASH) mergeInnerWordSlash(nodes)
  if (tokens.flags & HAS_FULL_STOP) mergeInitialisms(nodes)
  return nodes
}

function isValue(node: Token | undefined, value: string): node is Leaf {
  return node !== undefined && isMark(node) && node.value === value
}

/** "&" before a word, not after one, starts that word ("&amp"). */
function mergeInitialWordSymbol(nodes: Token[]): void {
  let kept = 0
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!
    const next = nodes[i + 1]
    if (isValue(node, '&') && !(kept > 0 && nodes[kept - 1]!.type === 'WordNode') && next?.type === 'WordNode') {
      next.children.unshift(node)
      next.position.start = node.position.start
      // parse-latin looks at the token before again: an "&" there now precedes a word too.
      while (kept > 0 && isValue(nodes[kept - 1], '&') && !(kept > 1 && nodes[kept - 2]!.type === 'WordNode')) {
        const before = nodes[--kept] as Leaf
        next.children.unshift(before)
        next.position.start = before.position.start
      }
      continue
    }
    nodes[kept++] = node
  }
  nodes.length = kept
}

/** "-" after a word, not before one, ends that word ("cán bộ-"). */
function mergeFinalWordSymbol(nodes: Token[]): void {
  let kept = 0
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!
    if (kept > 0 && isValue(node, '-')) {
      const previous = nodes[kept - 1]!
      const next = nodes[i + 1]
      if (next?.type !== 'WordNode' && previous.type === 'WordNode') {
        previous.children.push(node)
        previous.position.end = node.position.end
        continue
      }
    }
    nodes[kept++] = node
  }
  nodes.length = kept
}

/** Words joined by inner symbols ("e-mail", "Đăk_Hà", "3.5") become one word. */
function mergeInnerWordSymbol(nodes: Token[]): void {
  let kept = 0
  for (let i = 0; i < nodes.length; ) {
    const node = nodes[i]!
    const previous = isMark(node) && kept > 0 ? nodes[kept - 1]! : undefined
    if (previous?.type === 'WordNode') {
      // Symbols queue from `queued` on; a word after them takes them and its own children.
      let queued = i
      let last: Leaf | undefined
      for (let j = i; j < nodes.length; j++) {
        const sibling = nodes[j]!
        if (sibling.type === 'WordNode') {
          for (let q = queued; q < j; q++) previous.children.push(nodes[q] as Leaf)
          for (const child of sibling.children) previous.children.push(child)
          last = sibling.children[sibling.children.length - 1]
          queued = j + 1
        } else if (!(isMark(sibling) && isInnerWordSymbol(sibling.value))) break
      }
      if (last !== undefined) {
        previous.position.end = last.position.end
        i = queued
        continue
      }
    }
    nodes[kept++] = node
    i++
  }
  nodes.length = kept
}

/** "/" between short words ("5/3", "12/01") joins them into one word. */
function mergeInnerWordSlash(nodes: Token[]): void {
  let kept = 0
  for (let i = 0; i < nodes.length; ) {
    const node = nodes[i]!
    const previous = isValue(node, '/') && kept > 0 ? nodes[kept - 1]! : undefined
    if (previous?.type === 'WordNode' && textLength(previous) < 3) {
      const next = nodes[i + 1]
      const word = next?.type === 'WordNode' ? next : undefined
      if (word === undefined || textLength(word) < 3) {
        previous.children.push(node as Leaf)
        if (word !== undefined) for (const child of word.children) previous.children.push(child)
        previous.position.end = (word ?? node).position.end
        i += word === undefined ? 1 : 2
        continue
      }
    }
    nodes[kept++] = node
    i++
  }
  nodes.length = kept
}

/** A full stop after an initialism ("U.S" + ".") ends it, unless all its letters are digits. */
function mergeInitialisms(nodes: Token[]): void {
  let kept = 0
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!
    if (kept > 0 && node.type === 'PunctuationNode' && node.value === '.') {
      const previous = nodes[kept - 1]!
      if (previous.type === 'WordNode' && isInitialism(previous)) {
        previous.children.push(node)
        previous.position.end = node.position.end
        continue
      }
    }
    nodes[kept++] = node
  }
  nodes.length = kept
}

/** parse-latin's test: single characters between full stops at the word's end, not all digits. */
function isInitialism(word: Word): boolean {
  const children = word.children
  const length = children.length
  if (length === 1 || length % 2 === 0) return false
  let isAllDigits = true
  for (let position = length - 1; position >= 0; position--) {
    const value = children[position]!.value
    if (position % 2 === 0) {
      if (value.length > 1) return false
      if (value.length === 0 || !isNumericalUnit(value.charCodeAt(0))) isAllDigits = false
    } else if (value !== '.') {
      if (position < length - 2) break
      return false
    }
  }
  return !isAllDigits
}
