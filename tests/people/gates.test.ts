import { describe, expect, it } from 'vitest'
import titles from '../../dictionaries/titles.json' with { type: 'json' }
import { entrySource, keyOf, normalizeEntry, wordKey } from '../../src/agencies/lexicon.js'
import { analyze } from '../../src/index.js'
import { endsHonorific, mayStartTitle, startsTitle } from '../../src/people/titles.js'

const people = (text: string) => analyze(text).people.map((p) => [p.name, p.titles[0] ?? null])

describe('people: the cheap gates accept what the patterns accept', () => {
  it('every char a title can start with (any case, "Đ" look-alikes) passes the first-char gate', () => {
    const initials = new Set(titles.map((title) => normalizeEntry(title)[0]!))
    for (const initial of initials) {
      const pattern = new RegExp(`^(?:${entrySource(initial)})`, 'iu')
      for (let code = 0; code < 0x10000; code++) {
        if (pattern.test(String.fromCharCode(code))) expect(mayStartTitle(code), `U+${code.toString(16)}`).toBe(true)
      }
    }
  })

  it.each(['Phó', 'PHÓ', 'Giám', 'Đại', 'ĐạI', 'Ðại', 'Đðại', 'Ủy', 'Uỷ', 'Trưởng', 'TrƯỞNG', 'Phòng', 'phó'])(
    'a title word is one when its first letter is a capital and its key is a title word: %s',
    (word) => {
      const keys = new Set(titles.map((title) => keyOf(title).split(' ')[0]!))
      const capitals = new Set([...keys].map((key) => key[0]!.toUpperCase()))
      expect(startsTitle(word, 0, word.length)).toBe(capitals.has(word[0]!) && keys.has(wordKey(word)))
    },
  )

  it.each([
    ['ông', true],
    ['Ông', true],
    ['ÔNG', true],
    ['ThS', true],
    ['NSƯT', true],
    ['đ', false],
    ['ôngg', false],
    ['chị', true],
    ['CHỊ', true],
  ] as const)('"%s" may end an honorific: %s', (word, expected) => {
    expect(endsHonorific(word, 0, word.length)).toBe(expected)
  })
})

describe('people: names and titles read without the patterns at every word', () => {
  it.each([
    ['Đ/c Trần Văn Bình, Trưởng phòng Tư pháp huyện phát biểu.', 'Trần Văn Bình', 'Trưởng phòng Tư pháp huyện'],
    ['Phó Chủ tịch UBND tỉnh -Nguyễn Văn Hùng dự hội nghị.', 'Nguyễn Văn Hùng', 'Phó Chủ tịch UBND tỉnh'],
    ['Tham dự có ÔNG Lê Minh Tâm, Giám đốc Sở Nội vụ.', 'Lê Minh Tâm', 'Giám đốc Sở Nội vụ'],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, title]])
  })

  it('a flood of "ông Nguyễn Văn " (more mentions than a call may take arguments) does not throw', () => {
    const result = analyze('ông Nguyễn Văn '.repeat(5_000))
    expect(result.people.map((p) => [p.name, p.mentions.length])).toEqual([['Nguyễn Văn', 5_000]])
  })
})
