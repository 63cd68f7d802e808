import fc from 'fast-check'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { identityMap } from '../../src/normalize/offset-map.js'
import { resolveOptions } from '../../src/options.js'
import { FastLatin, MAX_PIECE, vnParse } from '../../src/parse/index.js'
import { parsePieces } from '../../src/parse/lines.js'
import { sentenceSpans } from '../../src/parse/sentence-spans.js'
import { appendSentences } from '../../src/parse/sentences.js'
import { createState } from '../../src/prepare.js'
import type { Span } from '../../src/types.js'
import { article, PROPERTY_TIMEOUT, RUNS } from '../robustness/arbitraries.js'
import { anyText, mergeString, tightString } from './texts.js'

/** The spans the tree gives: parse-latin's sentences (FastLatin, in pieces of whole lines), cut at line ends. */
function treeSpans(text: string): Span[] {
  const out: Span[] = []
  parsePieces(text, new FastLatin(), (nodes) => appendSentences(nodes, text, out))
  return out
}

function expectSameSpans(text: string): void {
  expect(sentenceSpans(text)).toEqual(treeSpans(text))
}

function texts(text: string): string[] {
  return sentenceSpans(text).map(({ start, end }) => text.slice(start, end))
}

/** Pieces around a sentence end that parse-latin merges or keeps apart. */
const endPieces = [
  '.', '. ', '.\n', '!', '?', '…', '...', '?!', '."', '.")', '.)', '!"', '?)', '.”', '.’', '."\n', '.]', ".'",
  ' , tiếp', ' ; tiếp', ', ', '; ', 'Mr.', 'TS.', 'Th.S', 'ThS.', 'U.S.', 'U.S.A.', 'v.v.', '1.2.', '3.5', '12.', 'a.', 'I.',
  'ca.', 'etc.', 'cf.', 'id.', 'al.', '&', '&amp;', 'A&B', '& ', '-', '- ', '/', '5/3', 'ab/c', 'abc/de', 'ông', 'bà',
  'Ông', 'Sở', 'đã', '2024', '9 giờ', 'x', '(', ')', '"', "'", ' ', ' ', '  ', '\t', '\n', '\n\n', ' \n \n ', '\r\n',
  '\r\n\r\n', '\r\r', '\r', '\u2028', '\u00a0',
]
const endString = fc.string({ unit: fc.constantFrom(...endPieces), maxLength: 40 })

/**
 * Runs of words with marks stuck to them ("&etc.", "-U.S.", "ab/c.", "Ông.)"), between spaces,
 * line ends or nothing: each of parse-latin's word merges next to a sentence end.
 */
const stuckWords = fc
  .array(
    fc.tuple(
      fc.constantFrom('', '', '&', '&&', '-', '/', '.', '"', '(', ','),
      fc.constantFrom('etc', 'cf', 'U.S', 'U.S.A', 'a', 'Z', '1', '12', '1.2', 'ab', 'abc', 'Ông', 'ông', 'Sở', 'x_y', 'TP.HCM', ''),
      fc.constantFrom('', '', '.', '.', '..', '!', '?', '-', '/', '&', '."', '.)', ')', ',', ';'),
      fc.constantFrom(' ', ' ', '', '\n', '\n\n', ' \n \n ', '\r\n'),
    ),
    { maxLength: 16 },
  )
  .map((words) => words.map((parts) => parts.join('')).join(''))

/** Articles with blank lines, CRLF, initialisms and odd punctuation between their lines. */
const joinedArticle = fc
  .tuple(article, fc.array(fc.constantFrom(...endPieces.map((piece) => ` ${piece} `), '\n', '\n\n', '\r\n', ' \n', '\n \n'), { minLength: 1, maxLength: 8 }))
  .map(([lines, separators]) => lines.map((line, i) => line + separators[i % separators.length]).join(''))

/** Articles longer than a piece, so that the text is read in several pieces of whole lines. */
const longArticle = fc
  .tuple(fc.array(article, { minLength: 4, maxLength: 9 }), fc.constantFrom('\n', '\n\n', '\r\n', ' '), fc.option(fc.oneof(mergeString, endString)))
  .map(([articles, separator, noise]) => articles.map((lines) => lines.join(separator)).join(`${noise ?? ''}\n`))

/** One line longer than a piece: cut after a sentence end, a space, or anywhere. */
const longLine = fc
  .tuple(fc.oneof(mergeString, endString, tightString), fc.integer({ min: 1, max: 3 * MAX_PIECE }))
  .filter(([unit]) => unit.length > 0)
  .map(([unit, length]) => unit.replace(/[\n\r]/g, ' ').repeat(Math.ceil(length / unit.length)))

describe('sentenceSpans: the sentences of the tree, without the tree', () => {
  it.each([
    'Sáng ngày 12/01/2024, Sở Tư pháp tỉnh Kon Tum tổ chức Hội nghị. Tới dự có đồng chí Giám đốc Sở.',
    'Tặng Bằng khen cho 01 tập thể, 02 cá nhân!!! "Dân vận khéo"…',
    'Quyết định số 123/QĐ-UBND\r\nngày 5/3 — TP.HCM (U.S.)',
    '',
    ' ',
    '\n\n',
    '.',
    '. . .',
    ', ; .',
  ])('%j', expectSameSpans)

  it('for any string (code units, code points, hostile and punctuation-heavy pieces)', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(fc.property(fc.oneof(anyText, endString), expectSameSpans), { numRuns: RUNS })
  })

  it('for any run of words with marks stuck to them ("&etc. Ông", "-U.S.\\n", "ab/c.)")', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(fc.property(stuckWords, expectSameSpans), { numRuns: RUNS })
  })

  it('for any generated article', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(fc.property(article, (lines) => expectSameSpans(lines.join('\n'))), { numRuns: RUNS })
  })

  it('for any article with blank lines, CRLF, initialisms and closing marks between its lines', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(fc.property(joinedArticle, expectSameSpans), { numRuns: RUNS })
  })

  it('for any long article (several pieces of whole lines)', { timeout: PROPERTY_TIMEOUT }, () => {
    // A fifth of the runs: each reads 2-6 KB twice.
    fc.assert(fc.property(longArticle, expectSameSpans), { numRuns: Math.ceil(RUNS / 5) })
  })

  it('for any line longer than a piece (cut after a sentence end, a space, or anywhere)', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(fc.property(longLine, expectSameSpans), { numRuns: Math.ceil(RUNS / 5) })
  })
})

describe('sentenceSpans: every short string of merge-driving pieces, alone and between words', () => {
  /** Words (abbreviations, an initialism, a digit, three units), the marks parse-latin merges, and white space. */
  const units = ['a', 'Z', '1', 'etc', 'U.S', '.', '-', '/', '&', '"', ')', ',', ' ', '\n\n']
  /** A word of three units, or a short word and a mark, just before; a sentence just after. */
  const frames: ((text: string) => string)[] = [
    (text) => `${text} Bà.`,
    (text) => `Ông${text} Bà.`,
    (text) => `Sở.${text}x`,
    (text) => `a-${text} Bà.`,
    (text) => `a/${text} Bà.`,
  ]

  it(`for the ${units.length}^4 strings of four pieces and the shorter ones, in ${frames.length} frames`, { timeout: PROPERTY_TIMEOUT }, () => {
    let strings = ['']
    const all: string[] = []
    for (let length = 1; length <= 4; length++) {
      strings = strings.flatMap((text) => units.map((unit) => text + unit))
      all.push(...strings)
    }
    const wrong = all.flatMap((text) => frames.map((frame) => frame(text))).filter((text) => JSON.stringify(sentenceSpans(text)) !== JSON.stringify(treeSpans(text)))
    expect(wrong.slice(0, 10)).toEqual([])
  })
})

describe('sentence ends that do not end a sentence ("U.S.", "3.5", "etc.", "TP.HCM")', () => {
  it.each([
    ['Đoàn công tác U.S.A. Đến thăm tỉnh.', ['Đoàn công tác U.S.A. Đến thăm tỉnh.']],
    ['Tăng 3.5 lần. Giảm 1.2. Tiếp.', ['Tăng 3.5 lần.', 'Giảm 1.2.', 'Tiếp.']],
    ['Các sở, ngành, etc. Ông A phát biểu.', ['Các sở, ngành, etc. Ông A phát biểu.']],
    ['Tại TP.HCM. Sáng nay.', ['Tại TP.HCM.', 'Sáng nay.']],
    ['Điều 12. Nội dung.', ['Điều 12. Nội dung.']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected)
    expectSameSpans(text)
  })
})

describe('sentences joined to the one before (lower-case start, a digit right after the end, "," or ";", no word)', () => {
  it.each([
    ['Hội nghị. tổng kết năm.', ['Hội nghị. tổng kết năm.']],
    ['Khen thưởng!12 cá nhân.', ['Khen thưởng!12 cá nhân.']],
    ['Khen thưởng. 12 cá nhân.', ['Khen thưởng.', '12 cá nhân.']],
    ['Tặng Bằng khen. , cho tập thể.', ['Tặng Bằng khen. , cho tập thể.']],
    ['Sở Tư pháp. ... !', ['Sở Tư pháp. ... !']],
    ['... ! Sở Tư pháp. Hội nghị.', ['... !', 'Sở Tư pháp.', 'Hội nghị.']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected)
    expectSameSpans(text)
  })
})

describe('closing marks after a sentence end stay with it ("…khéo." ")")', () => {
  it.each([
    ['Phong trào "Dân vận khéo." Tiếp theo.', ['Phong trào "Dân vận khéo."', 'Tiếp theo.']],
    ['(Ảnh: PV.) Hội nghị.', ['(Ảnh: PV.)', 'Hội nghị.']],
    ['Hội nghị."). Tiếp.', ['Hội nghị.").', 'Tiếp.']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected)
    expectSameSpans(text)
  })
})

describe('line ends and blank lines cut sentences ("Tiêu đề\\n\\nSáng nay…")', () => {
  it.each([
    ['Tiêu đề không chấm\nSáng nay, hội nghị.', ['Tiêu đề không chấm', 'Sáng nay, hội nghị.']],
    ['Tiêu đề  \n \n  Sáng nay.', ['Tiêu đề', 'Sáng nay.']],
    ['Dòng một\r\n\r\nDòng hai', ['Dòng một', 'Dòng hai']],
    ['Dòng một\r\nDòng hai', ['Dòng một\r', 'Dòng hai']],
    ['Dòng một \r\r dòng hai', ['Dòng một', 'dòng hai']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected)
    expectSameSpans(text)
  })
})

describe('vnParse for analyze() ("keepNoTree"): the spans, no tree', () => {
  it('puts the same sentences in the state as the tree of a plugin user ("Hội nghị. tổng kết…" × 80)', () => {
    const text = 'Hội nghị tổng kết. tổng kết năm 2023, etc. Tới dự có U.S.A.\n\nSở Tư pháp "khéo." '.repeat(80)
    const file = new VFile({ value: text })
    file.data.vn = createState(text, text, identityMap, resolveOptions(undefined), [])
    file.data.vn.keepNoTree = true
    const tree = unified().use(vnParse).parse(file)
    expect(tree.children).toEqual([])
    expect(tree.position?.end).toEqual(unified().use(vnParse).parse(text).position?.end)
    expect(file.data.vn.sentences).toEqual(treeSpans(text))
  })
})
