/**
 * The nodes the fused parser builds, typed as it builds them: the same objects (type, value or
 * children, position; keys in parse-latin's order) that `nlcst` describes more loosely.
 */
export interface Point {
  line: number
  column: number
  offset: number
}

export interface Position {
  start: Point
  end: Point
}

/** A text, white space, punctuation or symbol node: a piece of the text. */
export interface Leaf {
  type: 'TextNode' | 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode'
  value: string
  position: Position
}

/** A word: text nodes and the symbols merged into it. */
export interface Word {
  type: 'WordNode'
  children: Leaf[]
  position: Position
}

/** A child of a sentence. */
export type Token = Word | Leaf

export interface Sentence {
  type: 'SentenceNode'
  children: Token[]
  position: Position
}

export interface Paragraph {
  type: 'ParagraphNode'
  children: (Sentence | Leaf)[]
  position: Position
}

/** A punctuation or symbol node (the nodes parse-latin's merges look at). */
export function isMark(node: Token | Sentence): node is Leaf {
  return node.type === 'PunctuationNode' || node.type === 'SymbolNode'
}

/** The length of `word`'s text (its children are leaves), without joining it. */
export function textLength(word: Word): number {
  let length = 0
  for (const child of word.children) length += child.value.length
  return length
}
