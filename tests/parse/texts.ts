/**
 * Generators of texts for the parser's properties: strings strung from the pieces that drive
 * parse-latin's merges, and any strings.
 */
import fc from 'fast-check'
import { anyString } from '../robustness/arbitraries.js'

/** Pieces that drive parse-latin's merges: sentence ends, closing marks, inner symbols, initialisms, abbreviations, lower-case starts, line breaks. */
const mergePieces = [
  '.', '.', '.', '!', '?', '…', '‽', '!?', '...', '. ', '.\n', '"', "'", '’', '”', '»', '(', ')', '[', ']', '{', '}', '/', '//',
  '&', '-', '--', '_', '__', ',', ';', ':', '=', '@', '·', '\u00ad', '‐', '‑', '‧', '|', '+', '©',
  '0', '1', '12', '123', '2024', '5/3', '12/01/2024', '1.2.', '3.5', 'U.S.A.', 'U.S.', 'a.b.', 'TP.', 'TP.HCM', 'etc.', 'cf.', 'ibid.',
  'Ông', 'Bà', 'Sở', 'UBND', 'Hội nghị', 'ngày', 'số', 'tỉnh', 'và', 'cán bộ', 'Đăk_Hà', 'e-mail', 'a', 'b', 'Z', 'x', 'K', 'İ', 'ß',
  ' ', ' ', ' ', '  ', '\t', '\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' \n \n ', '\u00a0', '\u2028',
  '\ud83d\ude00', '\ud835\udc01', '\ud800', '\u0301', '中', 'ก', 'Ж',
]

/** Strings strung from {@link mergePieces}: every merge of parse-latin, and their interplay. */
export const mergeString = fc.string({ unit: fc.constantFrom(...mergePieces), maxLength: 40 })

/** Strings of single characters that merge: short, so that they meet in every order. */
export const tightString = fc.string({ unit: fc.constantFrom(...'.!?…"\')]}/&-_,;:=@0123456789aZxKĐđ  \n\r\t'), maxLength: 30 })

/** Any code points, surrogate pairs included. */
const fullUnicode = fc.string({ unit: 'grapheme-composite', maxLength: 40 })
const binary = fc.string({ unit: 'binary', maxLength: 60 })

/** Any text: hostile strings, merge-driving strings, any code points or code units. */
export const anyText = fc.oneof(anyString, mergeString, tightString, fullUnicode, binary)
