import type { Element, ElementContent } from 'hast'
import { alignDecoded } from './align.js'
import { sectionTags, type StatsMemo } from './boilerplate.js'
import { LineWriter, type Line } from './lines.js'
import { isSkipped } from './main-content.js'

/** Elements that start and end a line. */
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr',
  'ul',
])

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** The visible lines of an element, each char with its range in the HTML `source`. */
export function linesOf(element: Element, source: string, inSection: boolean, memo: StatsMemo): Line[] {
  const writer = new LineWriter()
  const starts: number[] = []
  const ends: number[] = []
  const walk = (node: ElementContent, within: boolean, fallback: number): void => {
    if (node.type === 'text') {
      const from = node.position?.start.offset
      const to = node.position?.end.offset
      starts.length = 0
      ends.length = 0
      if (from === undefined || to === undefined) {
        for (let k = 0; k < node.value.length; k++) {
          starts.push(fallback)
          ends.push(fallback)
        }
      } else alignDecoded(node.value, source, from, to, starts, ends)
      writer.write(node.value, starts, ends)
      return
    }
    if (node.type !== 'element' || isSkipped(node, within, memo)) return
    const at = node.position?.start.offset ?? fallback
    if (node.tagName === 'br') {
      writer.break()
      return
    }
    const block = blockTags.has(node.tagName)
    if (block) writer.break()
    const inner = within || sectionTags.has(node.tagName)
    for (const child of node.children) walk(child, inner, at)
    if (node.tagName === 'td' || node.tagName === 'th') {
      const end = node.position?.end.offset ?? at
      writer.space(end, end)
    }
    if (headingTags.has(node.tagName)) writer.markHeading(node.tagName === 'h1')
    if (block) writer.break()
  }
  const within = inSection || sectionTags.has(element.tagName)
  for (const child of element.children) walk(child, within, element.position?.start.offset ?? 0)
  writer.break()
  return writer.lines
}
