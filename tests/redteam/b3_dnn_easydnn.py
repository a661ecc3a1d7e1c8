"""Blind-3 red-team site: a provincial health office on DotNetNuke 9 (DNN Platform) with
the EasyDNNnews module (built blind).

What it imitates (facts about the printed markup of DNN sites, not their code):
- one WebForms `form#Form` around everything, `__VIEWSTATE`, `__VIEWSTATEGENERATOR`,
  `__EVENTVALIDATION`, `__dnnVariable`, DNN skin panes (`dnn_ContentPane`, `dnn_RightPane`),
  module containers (`DnnModule DnnModule-EasyDNNnews DnnModule-521`, container title
  "ข่าวประชาสัมพันธ์");
- DNN friendly URLs: `/News/ArticleID/N/<Thai slug>` (percent-encoded in hrefs) and the
  EasyDNNnews pager `/News/PgrID/521/PageID/N` (`div.article_pager`, "ถัดไป »");
- `<title>` is the office name on every page;
- the EasyDNNnews details template: `h1.edn_articleTitle`, `div.edn_metaDetails` with the
  date in Thai digits and a two-digit BE year `๑๕ ม.ค. ๖๗ | ๑๐:๓๐ น.`, the author,
  "เข้าชม ๑,๒๐๕" and, for edited items only, "ปรับปรุง ๑๘ ม.ค. ๖๗ ๑๔:๒๐ น.";
- `div.edn_articleSummary` repeats the first paragraph's opening as a lead (a teaser,
  printed above the text), `div.edn_articleContent` holds the body, the editor's
  "ที่มา : ..." line last;
- inside the same `div.edn_article`: print/e-mail buttons ("พิมพ์", "ส่งต่อ"), a social
  bar, "แท็ก:", an image gallery with captions, "ข่าวที่เกี่ยวข้อง", article navigation
  ("« ข่าวก่อนหน้า", "ข่าวถัดไป »" with titles) and the comment form
  ("แสดงความคิดเห็น", "ชื่อ", "อีเมล");
- a right pane "ข่าวล่าสุด" module;
- the deleted item answers 200 with the module's "ไม่พบข้อมูล" message.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, unquote

from ._common import (
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b3_common import abbr_2y, ensure_source, slug_th

SITE_NAME = "สำนักงานสาธารณสุขจังหวัดเลย"
PER_PAGE = 7
MID = 521
DELETED_ID = 777
SOURCES = ["กลุ่มงานสื่อสารองค์กร สสจ.เลย", "โรงพยาบาลเลย", None, "กลุ่มงานสื่อสารองค์กร สสจ.เลย"]
AUTHORS = ["admin", "pr_loei"]
SEP = ' <span class="edn_sep">|</span> '
VIEWSTATE = "/wEPDwUKMTY1NDU2MTA1MmRkYXNkZmFzZGZhc2RmYXNkZmFzZGZhc2RmYXNkZmFzZGY2NzY3NjdhYmNkZWZnaGlqa2xtbm9w"


def build() -> list[Article]:
    arts = make_articles(
        "b3_dnn_easydnn", 20, start=dt.datetime(2024, 3, 14, 17, 0, tzinfo=TZ), offset=31
    )
    for i, a in enumerate(arts):
        a.id = 1530 - i * 3 - (i % 3)
        a.time_printed = True
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.extra["slug"] = slug_th(a.title)
        a.path = f"/News/ArticleID/{a.id}/{a.extra['slug']}"
        a.extra["author"] = AUTHORS[i % 2]
    return arts


def th_stamp(d: dt.datetime) -> str:
    return f"{abbr_2y(d, True)} | {thai_digits(f'{d.hour:02d}:{d.minute:02d}')} น."


def th_mod(d: dt.datetime) -> str:
    return f"{abbr_2y(d, True)} {thai_digits(f'{d.hour:02d}:{d.minute:02d}')} น."


def th_views(n: int) -> str:
    return thai_digits(f"{n:,}")


def href(a: Article) -> str:
    return f"/News/ArticleID/{a.id}/{quote(a.extra['slug'])}"


class DnnSite(BaseSite):
    key = "b3_dnn_easydnn"
    family = "generic"
    imitates = "DotNetNuke 9 + EasyDNNnews (WebForms, __VIEWSTATE, Thai-digit 2-digit-BE dates, PgrID/PageID pager)"
    listing_path = "/News"

    def __init__(self):
        self.articles = build()
        self.by_id = {a.id: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/News"] + [f"/News/PgrID/{MID}/PageID/{n}" for n in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/News/ArticleID/{DELETED_ID}/ประกาศรับสมัครอาสาสมัครสาธารณสุข"]

    # ------------------------------------------------------------ skin
    def page(self, action: str, content: str, body_extra="") -> str:
        latest = "".join(
            f'<li><a href="{href(x)}">{esc(x.title)}</a><span class="edn_date">{abbr_2y(x.published, True)}</span></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html  lang="th-TH">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	{SITE_NAME}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{SITE_NAME}" /><meta id="MetaKeywords" name="KEYWORDS" content="สาธารณสุข,เลย,DotNetNuke,DNN" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=219" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=219" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/xcillion/skin.css?cdv=219" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=219" type="text/javascript"></script></head>
<body id="Body">
    <form method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAKq9p1vZ1Y2c3RhdGV2YWxpZGF0aW9u" />
</div><!-- 2024.3.14.0 -->
<div id="siteWrapper">
  <div id="userControls" class="container"><div class="pull-right"><div class="language-object"></div><a id="dnn_dnnLogin_loginLink" title="เข้าสู่ระบบ" class="LoginLink" rel="nofollow" href="/Login?returnurl=%2fNews">เข้าสู่ระบบ</a></div></div>
  <header role="banner"><div id="mainHeader-inner" class="container">
    <div class="navbar-header"><a id="dnn_dnnLOGO_hypLogo" title="{SITE_NAME}" aria-label="{SITE_NAME}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Logo_LoeiPHO.png?ver=2021-05-11-101010" alt="{SITE_NAME}" /></a></div>
    <div id="navbar" class="collapse navbar-collapse pull-right"><ul class="nav navbar-nav topLevel">
      <li class="haschild"><a href="/">หน้าหลัก</a></li><li class="active"><a href="/News">ข่าวประชาสัมพันธ์</a></li><li><a href="/Procurement">จัดซื้อจัดจ้าง</a></li><li><a href="/ITA">ITA</a></li><li><a href="/Contact">ติดต่อเรา</a></li>
    </ul></div>
  </div></header>
  <div id="dnn_BannerPane" class="bannerPane DNNEmptyPane"></div>
  <div class="container"><div class="row">
    <div id="dnn_ContentPane" class="col-md-8 contentPane">
      <div class="DnnModule DnnModule-EasyDNNnews DnnModule-{MID}"><a name="{MID}"></a>
<div class="DNNContainer_Title_h2 SpacingBottom">
    <h2><span id="dnn_ctr{MID}_dnnTITLE_titleLabel" class="TitleH2">ข่าวประชาสัมพันธ์</span></h2>
    <div id="dnn_ctr{MID}_ContentPane"><!-- Start_Module_{MID} --><div id="dnn_ctr{MID}_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
{content}
</div><!-- End_Module_{MID} --></div>
</div>
      </div>
    </div>
    <div id="dnn_RightPane" class="col-md-4 rightPane">
      <div class="DnnModule DnnModule-EasyDNNnewsLatestArticles DnnModule-530"><a name="530"></a>
        <div class="DNNContainer_Title_h3"><h3><span id="dnn_ctr530_dnnTITLE_titleLabel" class="TitleH3">ข่าวล่าสุด</span></h3>
        <div id="dnn_ctr530_ContentPane"><div class="eds_latest"><ul>{latest}</ul></div></div></div>
      </div>
      <div class="DnnModule DnnModule-DNN_HTML DnnModule-531"><a name="531"></a><div id="dnn_ctr531_ContentPane"><div id="dnn_ctr531_HtmlModule_lblContent" class="Normal"><p>สายด่วนสุขภาพ 1422</p><p>ผู้เยี่ยมชมวันนี้ ๔๑๒ คน</p></div></div></div>
    </div>
  </div></div>
  <footer role="contentinfo"><div class="container"><div id="dnn_footer_Pane"><p>{SITE_NAME} ถนนมะลิวรรณ ตำบลกุดป่อง อำเภอเมืองเลย จังหวัดเลย 42000</p><span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Copyright 2024 by {SITE_NAME}</span></div></div></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`61`}}" />
<input name="__RequestVerificationToken" type="hidden" value="Q3lD0y1jZk2x9pLr0w" />{body_extra}
</form>
</body>
</html>
"""

    # ------------------------------------------------------------ listing
    def listing(self, n: int):
        if not 1 <= n <= len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n - 1]):
            items.append(f"""<div class="edn_article edn_clearFix">
	<a class="edn_articleImage" href="{href(a)}"><img alt="{esc(a.title[:50])}" src="/Portals/0/EasyDNNnews/{a.id}/images/thumb-{a.id}-200-140-p-L-97.jpg" /></a>
	<div class="edn_articleDetails">
		<h2 class="edn_articleTitle"><a href="{href(a)}">{esc(a.title)}</a></h2>
		<div class="edn_metaDetails"><span class="edn_date">{th_stamp(a.published)}</span></div>
		<div class="edn_articleSummary">{esc(a.paras[0][:180])}...</div>
		<a class="edn_readMore edn_readMoreButton" href="{href(a)}">อ่านต่อ</a>
	</div>
</div>""")
            if n == 2 and k == 2:
                items.append(f"""<div class="edn_article edn_clearFix"><div class="edn_articleDetails">
		<h2 class="edn_articleTitle"><a href="{quote(self.deleted_paths()[0])}">ประกาศรับสมัครอาสาสมัครสาธารณสุข</a></h2>
		<div class="edn_metaDetails"><span class="edn_date">{thai_digits("๒ ก.พ. ๖๗")} | ๐๙:๐๐ น.</span></div></div></div>""")
        last = len(self.pages)

        def ph(k):
            return "/News" if k == 1 else f"/News/PgrID/{MID}/PageID/{k}"

        pg = []
        if n > 1:
            pg.append(f'<a class="first" href="{ph(1)}"><span>หน้าแรก</span></a>')
            pg.append(f'<a class="prev" href="{ph(n - 1)}"><span>« ก่อนหน้า</span></a>')
        for k in range(1, last + 1):
            pg.append(
                f'<span class="page active">{k}</span>'
                if k == n
                else f'<a class="page" href="{ph(k)}">{k}</a>'
            )
        if n < last:
            pg.append(f'<a class="next" href="{ph(n + 1)}"><span>ถัดไป »</span></a>')
            pg.append(f'<a class="last" href="{ph(last)}"><span>หน้าสุดท้าย</span></a>')
        content = f"""<div class="eds_news_module_{MID} news eds_subCollection_news eds_styleSwitchCriteria_module-{MID} eds_template_List_Article_Default eds_styleSwitchCriteria_isList eds_styleSwitchCriteria_base_Ozone">
<div id="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_pnlListArticles">
<div class="edNews_articleList">
{chr(10).join(items)}
</div>
<div class="article_pager">{"".join(pg)}</div>
</div>
</div>"""
        return self.html_response(self.page(ph(n), content))

    # ------------------------------------------------------------ details
    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 7, 11)]

    def details(self, a: Article):
        lead = a.paras[0][:120].rsplit(" ", 1)[0]
        meta = [
            f'<span class="edn_metaAuthor">โดย <a href="/News/AuthorID/{3 + AUTHORS.index(a.extra["author"])}/{a.extra["author"]}">{a.extra["author"]}</a></span>',
            f'<time class="edn_date" datetime="">{th_stamp(a.published)}</time>',
            f'<span class="edn_articleViews">เข้าชม {th_views(a.views)}</span>',
        ]
        if a.modified:
            meta.append(f'<span class="edn_dateUpdated">ปรับปรุง {th_mod(a.modified)}</span>')
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f'\n<p><span style="font-size:14px;"><strong>ที่มา : </strong>{esc(a.source)}</span></p>'
        gallery = "".join(
            f'<li><a class="edn_galleryImage" href="/Portals/0/EasyDNNnews/{a.id}/images/g{k}.jpg" title="ภาพกิจกรรม {k + 1}"><img alt="ภาพกิจกรรม {k + 1}" src="/Portals/0/EasyDNNnews/{a.id}/images/g{k}-150-100-c.jpg" /></a><span class="edn_galleryCaption">ภาพกิจกรรม {k + 1}</span></li>'
            for k in range(3)
        )
        tags = (
            '<div class="edn_articleTags"><span class="edn_tagsTitle">แท็ก:</span><ul>'
            + "".join(f'<li><a href="/News/tag/{quote(t)}">{esc(t)}</a></li>' for t in a.tags)
            + "</ul></div>"
            if a.tags
            else ""
        )
        rel = "".join(
            f'<li><a href="{href(r)}">{esc(r.title)}</a> <span class="edn_date">{abbr_2y(r.published, True)}</span></li>'
            for r in self.related(a)
        )
        older, newer = self.neighbours(a)
        nav = '<div class="edn_articleNavigation">'
        if older:
            nav += f'<a class="edn_prevArticle" href="{href(older)}"><span class="edn_navLabel">« ข่าวก่อนหน้า</span> <span class="edn_navTitle">{esc(older.title)}</span></a>'
        if newer:
            nav += f'<a class="edn_nextArticle" href="{href(newer)}"><span class="edn_navLabel">ข่าวถัดไป »</span> <span class="edn_navTitle">{esc(newer.title)}</span></a>'
        nav += "</div>"
        content = f"""<div class="eds_news_module_{MID} news eds_subCollection_news eds_styleSwitchCriteria_module-{MID} eds_template_Details_Article_Default eds_styleSwitchCriteria_isArticle eds_styleSwitchCriteria_base_Ozone">
<div id="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_article edn_clearFix edn_article_{a.id}">
	<div class="edn_articleToolbar">
		<a class="edn_printButton" href="/News/ArticleID/{a.id}/Print/True" target="_blank" rel="nofollow">พิมพ์</a>
		<a class="edn_emailButton" href="javascript:void(0)" onclick="__doPostBack('dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$lbSendMail','')">ส่งต่อ</a>
	</div>
	<h1 class="edn_articleTitle">{esc(a.title)}</h1>
	<div class="edn_metaDetails">{SEP.join(meta)}</div>
	<div class="edn_mediaContainer"><img alt="{esc(a.title[:50])}" src="/Portals/0/EasyDNNnews/{a.id}/images/main-{a.id}-640-420-p-L-97.jpg" /></div>
	<div class="edn_articleSummary"><p>{esc(lead)}</p></div>
	<div class="edn_articleContent">
{body}
	</div>
	<div class="edn_socialPrintWrapper edn_clearFix"><div class="edn_social"><span class="edn_shareTitle">แชร์ข่าวนี้</span><a class="edn_fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3a%2f%2floeipho.go.th{quote(href(a))}" target="_blank">Facebook</a><a class="edn_line" href="https://social-plugins.line.me/lineit/share?url=https%3a%2f%2floeipho.go.th{quote(href(a))}" target="_blank">LINE</a></div></div>
	{tags}
	<div class="edn_galleryWrapper"><h3>ภาพกิจกรรม</h3><ul class="edn_gallery">{gallery}</ul></div>
	<div class="edn_relatedArticles"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>{rel}</ul></div>
	{nav}
	<div class="edn_commentsWrapper" id="edn_comments">
		<h3 class="edn_commentsTitle">แสดงความคิดเห็น</h3>
		<div class="edn_commentForm"><label for="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_tbCommentName">ชื่อ</label><input name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$tbCommentName" type="text" id="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_tbCommentName" /><label>อีเมล</label><input name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$tbCommentEmail" type="text" /><textarea name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$tbComment" rows="4" cols="20"></textarea><input type="submit" name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$btnAddComment" value="ส่งความคิดเห็น" class="edn_submitComment" /></div>
		<p class="edn_noComments">ยังไม่มีความคิดเห็น</p>
	</div>
</div>
</div>
</div>"""
        return self.html_response(self.page(href(a), content))

    def deleted(self):
        content = f"""<div class="eds_news_module_{MID} news eds_subCollection_news eds_template_Details_Article_Default">
<div id="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle"><div class="edn_article edn_clearFix"><p class="edn_noArticle">ไม่พบข้อมูล</p></div></div>
</div>"""
        return self.html_response(self.page(quote(self.deleted_paths()[0]), content))

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = unquote(path).rstrip("/") or "/"
        if p == "/":
            return 302, {"Location": base + "/News"}, b""
        if p == "/News":
            return self.listing(1)
        parts = p.split("/")
        if (
            len(parts) == 6
            and parts[1] == "News"
            and parts[2] == "PgrID"
            and parts[3] == str(MID)
            and parts[4] == "PageID"
        ):
            try:
                return self.listing(int(parts[5]))
            except ValueError:
                return None
        if len(parts) >= 4 and parts[1] == "News" and parts[2] == "ArticleID":
            try:
                aid = int(parts[3])
            except ValueError:
                return None
            if aid in self.by_id:
                return self.details(self.by_id[aid])
            if aid == DELETED_ID:
                return self.deleted()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                "พิมพ์",
                "ส่งต่อ",
                th_stamp(a.published),
                f"เข้าชม {th_views(a.views)}",
                "แชร์ข่าวนี้",
                "Facebook",
                "แท็ก:",
                "ภาพกิจกรรม 1",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "แสดงความคิดเห็น",
                "ยังไม่มีความคิดเห็น",
                "สายด่วนสุขภาพ",
                "ผู้เยี่ยมชมวันนี้",
            ]
            if a.modified:
                must_not.append(f"ปรับปรุง {th_mod(a.modified)}")
            must_not += [x.title for x in (older, newer) if x] + [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = DnnSite()

if __name__ == "__main__":
    main(SITE)
