import type { Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { isDateline } from '../parts/dateline.js'
import type { OffsetMap } from '../normalize/offset-map.js'
import type { Line } from './lines.js'
import { flatLines } from './flat.js'
import type { StatsMemo } from './boilerplate.js'
import { findMainContent } from './main-content.js'
import { findDate, findTitle, indexPage, type PageIndex } from './meta.js'
import { linesOf } from './text.js'

/** The article text read from an HTML page, with a map from its offsets into the HTML. */
export interface HtmlText {
  text: string
  map: OffsetMap
  warnings: string[]
}

/** Lines at the top of the article where a date line may already be. */
const DATELINE_WINDOW = 6
/** Most short lines dropped above the headline. */
const MAX_KICKERS = 2

const parser = unified().use(rehypeParse).freeze()

/**
 * Reads the article of an HTML page as plain text, the way the library reads a text article:
 * the headline (blank line after it), the date line, then one line per paragraph. Menus,
 * headers, footers, asides, link boxes ("Tin liên quan"), share bars, comment forms, scripts
 * and styles are left out. The headline comes from `<h1>`/`og:title`/`<title>` and the date
 * from `<time>`/date `<meta>` when the article body lacks them. Every char of the text maps
 * to the HTML it was read from (character references included).
 */
export function htmlToText(source: string): HtmlText {
  try {
    return fromTree(source)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return { ...joinWithMap(flatLines(source), false, source.length), warnings: ['html: nested too deeply; read without its structure'] }
  }
}

function fromTree(source: string): HtmlText {
  const warnings: string[] = []
  const root = parser.parse(source) as Root
  const memo: StatsMemo = new Map()
  const found = findMainContent(root, memo)
  const lines = found === null ? [] : linesOf(found.main, source, found.inSection, memo)
  if (lines.length === 0) warnings.push('html: no article text found')

  // Short lines above the <h1> (a kicker, a section name) are not part of the article.
  const headline = lines.findIndex((line) => line.headline === true)
  if (headline > 0 && headline <= MAX_KICKERS && lines.slice(0, headline).every((line) => line.text.length <= 60)) {
    lines.splice(0, headline)
  }
  let page: PageIndex | null = null
  let titled = lines[0]?.heading === true
  if (!titled) {
    page = indexPage(root, memo)
    const title = findTitle(page, source)
    const first = lines[0]
    if (first !== undefined && title !== null && namesSite(title.text, first.text)) {
      // The page's title is the body's first line with the site's name after it: that line is the headline.
      lines[0] = { ...first, heading: true }
      titled = true
    } else if (title !== null && title.text !== first?.text) {
      lines.unshift({ ...title, heading: true })
      titled = true
    }
  }
  const top = titled ? 1 : 0
  if (!lines.slice(top, top + DATELINE_WINDOW).some((line) => isDateline(line.text))) {
    const date = findDate(page ?? indexPage(root, memo), source)
    if (date !== null) lines.splice(top, 0, date)
  }
  return { ...joinWithMap(lines, titled, source.length), warnings }
}

/** The shortest line read as a headline whose page title adds the site's name. */
const MIN_HEADLINE = 12

/** Whether `title` is `line` and the site's name after a dash or bar ("… - Cổng TTĐT huyện Tam Nông"). */
function namesSite(title: string, line: string): boolean {
  if (line.length < MIN_HEADLINE || !title.startsWith(line)) return false
  return /^ {1,3}[-–|] {1,3}\S/u.test(title.slice(line.length))
}

/** The lines as one text, `\n` after each (and a blank line after the headline), with its map. */
function joinWithMap(lines: readonly Line[], titled: boolean, sourceLength: number): { text: string; map: OffsetMap } {
  const parts: string[] = []
  let length = 0
  for (const [index, line] of lines.entries()) {
    const breaks = index === 0 && titled ? 2 : 1
    parts.push(line.text, breaks === 2 ? '\n\n' : '\n')
    length += line.text.length + breaks
  }
  const starts = new Uint32Array(length + 1)
  const ends = new Uint32Array(length + 1)
  let at = 0
  for (const [index, line] of lines.entries()) {
    for (let k = 0; k < line.text.length; k++) {
      starts[at] = line.starts[k]!
      ends[at + 1] = line.ends[k]!
      at++
    }
    const lineEnd = line.ends[line.ends.length - 1] ?? 0
    const breaks = index === 0 && titled ? 2 : 1
    for (let k = 0; k < breaks; k++) {
      starts[at] = lineEnd
      ends[at + 1] = lineEnd
      at++
    }
  }
  starts[length] = sourceLength
  ends[0] = length > 0 ? starts[0]! : 0
  return { text: parts.join(''), map: { starts, ends } }
}
