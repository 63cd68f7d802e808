import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'

describe('language of the article', () => {
  it.each([
    ['Sáng nay, Ủy ban nhân dân tỉnh tổ chức lễ trao Bằng khen cho các tập thể có thành tích xuất sắc.', 'vie'],
    ['Hoi nghi tong ket cong tac thi dua khen thuong nam 2024 cua So Tu phap tinh Gia Lai da dien ra', 'vie'],
    ['The provincial department of justice held a conference to review its work in the past year.', 'eng'],
    ['Le département provincial de la justice a tenu une conférence pour examiner son travail.', 'fra'],
  ])('%s → %s', (text, code) => {
    expect(analyze(text).language.code).toBe(code)
  })

  it('too little text is undetermined, with a warning', () => {
    const result = analyze('Hà Nội')
    expect(result.language).toEqual({ code: 'und', isVietnamese: false })
    expect(result.warnings).toContain('language undetermined: too little text')
  })
})
