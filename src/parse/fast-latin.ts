import type { Root, RootContent, SentenceContent } from 'nlcst'
import { ParseLatin } from 'parse-latin'
import type { Leaf, Paragraph, Sentence } from './nodes.js'
import { sentencesOf } from './sentence-merges.js'
import { tokenize } from './tokens.js'
import { isNewLine } from './units.js'
import { mergeWordSymbols } from './word-merges.js'

type Plugins = readonly unknown[]

/** parse-latin's own plugins, as a parser has them before anyone adds to them. */
const DEFAULT_ROOT: Plugins = [...ParseLatin.prototype.tokenizeRootPlugins]
const DEFAULT_PARAGRAPH: Plugins = [...ParseLatin.prototype.tokenizeParagraphPlugins]
const DEFAULT_SENTENCE: Plugins = [...ParseLatin.prototype.tokenizeSentencePlugins]

function same(plugins: Plugins, defaults: Plugins): boolean {
  if (plugins.length !== defaults.length) return false
  for (let i = 0; i < plugins.length; i++) if (plugins[i] !== defaults[i]) return false
  return true
}

/**
 * parse-latin, faster, with the same tree (node types, values, children, positions, key order):
 * a table-driven tokenizer instead of three large regexes, and parse-latin's default plugins as
 * a few passes over arrays instead of a callback and a splice per node. A parser whose plugin
 * lists were changed (retext's `nlcst*Extensions`, or pushed by hand) or whose steps are
 * overridden runs parse-latin's own steps and plugins, with the fast tokenizer.
 */
export class FastLatin extends ParseLatin {
  override tokenize(value?: string | null): SentenceContent[] {
    if (!value) return []
    return tokenize(value, 0, value.length, 1, 1, 0).nodes as SentenceContent[]
  }

  override tokenizeRoot(value?: string | null): Root {
    if (!this.isFused()) return super.tokenizeRoot(value)
    const text = value ?? ''
    const children = this.parseRange(text, 0, text.length, 1, 1, 0)
    const root: Root = { type: 'RootNode', children }
    const first = children[0]
    const last = children[children.length - 1]
    if (first?.position && last?.position) root.position = { start: first.position.start, end: last.position.end }
    return root
  }

  /** Whether this parser runs parse-latin's default steps only, so that the fused passes give its tree. */
  isFused(): boolean {
    return (
      same(this.tokenizeSentencePlugins, DEFAULT_SENTENCE) &&
      same(this.tokenizeParagraphPlugins, DEFAULT_PARAGRAPH) &&
      same(this.tokenizeRootPlugins, DEFAULT_ROOT) &&
      this.tokenize === FastLatin.prototype.tokenize &&
      this.tokenizeSentence === ParseLatin.prototype.tokenizeSentence &&
      this.tokenizeParagraph === ParseLatin.prototype.tokenizeParagraph
    )
  }

  /**
   * The root's children for `text.slice(from, to)` as parse-latin parses that piece alone, with
   * positions starting at `line`, `column`, `offset` (where the piece starts). Only for a parser
   * that {@link isFused}.
   */
  parseRange(text: string, from: number, to: number, line: number, column: number, offset: number): RootContent[] {
    const tokens = tokenize(text, from, to, line, column, offset)
    return paragraphsOf(sentencesOf(mergeWordSymbols(tokens), tokens.flags)) as RootContent[]
  }
}

/**
 * parse-latin's root: paragraphs ending at white space with a line end, white space starting or
 * ending a paragraph moved out of it, empty paragraphs dropped (its root plugins, as one pass).
 */
function paragraphsOf(nodes: (Sentence | Leaf)[]): (Paragraph | Leaf)[] {
  const out: (Paragraph | Leaf)[] = []
  let start = 0
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (index !== nodes.length - 1 && !(node.type === 'WhiteSpaceNode' && isNewLine(node.value))) continue
    const children = nodes.slice(start, index + 1)
    const paragraph: Paragraph = { type: 'ParagraphNode', children, position: { start: nodes[start]!.position.start, end: node.position.end } }
    start = index + 1
    if (children[0]?.type === 'WhiteSpaceNode') {
      while (children[0]?.type === 'WhiteSpaceNode') out.push(children.shift() as Leaf)
      const first = children[0]
      if (first !== undefined) paragraph.position.start = first.position.start
    }
    let trailing: Leaf[] | undefined
    if (children[children.length - 1]?.type === 'WhiteSpaceNode') {
      trailing = []
      while (children[children.length - 1]?.type === 'WhiteSpaceNode') trailing.unshift(children.pop() as Leaf)
      const last = children[children.length - 1]
      if (last !== undefined) paragraph.position.end = last.position.end
    }
    if (children.length > 0) out.push(paragraph)
    if (trailing !== undefined) for (const space of trailing) out.push(space)
  }
  return out
}
