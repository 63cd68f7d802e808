import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'
import { prepareInput } from '../../src/normalize/index.js'
import { detectLegacy, repairLegacy } from '../../src/normalize/legacy.js'
import { mayBeLegacyText } from '../../src/normalize/legacy-detect.js'
import { convertLegacy, convertWord } from '../../src/normalize/legacy-convert.js'
import { isVietnameseSyllable } from '../../src/normalize/legacy-syllable.js'
import { normalizeText } from '../../src/normalize/text.js'
import { MapBuilder, toSourceEnd, toSourceStart } from '../../src/normalize/offset-map.js'
import { toTcvn3, toVni } from './encode-legacy.js'

const options = { referenceDate: null, format: 'text' as const }
const canonical = (text: string) => normalizeText(text).text

const article = [
  'ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ TỔNG KẾT NĂM HỌC',
  'Chiều 14/6/2023, Ủy ban nhân dân huyện Đăk Hà tổ chức Hội nghị tổng kết năm học 2022-2023.',
  'Ông Phạm Văn Ấn, Phó Chủ tịch UBND huyện, trao Giấy khen cho 12 tập thể và 30 cá nhân.',
  'Ưu tiên của ngành là nâng cao chất lượng dạy học ở các xã vùng sâu, vùng xa.',
].join('\n')

describe('legacy: detection ("Uû ban nh©n d©n" is TCVN3, "UÛy ban nhaân daân" is VNI)', () => {
  it.each([
    ['Uû ban nh©n d©n tØnh Kon Tum', 'TCVN3'],
    ['TiÕng ViÖt rÊt hay', 'TCVN3'],
    ['UÛy ban nhaân daân tænh Kon Tum', 'VNI'],
    ['Tieáng Vieät raát hay', 'VNI'],
    ['Ngöôøi daân tröôøng hoïc ñaïi hoäi', 'VNI'],
    [toTcvn3(article), 'TCVN3'],
    [toVni(article), 'VNI'],
  ])('%j → %s', (text, encoding) => {
    expect(detectLegacy(text)).toBe(encoding)
  })

  it.each([
    ['Unicode Vietnamese (NFC)', article],
    ['Unicode Vietnamese (NFD)', article.normalize('NFD')],
    ['old tone placement "hoà", "hoá", "uỷ"', 'Lễ hoà nhạc và hoá trang ở Uỷ ban xã'],
    ['French with «» and ç', 'Le président a déclaré « bonjour », ça va très bien à Paris'],
    ['German with ü, ö, ß', 'Die Bürger sind schön und müde, große Straße in München'],
    ['Spanish with ñ', 'El señor año pasado compró una piña en España'],
    ['a copyright line', '© 2024 Báo ABC ® Mọi quyền được bảo lưu'],
    ['English with £ and ½', 'It cost £5 and ½ a pint of milk'],
    ['empty', ''],
    ['spaces', '   \n\t  '],
  ])('%s is left alone', (_name, text) => {
    expect(detectLegacy(text)).toBeNull()
    expect(repairLegacy(text)).toBeNull()
  })
})

describe('legacy: conversion gives the Unicode text back (TCVN3 and VNI, capitals included)', () => {
  it.each([
    ['TCVN3', toTcvn3],
    ['VNI', toVni],
  ])('%s article → the original, with the warning "legacy %s text converted"', (encoding, encode) => {
    const prepared = prepareInput(encode(article), options)
    expect(prepared.text).toBe(canonical(article))
    expect(prepared.warnings).toEqual([`legacy ${encoding} text converted`])
  })

  it('"Uû ban" (TCVN3 typed with the old tone placement "Uỷ") → "Ủy ban"', () => {
    expect(prepareInput('Uû ban nh©n d©n tØnh', options).text).toBe('Ủy ban nhân dân tỉnh')
  })

  it('a Unicode title over a TCVN3 body: only the body is converted', () => {
    const [title, ...body] = article.split('\n')
    const mixed = [title, toTcvn3(body.join('\n'))].join('\n')
    expect(prepareInput(mixed, options).text).toBe(canonical(article))
  })

  it('ordinary text gets no legacy warning', () => {
    expect(prepareInput(article, options).warnings).toEqual([])
  })
})

describe('legacy: offsets point into the mojibake ("Héi nghÞ" is the span of "Hội nghị")', () => {
  it.each([
    ['TCVN3' as const, toTcvn3],
    ['VNI' as const, toVni],
  ])('%s: every word of the converted text maps to its legacy spelling', (encoding, encode) => {
    const source = encode(article)
    const { text, map } = prepareInput(source, options)
    for (const match of text.matchAll(/\p{L}{1,40}/gu)) {
      const start = toSourceStart(map, match.index)
      const end = toSourceEnd(map, match.index + match[0].length)
      expect(canonical(convertWord(encoding, source.slice(start, end)))).toBe(match[0])
    }
  })

  it.each([
    ['TCVN3', toTcvn3],
    ['VNI', toVni],
  ])('%s: analyze() spans slice the input and read back as the original parts', (encoding, encode) => {
    const source = encode(article)
    const legacy = analyze(source)
    const original = analyze(article)
    expect(legacy.parts.map((part) => part.kind)).toEqual(original.parts.map((part) => part.kind))
    legacy.parts.forEach((part, i) => {
      expect(source.slice(part.span.start, part.span.end)).toBe(part.text)
      expect(canonical(prepareInput(part.text, options).text)).toBe(canonical(original.parts[i]!.text))
    })
    expect(legacy.warnings).toContain(`legacy ${encoding} text converted`)
  })
})

describe('legacy: syllable check ("nhân" is a syllable, "prộsident" is not)', () => {
  it.each(['nhân', 'thưởng', 'Nguyễn', 'nghiêng', 'khuya', 'quốc', 'gìn', 'Uỷ', 'NGƯỜI'])('%s is one syllable', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true)
  })
  it.each(['prộsident', 'fỹr', 'ỗa', 'bonjour', 'đ', 'hoạà'])('%s is none', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false)
  })
})

describe('legacy: cheap on ordinary text', () => {
  const text = Array.from({ length: 12 }, () => article).join('\n').slice(0, 3000)

  it.each([
    ['NFC', text],
    ['NFD', text.normalize('NFD')],
    ['old tone placement', 'Lễ hoà nhạc và hoá trang ở Uỷ ban xã, khoẻ mạnh'],
  ])('a Unicode article (%s) is ruled out by the one-pass quick test', (_name, input) => {
    expect(mayBeLegacyText(input)).toBe(false)
  })

  // About 10 µs for 3 KB measured alone; compared with normalisation so that a loaded machine
  // slows both alike.
  it('ruling out a 3 KB article costs less than normalising it', () => {
    const measure = (run: () => unknown) => {
      for (let i = 0; i < 500; i++) run()
      const start = performance.now()
      for (let i = 0; i < 2000; i++) run()
      return performance.now() - start
    }
    const normalizing = measure(() => normalizeText(text))
    expect(measure(() => detectLegacy(text))).toBeLessThan(normalizing * 2)
  })
})

describe('legacy: the map has MapBuilder\'s layout', () => {
  it.each([
    ['TCVN3' as const, toTcvn3],
    ['VNI' as const, toVni],
  ])('%s: the same text and map as MapBuilder fed letter by letter', (encoding, encode) => {
    const source = encode(article)
    const repaired = repairLegacy(source)!
    const builder = new MapBuilder()
    let start = 0
    for (const line of source.split('\n')) {
      convertLegacy(encoding, source, start, start + line.length, (code, from, to) => {
        builder.push(String.fromCharCode(code), from, to)
      })
      start += line.length
      if (start < source.length) builder.push('\n', start, start + 1)
      start++
    }
    const expected = builder.finish(source.length)
    expect(repaired.text).toBe(expected.text)
    expect([...repaired.map.starts!]).toEqual([...expected.map.starts!])
    expect([...repaired.map.ends!]).toEqual([...expected.map.ends!])
  })
})

describe('legacy: no article of corpus/ is taken for mojibake', () => {
  const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url))
  const articles = readdirSync(corpus).filter((name) => name.endsWith('.txt'))
  it.each(articles)('%s', (name) => {
    expect(detectLegacy(readFileSync(`${corpus}${name}`, 'utf8'))).toBeNull()
  })
})

describe('legacy: inside HTML ("<h1>Uû ban nh©n d©n</h1>" with format: html)', () => {
  it('is converted after the HTML is read, and spans point into the HTML', () => {
    const html = `<html><body><h1>${toTcvn3('Ủy ban nhân dân tỉnh Kon Tum tổ chức Hội nghị tổng kết')}</h1><p>${toTcvn3('Sáng 12/01/2024, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023.')}</p></body></html>`
    const result = analyze(html, { format: 'html' })
    expect(result.warnings).toContain('legacy TCVN3 text converted')
    expect(result.title?.text).toBe(html.slice(result.title!.span.start, result.title!.span.end))
    expect(canonical(convertWord('TCVN3', result.title!.text))).toBe('Ủy ban nhân dân tỉnh Kon Tum tổ chức Hội nghị tổng kết')
    expect(result.dates.map((date) => date.value)).toContain('2024-01-12')
  })
})
