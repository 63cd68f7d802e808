import type { Nodes, Root } from 'nlcst'
import { ParseLatin } from 'parse-latin'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { identityMap } from '../../src/normalize/offset-map.js'
import { resolveOptions } from '../../src/options.js'
import { FastLatin, MAX_PIECE, parseLines, vnParse } from '../../src/parse/index.js'
import { parsePieces } from '../../src/parse/lines.js'
import { appendSentences } from '../../src/parse/sentences.js'
import { createState } from '../../src/prepare.js'
import type { Span } from '../../src/types.js'

type Leaf = Extract<Nodes, { value: string }>

function leaves(node: Nodes, out: Leaf[] = []): Leaf[] {
  if ('children' in node) for (const child of node.children) leaves(child as Nodes, out)
  else out.push(node)
  return out
}

function toString(node: Nodes): string {
  return leaves(node).map((leaf) => leaf.value).join('')
}

function sentences(tree: Root): string[] {
  const out: string[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') out.push(...toString(sentence).split('\n').filter(Boolean))
  }
  return out
}

const paragraph =
  'Sáng ngày 12/01/2024, Sở Tư pháp tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác năm 2023. ' +
  'Tới dự có đồng chí Giám đốc Sở và đại diện các phòng, đơn vị trực thuộc.\n'
const article = `Kon Tum: Hội nghị tổng kết công tác tư pháp\n\n${paragraph.repeat(40)}Nguyễn Văn A - Sở Tư pháp`

describe('parseLines: a tree in pieces of whole lines', () => {
  it('keeps every leaf at its place in the text (an article of several pieces)', () => {
    expect(article.length).toBeGreaterThan(3 * MAX_PIECE)
    const tree = parseLines(article)
    const all = leaves(tree)
    expect(all.map((leaf) => leaf.value).join('')).toBe(article)
    for (const leaf of all) {
      const { start, end } = leaf.position!
      expect(article.slice(start.offset, end.offset)).toBe(leaf.value)
    }
  })

  it('gives lines and columns that agree with the offsets', () => {
    const tree = parseLines(article)
    const lineStarts = [0]
    for (let i = 0; i < article.length; i++) if (article[i] === '\n') lineStarts.push(i + 1)
    for (const leaf of leaves(tree)) {
      const { line, column, offset } = leaf.position!.start
      expect(lineStarts[line - 1]! + column - 1).toBe(offset)
    }
    expect(tree.position?.end.offset).toBe(article.length)
  })

  it('finds the same sentences as one parse of the whole text, cut at line ends', () => {
    expect(sentences(parseLines(article))).toEqual(sentences(new ParseLatin().parse(article)))
  })

  it('cuts a line without breaks ("…năm 2023. Tới dự…" × 60) after a sentence end', () => {
    const line = paragraph.trim().concat(' ').repeat(30)
    const tree = parseLines(line)
    expect(leaves(tree).map((leaf) => leaf.value).join('')).toBe(line)
    for (const sentence of sentences(tree)) expect(sentence.trim()).toMatch(/[.]$/)
  })

  it('cuts a line without spaces ("1/1/1/…") anywhere, losing no character', () => {
    const line = '1/'.repeat(3 * MAX_PIECE)
    expect(leaves(parseLines(line)).map((leaf) => leaf.value).join('')).toBe(line)
  })

  it('keeps a surrogate pair ("𝐁") in one piece', () => {
    const line = '𝐁'.repeat(MAX_PIECE)
    const all = leaves(parseLines(line))
    expect(all.map((leaf) => leaf.value).join('')).toBe(line)
    for (const leaf of all) expect(leaf.value).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/)
  })

  it('returns an empty root for ""', () => {
    expect(parseLines('')).toEqual({ type: 'RootNode', children: [] })
  })
})

describe('vnParse: the parser of a unified processor', () => {
  it('parses like retext-latin ("Hội nghị. Tổng kết.")', () => {
    const tree = unified().use(vnParse).parse('Hội nghị. Tổng kết.')
    expect(sentences(tree)).toEqual(['Hội nghị.', 'Tổng kết.'])
  })

  it('runs the parser extensions set in the processor data', () => {
    const seen: string[] = []
    const processor = unified()
      .use(vnParse)
      .data('nlcstSentenceExtensions', [(sentence) => void seen.push(toString(sentence))])
    processor.parse('Sở Tư pháp.')
    expect(seen).toEqual(['Sở Tư pháp.'])
  })
})

describe('parsePieces: the pieces of parseLines, each handed over and kept by nobody', () => {
  it('an article of 40 paragraphs gives the sentences of the whole tree, piece by piece', () => {
    const fromPieces: Span[] = []
    const end = parsePieces(article, new FastLatin(), (nodes) => appendSentences(nodes, article, fromPieces))
    const fromTree: Span[] = []
    const tree = parseLines(article)
    appendSentences(tree.children, article, fromTree)
    expect(article.length).toBeGreaterThan(MAX_PIECE)
    expect(fromPieces).toEqual(fromTree)
    expect(end).toEqual(tree.position?.end)
  })

  it('vnParse keeps no tree for analyze() ("keepNoTree") and puts the sentences in its state', () => {
    const processor = unified().use(vnParse)
    const file = new VFile({ value: article })
    file.data.vn = createState(article, article, identityMap, resolveOptions(undefined), [])
    file.data.vn.keepNoTree = true
    const tree = processor.parse(file)
    expect(tree.children).toEqual([])
    const expected: Span[] = []
    appendSentences(parseLines(article).children, article, expected)
    expect(file.data.vn.sentences).toEqual(expected)
  })
})
