import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze, vnAdminNews } from '../src/index.js'

const article = `Bình Định: Hội thi tuyên truyền viên pháp luật giỏi năm 2024

08/05/2024
Sáng ngày 07/5/2024, Sở Tư pháp tỉnh Bình Định tổ chức Hội thi tuyên truyền viên pháp luật giỏi năm 2024.
Lê Hoa - Sở Tư pháp tỉnh Bình Định`

function runPlugin(value: string, options?: Parameters<typeof analyze>[1]) {
  const processor = unified().use(retextLatin).use(vnAdminNews, options)
  const file = new VFile({ value })
  processor.runSync(processor.parse(file), file)
  return file.data.analysis
}

describe('vnAdminNews as a retext plugin', () => {
  it('puts the same analysis on file.data.analysis as analyze()', () => {
    expect(runPlugin(article)).toEqual(analyze(article))
  })

  it('leaves the tree to the plugins after it (only analyze(), which owns its tree, keeps none)', () => {
    const processor = unified().use(retextLatin).use(vnAdminNews)
    const file = new VFile({ value: article })
    const tree = processor.parse(file)
    processor.runSync(tree, file)
    expect(tree.children.length).toBeGreaterThan(0)
    expect(file.data.analysis?.title?.text).toContain('Hội thi')
  })

  it('normalises NFD input itself and keeps spans in the input', () => {
    const nfd = article.normalize('NFD')
    const result = runPlugin(nfd)!
    expect(result).toEqual(analyze(nfd))
    expect(nfd.slice(result.title!.span.start, result.title!.span.end)).toBe(result.title!.text)
  })

  it('gives analyze()\'s result for every article of corpus/ (retext-latin\'s whole-text tree or vnParse\'s pieces)', () => {
    const dir = new URL('../corpus/', import.meta.url)
    const names = readdirSync(dir).filter((name) => name.endsWith('.txt'))
    expect(names.length).toBeGreaterThan(10)
    for (const name of names) {
      const text = readFileSync(new URL(name, dir), 'utf8')
      expect(runPlugin(text), name).toEqual(analyze(text))
    }
  })

  it('validates its options', () => {
    expect(() => runPlugin(article, { format: 'pdf' as never })).toThrow(TypeError)
  })
})
