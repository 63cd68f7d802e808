import { describe, expect, it } from 'vitest'
import { htmlToText } from '../../src/html/index.js'
import { articlePage } from './page.js'
import { articles } from './articles.js'

/** The source range of text[from, to). */
function sourceOf(html: string, result: ReturnType<typeof htmlToText>, from: number, to: number): string {
  const { starts, ends } = result.map
  if (starts === null || ends === null) return html.slice(from, to)
  return html.slice(starts[from]!, ends[to]!)
}

describe('main content: menus, headers, footers, asides, "Tin liên quan", share bars and comments are left out', () => {
  const page = articlePage(articles[0]!)
  const { text } = htmlToText(page)
  it.each([
    'Trang chủ',
    'Cổng thông tin điện tử',
    'Chia sẻ',
    'Tin liên quan',
    'Trao Bằng khen cho 15 tập thể',
    'Bình luận',
    'Đọc nhiều',
    'Cơ quan chủ quản',
    'dataLayer',
    'display:flex',
    'Từ khóa',
  ])('leaves out "%s"', (chrome) => {
    expect(text).not.toContain(chrome)
  })
  it('keeps every line of the article, in order, headline first with a blank line after it', () => {
    const lines = articles[0]!.split('\n').filter((line) => line.trim() !== '')
    expect(text.split('\n').filter((line) => line !== '')).toEqual(lines)
    expect(text.startsWith(`${lines[0]}\n\n`)).toBe(true)
  })
})

describe('offsets: every char of the text maps back to the HTML it was read from', () => {
  const html =
    '<html><body><article><h1>Sở Nội vụ &amp; Ban Thi đua &#8211; Khen thưởng</h1>' +
    '<p>Ông Nguyễn&nbsp;Văn&#xA0;Nam nhận Bằng khen&hellip;</p><p>Bà Lê\r\n   Thị  Hoa</p></article></body></html>'
  const result = htmlToText(html)
  it('decodes character references and maps "&amp;" to the whole reference', () => {
    expect(result.text.split('\n')[0]).toBe('Sở Nội vụ & Ban Thi đua – Khen thưởng')
    const at = result.text.indexOf('&')
    expect(sourceOf(html, result, at, at + 1)).toBe('&amp;')
    const dash = result.text.indexOf('–')
    expect(sourceOf(html, result, dash, dash + 1)).toBe('&#8211;')
  })
  it('maps a name written with "&nbsp;" to its source range', () => {
    const at = result.text.indexOf('Nguyễn')
    expect(sourceOf(html, result, at, at + 'Nguyễn\u00a0Văn\u00a0Nam'.length)).toBe('Nguyễn&nbsp;Văn&#xA0;Nam')
  })
  it('collapses "Lê\\r\\n   Thị  Hoa" to one space per run, each space mapped to its run', () => {
    const at = result.text.indexOf('Lê Thị Hoa')
    expect(at).toBeGreaterThan(-1)
    expect(sourceOf(html, result, at, at + 'Lê Thị Hoa'.length)).toBe('Lê\r\n   Thị  Hoa')
  })
  it('maps every char of a page built from an article to the same char in the HTML', () => {
    const page = articlePage(articles[1]!)
    const read = htmlToText(page)
    for (let i = 0; i < read.text.length; i++) {
      const char = read.text[i]!
      if (char === '\n') continue
      const raw = sourceOf(page, read, i, i + 1)
      const expected = char === '&' ? '&amp;' : char === '"' ? '&quot;' : char
      expect(raw).toBe(expected)
    }
  })
})

describe('headline and date from the page when the article body lacks them', () => {
  it('takes the headline from <h1> outside the body, not the logo <h1> in the page header', () => {
    const { text } = htmlToText(articlePage(articles[0]!, { titleOutside: true }))
    expect(text.split('\n')[0]).toBe('Quảng Trị: Tổng kết phong trào thi đua "Dân vận khéo" năm 2023')
  })
  it('takes the headline from og:title, then <title> (site name after " | " dropped)', () => {
    const og = '<html><head><meta property="og:title" content="Khai mạc Hội nghị Ban Chấp hành"><title>x</title></head><body><div><p>Sáng nay, hội nghị khai mạc tại Hà Nội với sự tham dự của nhiều đại biểu.</p></div></body></html>'
    expect(htmlToText(og).text.split('\n')[0]).toBe('Khai mạc Hội nghị Ban Chấp hành')
    const title = '<html><head><title>Bế mạc kỳ họp thứ 9 | Báo Quảng Trị</title></head><body><p>Chiều nay, kỳ họp thứ 9 Hội đồng nhân dân tỉnh bế mạc sau ba ngày làm việc.</p></body></html>'
    expect(htmlToText(title).text.split('\n')[0]).toBe('Bế mạc kỳ họp thứ 9')
  })
  it('takes the headline from an <h2> classed as a title before the site-named <title>, when the page has no <h1>', () => {
    const html =
      '<html><head><title>Sở Văn hóa tỉnh Lâm Đồng - Hội diễn nghệ thuật quần chúng năm 2025</title></head><body>' +
      '<div class="logo">SỞ VĂN HÓA TỈNH LÂM ĐỒNG</div><div class="related"><h2 class="title">Tin liên quan</h2></div>' +
      '<div class="detail"><h2 class="title-detail">Bế mạc Hội diễn nghệ thuật quần chúng năm 2025</h2><div class="body">' +
      '<p>Tối 12/6, Sở Văn hóa tỉnh Lâm Đồng tổ chức bế mạc Hội diễn nghệ thuật quần chúng năm 2025.</p>' +
      '<p>Ban Tổ chức trao 4 giải A, 6 giải B cho các đội tham gia hội diễn.</p></div></div></body></html>'
    expect(htmlToText(html).text.split('\n')[0]).toBe('Bế mạc Hội diễn nghệ thuật quần chúng năm 2025')
  })
  it('reads the body\'s bold first line as the headline when og:title is that line and the site\'s name; a "PostDate" span as the date line', () => {
    const html =
      '<html><head><meta property="og:title" content="Đạ Huoai: Hội nghị điển hình tiên tiến năm 2025 - Cổng TTĐT huyện Đạ Huoai"></head><body>' +
      '<td class="content"><div class="ArticleHeader"><span class="PostDate">Cập nhật: 09:40 | 03/06/2025</span></div><div class="ArticleContent">' +
      '<b>Đạ Huoai: Hội nghị điển hình tiên tiến năm 2025</b><br><br>Ngày 2/6/2025, UBND huyện Đạ Huoai tổ chức Hội nghị điển hình tiên tiến năm 2025.<br>' +
      'Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể và 20 cá nhân.<br></div></td></body></html>'
    const lines = htmlToText(html).text.split('\n')
    expect(lines.slice(0, 3)).toEqual(['Đạ Huoai: Hội nghị điển hình tiên tiến năm 2025', '', 'Cập nhật: 09:40 | 03/06/2025'])
  })
  it.each([
    ['article:published_time', '2024-01-15T08:30:00+07:00', '15/01/2024 08:30'],
    ['pubdate', '2023-12-01', '01/12/2023'],
  ])('writes the %s meta "%s" as the date line "%s", mapped to the attribute value', (name, value, line) => {
    const html = `<html><head><meta name="${name}" content="${value}"></head><body><article><h1>Hội nghị giao ban quý IV</h1><p>Sáng nay, Sở Tư pháp tổ chức hội nghị giao ban.</p></article></body></html>`
    const result = htmlToText(html)
    expect(result.text.split('\n')[2]).toBe(line)
    const at = result.text.indexOf(line)
    expect(sourceOf(html, result, at, at + line.length)).toBe(value)
  })
  it('takes the date line from a <time> element outside the body', () => {
    const html = '<html><body><div class="meta"><time datetime="2024-03-08">Thứ Sáu, 08/03/2024 - 10:00</time></div><div class="body"><h1>Mít tinh kỷ niệm Ngày Quốc tế Phụ nữ</h1><p>Sáng 8/3, Hội Liên hiệp Phụ nữ tỉnh tổ chức mít tinh.</p><p>Dịp này, 20 cá nhân được tặng Giấy khen.</p></div></body></html>'
    expect(htmlToText(html).text.split('\n')[2]).toBe('Thứ Sáu, 08/03/2024 - 10:00')
  })
  it('keeps the date line of the body instead of adding one', () => {
    const { text } = htmlToText(articlePage(articles[0]!, { dateInMeta: '2020-01-01' }))
    expect(text).not.toContain('01/01/2020')
  })
})

describe('odd input: empty, plain text, broken markup', () => {
  it.each(['', 'Không phải HTML', '<p>Đoạn <b>chưa đóng', '<<<>>>&&&', '<html><body></body></html>'])(
    'reads %j without throwing, every offset inside the source',
    (html) => {
      const result = htmlToText(html)
      for (const offset of [...(result.map.starts ?? []), ...(result.map.ends ?? [])]) {
        expect(offset).toBeLessThanOrEqual(html.length)
      }
    },
  )
})

describe('a CMS page without <article>: kicker, headline, date, sapo and a <br>-separated body', () => {
  const page = `<html><head><title>Lễ kỷ niệm ngày thành lập Đảng - Báo Tỉnh</title></head><body>
<div id="header"><div class="logo"><a href="/">Báo Tỉnh</a></div><ul class="main-menu"><li><a>Chính trị</a></li><li><a>Kinh tế</a></li></ul></div>
<div class="wrapper"><div class="col-left">
<div class="cat"><a href="/chinh-tri">Chính trị</a></div>
<h1 class="title-detail">Huyện Đại Lộc tổ chức lễ kỷ niệm ngày thành lập Đảng</h1>
<span class="date">Thứ Bảy, 03/02/2024 07:00</span>
<p class="description">Sáng 3/2, Huyện ủy Đại Lộc tổ chức lễ kỷ niệm 94 năm Ngày thành lập Đảng.</p>
<div class="detail-content">Dự lễ có đồng chí Trần Văn Tâm, Bí thư Huyện ủy.<br>Dịp này, 45 đảng viên được trao Huy hiệu Đảng.<br><br>
<table><tr><td>1</td><td>Ông Phan Văn Lộc</td><td>Huy hiệu 60 năm tuổi Đảng</td></tr></table>
<p style="text-align:right"><strong>MINH ANH</strong></p></div>
<div class="related-news"><h3>Tin cùng chuyên mục</h3><ul><li><a>Hội nghị Ban Chấp hành Đảng bộ huyện</a></li><li><a>Trao quyết định nhân sự</a></li></ul></div>
</div><div class="col-right"><div class="box-most-read"><h3>Đọc nhiều</h3><p>Một đoạn văn dài ở cột bên phải, không thuộc bài viết chính của trang này.</p></div></div></div>
<div id="footer">Bản quyền thuộc Báo Tỉnh. Giấy phép số 123/GP-BTTTT.</div></body></html>`
  it('reads the headline, date line, sapo, body lines and table row, and nothing else', () => {
    expect(htmlToText(page).text).toBe(
      'Huyện Đại Lộc tổ chức lễ kỷ niệm ngày thành lập Đảng\n\n' +
        'Thứ Bảy, 03/02/2024 07:00\n' +
        'Sáng 3/2, Huyện ủy Đại Lộc tổ chức lễ kỷ niệm 94 năm Ngày thành lập Đảng.\n' +
        'Dự lễ có đồng chí Trần Văn Tâm, Bí thư Huyện ủy.\n' +
        'Dịp này, 45 đảng viên được trao Huy hiệu Đảng.\n' +
        '1 Ông Phan Văn Lộc Huy hiệu 60 năm tuổi Đảng\n' +
        'MINH ANH\n',
    )
  })
})

describe('pages nested deeper than the call stack are read flat, with a warning', () => {
  it('reads 100,000 nested <div>s: text kept, script skipped, references decoded', () => {
    const html = `${'<div>'.repeat(100_000)}Sáng 3/2, Sở Y tế &amp; Bệnh viện tỉnh họp.<script>var a = "<p>"</script><p>Dự họp có 30 đại biểu.`
    const result = htmlToText(html)
    expect(result.text).toBe('Sáng 3/2, Sở Y tế & Bệnh viện tỉnh họp.\nDự họp có 30 đại biểu.\n')
    expect(result.warnings).toEqual(['html: nested too deeply; read without its structure'])
    const at = result.text.indexOf('&')
    expect(sourceOf(html, result, at, at + 1)).toBe('&amp;')
  })
})
