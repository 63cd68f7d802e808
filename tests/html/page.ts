/** Test helper: wraps a plain-text article in a news page with the usual chrome around it. */

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Options of {@link articlePage}. */
export interface PageOptions {
  /** Put the headline outside the article body (as many CMSs do) instead of inside it. */
  titleOutside?: boolean
  /** Leave the date line out of the body and give the date only in a `<meta>` tag. */
  dateInMeta?: string
}

/**
 * A page whose article is `text` (headline on the first line, then one paragraph per line),
 * wrapped in a menu, a header, share bars, a "Tin liên quan" box, a comment form, an aside, a
 * footer, scripts and styles.
 */
export function articlePage(text: string, options: PageOptions = {}): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  const [title = '', ...body] = lines
  const headline = `<h1 class="article-title">${escape(title)}</h1>`
  const paragraphs = body.map((line, i) =>
    i === 0 && /^\d/.test(line) ? `<div class="date-time"><time>${escape(line)}</time></div>` : `<p>${escape(line)}</p>`,
  )
  return `<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8"><title>${escape(title)} | Cổng thông tin</title>
${options.dateInMeta ? `<meta property="article:published_time" content="${options.dateInMeta}">` : ''}
<style>.menu{display:flex}</style><script>window.dataLayer = [];</script>
</head><body>
<header class="site-header"><h1 class="logo"><a href="/">Cổng thông tin điện tử</a></h1>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li><li><a href="/vb">Văn bản</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/tin">Tin tức - Sự kiện</a></div>
<main><div class="row">
${options.titleOutside ? headline : ''}
<article class="news-detail">
${options.titleOutside ? '' : headline}
<div class="social-share"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a></div>
<div class="news-content">
${paragraphs.join('\n')}
</div>
<div class="tags">Từ khóa: <a href="/t/1">thi đua</a>, <a href="/t/2">khen thưởng</a></div>
<div class="box"><h3>Tin liên quan</h3><ul><li><a href="/a">Hội nghị tập huấn nghiệp vụ cho cán bộ cơ sở năm 2023</a></li>
<li><a href="/b">Trao Bằng khen cho 15 tập thể có thành tích xuất sắc</a></li></ul></div>
<div id="comments"><h3>Bình luận</h3><form><textarea name="c"></textarea><button>Gửi</button></form></div>
</article>
<aside class="sidebar"><h3>Đọc nhiều</h3><ol><li><a href="/c">Khai mạc kỳ họp thứ 7</a></li><li><a href="/d">Công bố quyết định</a></li></ol></aside>
</div></main>
<footer class="site-footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: số 1 đường Lê Lợi.</p></footer>
<script src="/app.js"></script></body></html>`
}
