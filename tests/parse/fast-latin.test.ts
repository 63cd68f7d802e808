import fc from 'fast-check'
import type { Sentence } from 'nlcst'
import { ParseLatin } from 'parse-latin'
import { describe, expect, it } from 'vitest'
// parse-latin's own character classes, which it does not export: the tables must agree with them.
import * as expressions from '../../node_modules/parse-latin/lib/expressions.js'
import { FastLatin, MAX_PIECE, parseLines } from '../../src/parse/index.js'
import { isAffix, isInnerWordSymbol, isLowerInitial, isNewLine, isNumericalUnit, isTerminal, lineBreaks, unitType, WORD } from '../../src/parse/units.js'
import { article, PROPERTY_TIMEOUT, RUNS } from '../robustness/arbitraries.js'
import { anyText, mergeString } from './texts.js'

const reference = new ParseLatin()
const fast = new FastLatin()

/** The same tree, byte for byte: values, positions, and the order of every node's keys. */
function expectSameTree(actual: unknown, expected: unknown): void {
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
}

describe('FastLatin: the same tree as parse-latin', () => {
  it.each([
    'Sáng ngày 12/01/2024, Sở Tư pháp tỉnh Kon Tum tổ chức Hội nghị.',
    'Tặng Bằng khen cho 01 tập thể, 02 cá nhân!!! “Dân vận khéo”…',
    'Quyết định số 123/QĐ-UBND\r\nngày 5/3 — TP.HCM (U.S.)',
    '\t  \n\n\ud83d\ude00 \ud800 a\u0301\u0323 中文 ——',
    'Ông A. nói: "Hội nghị." (Ảnh: PV). tiếp tục, etc. Điều 5. Nội dung; cf. 1.2. U.S.A. lúc 9.',
    '& Sở -Phòng- &Ban /a/b/ abc/de a_b __ x.y.z. ."). !? …',
    'Tiêu đề không chấm\n\nSáng nay, hội nghị.\n\n\n. , ; tiếp\r\n\r\nkết thúc',
    '',
    ' ',
    '\n',
    '.',
  ])('%j', (text) => {
    expectSameTree(fast.parse(text), reference.parse(text))
  })

  it('for any string (code units, code points, hostile and punctuation-heavy pieces)', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(fc.property(anyText, (text) => expectSameTree(fast.parse(text), reference.parse(text))), { numRuns: RUNS })
  })

  it('for any generated article', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(fc.property(article, (lines) => {
        const text = lines.join('\n')
        expectSameTree(fast.parse(text), reference.parse(text))
      }), { numRuns: RUNS })
  })

  it('for any article with blank lines, CRLF, initialisms and odd punctuation between its lines', { timeout: PROPERTY_TIMEOUT }, () => {
    const joined = fc
      .tuple(article, fc.array(fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', ' \n', '\n \n', '. ', '.\n\n', ' U.S. ', ' etc. ', ' "x". ', '; ', ', tiếp ', ' 1.2. '), { minLength: 1, maxLength: 8 }))
      .map(([lines, separators]) => lines.map((line, i) => line + separators[i % separators.length]).join(''))
    fc.assert(fc.property(joined, (text) => expectSameTree(fast.parse(text), reference.parse(text))), { numRuns: RUNS })
  })
})

describe('FastLatin with parser extensions: parse-latin and the extensions, in its order', () => {
  /** An extension that looks at its nodes and changes the tree, as retext plugins do. */
  const tagSentence = (sentence: Sentence): void => {
    sentence.children.push({ type: 'SymbolNode', value: `#${sentence.children.length}` })
  }
  const dropFirstParagraphChild = (node: { children: unknown[] }): void => void node.children.shift()

  it('runs sentence, paragraph and root extensions like parse-latin ("Hội nghị. tổng kết")', { timeout: PROPERTY_TIMEOUT }, () => {
    const make = <T extends ParseLatin>(parser: T): T => {
      parser.tokenizeSentencePlugins.unshift(tagSentence as never)
      parser.tokenizeParagraphPlugins.unshift(dropFirstParagraphChild as never)
      parser.tokenizeRootPlugins.push(dropFirstParagraphChild as never)
      return parser
    }
    const slow = make(new ParseLatin())
    const extended = make(new FastLatin())
    expect(extended.isFused()).toBe(false)
    expectSameTree(extended.parse('Hội nghị. tổng kết'), slow.parse('Hội nghị. tổng kết'))
    fc.assert(fc.property(anyText, (text) => expectSameTree(extended.parse(text), slow.parse(text))), { numRuns: Math.ceil(RUNS / 10) })
  })

  it('is fused only with parse-latin\'s own plugins', () => {
    expect(new FastLatin().isFused()).toBe(true)
    const parser = new FastLatin()
    parser.tokenizeRootPlugins.pop()
    expect(parser.isFused()).toBe(false)
  })
})

describe('parseLines with FastLatin: the same tree as parse-latin on each piece', () => {
  /** Articles longer than a piece, so that positions run across pieces and lines. */
  const long = fc
    .tuple(fc.array(article, { minLength: 4, maxLength: 9 }), fc.constantFrom('\n', '\n\n', '\r\n', ' '), fc.option(mergeString))
    .map(([articles, separator, noise]) => articles.map((lines) => lines.join(separator)).join(`${noise ?? ''}\n`))

  it('for any long article (several pieces)', { timeout: PROPERTY_TIMEOUT }, () => {
    // A fifth of the runs: each parses 2-6 KB twice, with parse-latin's slow plugins once.
    fc.assert(fc.property(long, (text) => expectSameTree(parseLines(text, new FastLatin()), parseLines(text, new ParseLatin()))), {
      numRuns: Math.ceil(RUNS / 5),
    })
  })

  it.each([
    ['one line without breaks', 'Hội nghị tổng kết năm 2023. Tới dự có U.S.A. và etc. '.repeat(120)],
    ['a line without spaces', '1/'.repeat(3 * MAX_PIECE)],
    ['CRLF lines', 'Sở Tư pháp.\r\n\r\nngày 5/3, tiếp.\r\n'.repeat(200)],
  ])('for %s', (_name, text) => {
    expectSameTree(parseLines(text, new FastLatin()), parseLines(text, new ParseLatin()))
  })
})

describe('the character tables: parse-latin\'s expressions, unit by unit', () => {
  const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code))

  it('token types (whiteSpace, punctuation, word, else symbol)', () => {
    const types = ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode']
    const wrong = units.filter((unit) => {
      const expected = expressions.whiteSpace.test(unit) ? 1 : expressions.punctuation.test(unit) ? 2 : expressions.word.test(unit) ? 0 : 3
      return types[unitType(unit.charCodeAt(0)) - 1] !== types[expected]
    })
    expect(wrong).toEqual([])
  })

  it('lower-case initials of words (word units and "&")', () => {
    const wrong = units.filter(
      (unit) => (unitType(unit.charCodeAt(0)) === WORD || unit === '&') && isLowerInitial(unit.charCodeAt(0)) !== expressions.lowerInitial.test(unit),
    )
    expect(wrong).toEqual([])
  })

  it('numerical units (only word units are)', () => {
    expect(units.filter((unit) => isNumericalUnit(unit.charCodeAt(0)) !== expressions.numerical.test(unit))).toEqual([])
  })

  it('closing marks, sentence ends, inner-word symbols, line ends', () => {
    const values = [...units, ...units.map((unit) => unit + unit), '', '__', '___', '.!?', '..', ' \n\t\r\n', '\u00a0\n', ' ']
    const wrong = values.filter(
      (value) =>
        isAffix(value) !== expressions.affixSymbol.test(value) ||
        isTerminal(value) !== expressions.terminalMarker.test(value) ||
        isInnerWordSymbol(value) !== expressions.wordSymbolInner.test(value) ||
        isNewLine(value) !== expressions.newLine.test(value) ||
        lineBreaks(value) !== value.split(/\r\n|\r|\n/).length - 1,
    )
    expect(wrong).toEqual([])
  })
})
