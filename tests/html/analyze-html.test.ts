import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'
import { articles } from './articles.js'
import { articlePage } from './page.js'

/** The analysis without spans and mention texts: the values a user reads. */
function values(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(values)
  if (typeof node !== 'object' || node === null) return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'span' && key !== 'text')
      .map(([key, value]) => [key, values(value)]),
  )
}

/** Every `{ text, span }` in an analysis. */
function mentions(node: unknown, out: { text: string; span: { start: number; end: number } }[] = []) {
  if (Array.isArray(node)) for (const item of node) mentions(item, out)
  else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>
    if (typeof record.text === 'string' && typeof record.span === 'object') out.push(record as never)
    for (const value of Object.values(record)) mentions(value, out)
  }
  return out
}

const corpusDir = new URL('../../corpus/', import.meta.url)
const corpus = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, readFileSync(new URL(name, corpusDir), 'utf8')] as const)
  : []
const samples = [...articles.map((text, i) => [`test article ${i + 1}`, text] as const), ...corpus]

describe('an article page wrapped in chrome analyses to the same values as its text', () => {
  it.each(samples.flatMap(([name, text]) => [
    [name, 'headline in the article', text, {}],
    [name, 'headline outside the article', text, { titleOutside: true }],
  ]))('%s, %s', (_name, _where, text, options) => {
    const html = articlePage(text, options)
    const fromHtml = analyze(html, { format: 'html' })
    expect(values(fromHtml)).toEqual(values(analyze(text)))
    for (const mention of mentions(fromHtml)) expect(html.slice(mention.span.start, mention.span.end)).toBe(mention.text)
  })
})

describe('format "html" spans point into the HTML source', () => {
  it('maps the headline "… Đào tạo & các trường" to its source with "&amp;"', () => {
    const html = articlePage(articles[1]!)
    const { title } = analyze(html, { format: 'html' })
    expect(title?.text).toBe('Trao Huân chương Lao động hạng Ba cho Sở Giáo dục và Đào tạo &amp; các trường')
    expect(html.slice(title!.span.start, title!.span.end)).toBe(title!.text)
  })
  it('never throws on markup junk', () => {
    for (const junk of ['', '<', '<div><div><div>', '&#99999999;', '<script>alert(1)</script>']) {
      expect(() => analyze(junk, { format: 'html' })).not.toThrow()
    }
  })
})
