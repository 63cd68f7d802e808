import { describe, expect, it } from 'vitest'
import { normalizeName } from '../../src/eval/normalize-name.js'
import { emptyScores, prf, scoreArticle } from '../../src/eval/score.js'
import { emptyAnalysis } from '../../src/state.js'
import type { ArticleAnalysis } from '../../src/types.js'

describe('names compare after normalisation', () => {
  it.each([
    ['UBND tỉnh Gia Lai', 'Ủy ban nhân dân tỉnh Gia Lai'],
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['Hoà giải'.normalize('NFD'), 'hòa giải'],
    ['“Dân vận khéo”', 'Dân vận khéo'],
    ['Sở GD&ĐT TP HCM', 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh'],
    ['HĐND  tỉnh', 'Hội đồng nhân dân tỉnh'],
  ])('%s = %s', (a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b))
  })

  it('different names stay different', () => {
    expect(normalizeName('Sở Tư pháp')).not.toBe(normalizeName('Sở Nội vụ'))
  })
})

function analysis(patch: Partial<ArticleAnalysis>): ArticleAnalysis {
  return { ...emptyAnalysis(), ...patch }
}

describe('scoring fields', () => {
  it('a scalar match is a true positive, a wrong value both a false positive and a false negative', () => {
    const scores = emptyScores()
    scoreArticle(scores, { id: 'a', title: 'Hội nghị A' }, analysis({ title: { text: 'Hội nghị A', span: { start: 0, end: 10 } } }))
    scoreArticle(scores, { id: 'b', title: 'Hội nghị B' }, analysis({ title: { text: 'Hội nghị C', span: { start: 0, end: 10 } } }))
    expect(scores.fields.get('title')).toEqual({ tp: 1, fp: 1, fn: 1 })
    expect(scores.misses).toEqual([{ article: 'b', field: 'title', expected: 'hội nghị b', got: 'hội nghị c' }])
  })

  it('null on both sides counts nothing', () => {
    const scores = emptyScores()
    scoreArticle(scores, { id: 'a', published: null }, analysis({}))
    expect(scores.fields.get('published')).toEqual({ tp: 0, fp: 0, fn: 0 })
  })

  it('lists match one to one', () => {
    const scores = emptyScores()
    const attendee = (text: string) => ({ text, span: { start: 0, end: 0 }, role: null, organization: null, person: null })
    scoreArticle(
      scores,
      { id: 'a', attendees: ['lãnh đạo Sở', 'lãnh đạo Sở', 'đại biểu'] },
      analysis({ attendees: [attendee('Lãnh đạo Sở'), attendee('phóng viên')] }),
    )
    expect(scores.fields.get('attendees')).toEqual({ tp: 1, fp: 1, fn: 2 })
  })

  it('awards compare form, issuer and both counts; award counts ignore the issuer', () => {
    const scores = emptyScores()
    const award = { text: '', span: { start: 0, end: 0 }, form: 'Bằng khen', issuer: 'Chủ tịch UBND tỉnh', collectives: 3, individuals: null, reason: null }
    scoreArticle(
      scores,
      { id: 'a', awards: [{ form: 'bằng khen', issuer: 'Chủ tịch Ủy ban nhân dân tỉnh', collectives: 3, individuals: null }] },
      analysis({ awards: [award] }),
    )
    scoreArticle(
      scores,
      { id: 'b', awards: [{ form: 'Bằng khen', issuer: 'Giám đốc Sở', collectives: 3, individuals: null }] },
      analysis({ awards: [award] }),
    )
    expect(scores.fields.get('awards')).toEqual({ tp: 1, fp: 1, fn: 1 })
    expect(scores.fields.get('awards.counts')).toEqual({ tp: 2, fp: 0, fn: 0 })
  })

  it('precision, recall and F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 })
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1)
  })
})

describe('event dates without a year', () => {
  it('"--09-21" (no year anywhere) is scored as no date', () => {
    const scores = emptyScores()
    const date = { text: 'Sáng 21/9', span: { start: 0, end: 9 }, value: '--09-21', precision: 'day' as const, end: null, partOfDay: 'morning' as const, role: 'event' as const }
    const event = { kind: 'Hội nghị', name: 'Hội nghị', span: { start: 0, end: 0 }, date, organizer: null, venue: null }
    scoreArticle(scores, { id: 'a', event: { date: null, partOfDay: 'morning' } }, analysis({ event }))
    expect(scores.fields.get('event.date')).toEqual({ tp: 0, fp: 0, fn: 0 })
    expect(scores.fields.get('event.partOfDay')).toEqual({ tp: 1, fp: 0, fn: 0 })
  })
})
