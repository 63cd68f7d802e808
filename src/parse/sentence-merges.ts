import { isMark, type Leaf, type Sentence, type Token, type Word, textLength } from './nodes.js'
import { HAS_BLANK_LINE, HAS_FULL_STOP } from './tokens.js'
import { isAbbreviation, isAffix, isLowerInitial, isTerminal, lineBreaks } from './units.js'

/**
 * parse-latin's paragraph: the merged tokens cut after each sentence end, then its paragraph
 * plugins in their order, each one pass that builds the new list (no splice, no callback per
 * sentence) and decides as parse-latin's does, against the list as the passes before left it.
 * `flags` (from the tokens) skip the passes that cannot apply.
 */
export function sentencesOf(tokens: Token[], flags: number): (Sentence | Leaf)[] {
  let sentences = splitSentences(tokens)
  sentences = mergeNonWordSentences(sentences)
  sentences = mergeAffixSymbol(sentences)
  sentences = mergeLowerCaseOrDigitSentences(sentences)
  if (flags & HAS_FULL_STOP) sentences = mergePrefixExceptions(sentences)
  sentences = mergeAffixExceptions(sentences)
  if (flags & HAS_FULL_STOP) for (const sentence of sentences) mergeRemainingFullStops(sentence.children)
  return breakSentences(sentences, (flags & HAS_BLANK_LINE) !== 0)
}

/** Sentences ending at each punctuation run of "!", ".", "?", "…", "‽" (parse-latin's `splitNode`). */
function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (index === tokens.length - 1 || (token.type === 'PunctuationNode' && isTerminal(token.value))) {
      const position = { start: tokens[start]!.position.start, end: token.position.end }
      sentences.push({ type: 'SentenceNode', children: tokens.slice(start, index + 1), position })
      start = index + 1
    }
  }
  return sentences
}

function hasWord(sentence: Sentence): boolean {
  for (const child of sentence.children) if (child.type === 'WordNode') return true
  return false
}

function append(target: Token[], nodes: Token[]): void {
  for (const node of nodes) target.push(node)
}

/** A sentence without words joins the one before it, or else the one after it (which is then not looked at). */
function mergeNonWordSentences(sentences: Sentence[]): Sentence[] {
  const kept: Sentence[] = []
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!
    if (!hasWord(sentence)) {
      const previous = kept[kept.length - 1]
      if (previous !== undefined) {
        append(previous.children, sentence.children)
        previous.position.end = sentence.position.end
        continue
      }
      const next = sentences[i + 1]
      if (next !== undefined) {
        next.children.unshift(...sentence.children)
        next.position.start = sentence.position.start
        kept.push(next)
        i++
        continue
      }
    }
    kept.push(sentence)
  }
  return kept
}

/** Closing punctuation starting a sentence (`."` + `)`) moves to the end of the one before. */
function mergeAffixSymbol(sentences: Sentence[]): Sentence[] {
  const kept: Sentence[] = []
  const place = (sentence: Sentence): void => {
    while (kept.length > 0 && sentence.children.length > 0) {
      const previous = kept[kept.length - 1]!
      const first = sentence.children[0]!
      if (!isMark(first) || !isAffix(first.value)) break
      sentence.children.shift()
      previous.children.push(first)
      previous.position.end = first.position.end
      const second = sentence.children[0]
      if (second !== undefined) sentence.position.start = second.position.start
      // parse-latin looks at the sentence before again: only an empty one has a new first child.
      if (previous.children.length === 1) {
        kept.pop()
        place(previous)
      }
    }
    kept.push(sentence)
  }
  for (const sentence of sentences) place(sentence)
  return kept
}

/** The first character of a word's text (its first child is a leaf). */
function firstCode(word: Word): number {
  return word.children[0]!.value.charCodeAt(0)
}

/**
 * A sentence whose first word starts in lower case, or that starts with a word starting with a
 * digit, joins the one before: parse-latin's two passes, which join the same sentences in the
 * same order, as one.
 */
function mergeLowerCaseOrDigitSentences(sentences: Sentence[]): Sentence[] {
  const kept: Sentence[] = []
  for (const sentence of sentences) {
    const previous = kept[kept.length - 1]
    if (previous !== undefined && (startsLowerCase(sentence) || startsWithDigit(sentence))) {
      append(previous.children, sentence.children)
      previous.position.end = sentence.position.end
      continue
    }
    kept.push(sentence)
  }
  return kept
}

function startsLowerCase(sentence: Sentence): boolean {
  for (const node of sentence.children) {
    if (node.type === 'WordNode') return isLowerInitial(firstCode(node))
    if (isMark(node)) return false
  }
  return false
}

function startsWithDigit(sentence: Sentence): boolean {
  const head = sentence.children[0]
  if (head?.type !== 'WordNode') return false
  const code = firstCode(head)
  return code >= 48 && code <= 57
}

/** A sentence ending in an abbreviation and "." ("etc.", "12.") keeps the full stop in the word and runs on into the next. */
function mergePrefixExceptions(sentences: Sentence[]): Sentence[] {
  const kept: Sentence[] = []
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!
    const children = sentence.children
    while (children.length > 1) {
      const period = children[children.length - 1]!
      const word = children[children.length - 2]!
      if (!isMark(period) || period.value !== '.' || word.type !== 'WordNode' || !isAbbreviationWord(word)) break
      word.children.push(period)
      children.pop()
      word.position.end = period.position.end
      const next = sentences[i + 1]
      if (next === undefined) break
      append(children, next.children)
      sentence.position.end = next.position.end
      i++
    }
    kept.push(sentence)
  }
  return kept
}

/** Lower-casing never shortens a string, and the longest abbreviation has four characters. */
function isAbbreviationWord(word: Word): boolean {
  if (textLength(word) > 4) return false
  let text = ''
  for (const child of word.children) text += child.value
  return isAbbreviation(text)
}

/** A sentence starting (after white space) with "," or ";" joins the one before. */
function mergeAffixExceptions(sentences: Sentence[]): Sentence[] {
  const kept: Sentence[] = []
  for (const sentence of sentences) {
    const previous = kept[kept.length - 1]
    if (previous !== undefined && startsWithComma(sentence)) {
      append(previous.children, sentence.children)
      previous.position.end = sentence.position.end
      continue
    }
    kept.push(sentence)
  }
  return kept
}

function startsWithComma(sentence: Sentence): boolean {
  for (const node of sentence.children) {
    if (node.type === 'WordNode') return false
    if (isMark(node)) return node.value === ',' || node.value === ';'
  }
  return false
}

/**
 * A full stop inside a sentence that is not its last end joins the word before it, or else the
 * word after it (parse-latin's `mergeRemainingFullStops`, from the end backwards).
 */
function mergeRemainingFullStops(children: Token[]): void {
  let hasFoundDelimiter = false
  for (let position = children.length - 1; position >= 0; position--) {
    const node = children[position]!
    if (!isMark(node)) {
      if (node.type === 'WordNode') hasFoundDelimiter = true
      continue
    }
    if (!isTerminal(node.value)) continue
    if (!hasFoundDelimiter) {
      hasFoundDelimiter = true
      continue
    }
    if (node.value !== '.') continue
    const previous = children[position - 1]
    const next = children[position + 1]
    if (previous?.type === 'WordNode') {
      const nextNext = children[position + 2]
      // "{.} ." stays.
      if (next?.type === 'WhiteSpaceNode' && nextNext !== undefined && 'value' in nextNext && nextNext.value === '.') continue
      children.splice(position, 1)
      previous.children.push(node)
      previous.position.end = node.position.end
      position--
    } else if (next?.type === 'WordNode') {
      children.splice(position, 1)
      next.children.unshift(node)
      next.position.start = node.position.start
    }
  }
}

/**
 * White space starting or ending a sentence moves out of it, a sentence breaks at white space
 * with two line ends or more (`breakImplicitSentences`), and empty sentences go: parse-latin's
 * last four paragraph passes, which touch each sentence alone, as one.
 */
function breakSentences(sentences: Sentence[], hasBlankLine: boolean): (Sentence | Leaf)[] {
  const out: (Sentence | Leaf)[] = []
  for (const sentence of sentences) {
    const children = sentence.children
    if (children[0]?.type === 'WhiteSpaceNode') {
      while (children[0]?.type === 'WhiteSpaceNode') out.push(children.shift() as Leaf)
      const first = children[0]
      if (first !== undefined) sentence.position.start = first.position.start
    }
    let trailing: Leaf[] | undefined
    if (children[children.length - 1]?.type === 'WhiteSpaceNode') {
      trailing = []
      while (children[children.length - 1]?.type === 'WhiteSpaceNode') trailing.unshift(children.pop() as Leaf)
      const last = children[children.length - 1]
      if (last !== undefined) sentence.position.end = last.position.end
    }
    if (children.length > 0) {
      if (hasBlankLine) breakAtBlankLines(sentence, out)
      else out.push(sentence)
    }
    if (trailing !== undefined) for (const space of trailing) out.push(space)
  }
  return out
}

/** Pushes `sentence`, cut at each white space with two line ends or more between its first and last child. */
function breakAtBlankLines(sentence: Sentence, out: (Sentence | Leaf)[]): void {
  let current = sentence
  for (;;) {
    const children = current.children
    let position = 1
    while (position < children.length - 1 && !isBreak(children[position]!)) position++
    if (position >= children.length - 1) break
    const end = current.position.end
    current.children = children.slice(0, position)
    current.position.end = children[position - 1]!.position.end
    out.push(current, children[position] as Leaf)
    current = {
      type: 'SentenceNode',
      children: children.slice(position + 1),
      position: { start: children[position + 1]!.position.start, end },
    }
  }
  out.push(current)
}

function isBreak(node: Token): boolean {
  return node.type === 'WhiteSpaceNode' && lineBreaks(node.value) >= 2
}
